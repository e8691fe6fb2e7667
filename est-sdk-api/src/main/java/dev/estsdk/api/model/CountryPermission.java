package dev.estsdk.api.model;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * Whether the project may dial regular numbers of one country. Permissions are project-wide,
 * not per trunk; the US and Canada are enabled by default, every other country must be enabled
 * before outbound calls to it succeed. An output, held as the server sent it; change it with
 * {@link #toUpdate()} or {@code CountryPermissions.update(isoCode, enabled)}.
 * @param isoCode             ISO 3166-1 alpha-2 code, e.g. {@code SE}
 * @param name                English country name
 * @param continent           e.g. {@code Europe}
 * @param countryDialingCodes e.g. {@code ["+46"]}; never null
 * @param enabled             whether calls to the country are allowed
 */
public record CountryPermission(String isoCode, @Nullable String name, @Nullable String continent,
                                List<String> countryDialingCodes, boolean enabled) {

    /**
     * Creates a permission as the server sent it; null dialing codes mean none.
     * @param isoCode             the country code
     * @param name                the country name
     * @param continent           the continent
     * @param countryDialingCodes the dialing codes
     * @param enabled             whether calls are allowed
     */
    public CountryPermission {
        countryDialingCodes = ImmutableLists.copyOf(countryDialingCodes);
    }

    /** {@return a full-replacement update of this permission, holding its {@code enabled}} */
    public UpdateCountryPermissionRequest.Builder toUpdate() {
        return UpdateCountryPermissionRequest.from(this);
    }
}
