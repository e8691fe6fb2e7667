package dev.estsdk.api;

import dev.estsdk.api.exception.EstClientException;
import dev.estsdk.api.exception.EstServiceException;
import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.NotFoundException;
import dev.estsdk.api.model.CountryPermission;
import dev.estsdk.api.model.UpdateCountryPermissionRequest;



/**
 * Which countries the project may call (operations 39 to 41). Permissions are project-wide, not
 * per trunk; the US and Canada are enabled by default, every other country must be enabled
 * before outbound calls to it succeed.
 *
 * <p>Every method may throw {@link EstServiceException} for an error response and
 * {@link EstClientException} when the call fails on the way. An ISO code that is not two
 * upper-case letters throws {@link EstValidationException} before any request.
 */
public interface CountryPermissions {

    /**
     * {@return every country's permission (#39, {@code GET /countryPermissions})} The API answers
     * them all in one response: the listing has one page, fetched when iteration starts.
     */
    PagedIterable<CountryPermission> list();

    /**
     * Reads one country's permission (#40, {@code GET /countryPermissions/{isoCode}}).
     * @param isoCode ISO 3166-1 alpha-2 in upper case, e.g. {@code SE}
     * @return the permission
     * @throws NotFoundException if the country is unknown
     */
    CountryPermission get(String isoCode);

    /**
     * Replaces a country's writable fields (#41, {@code PUT /countryPermissions/{isoCode}}), a
     * full replacement of its only writable field, sent as {@code {"enabled": ...}}.
     * @param request the country and its wanted {@code enabled}
     * @return the updated permission
     * @throws NotFoundException if the country is unknown
     */
    CountryPermission update(UpdateCountryPermissionRequest request);

    /**
     * Sets a country's {@code enabled}, a full replacement of its only writable field (#41):
     * {@code update("SE", true)} allows calls to Sweden.
     * @param isoCode ISO 3166-1 alpha-2 in upper case, e.g. {@code SE}
     * @param enabled true to allow calls
     * @return the updated permission
     * @throws NotFoundException if the country is unknown
     */
    default CountryPermission update(String isoCode, boolean enabled) {
        return update(UpdateCountryPermissionRequest.builder(isoCode).enabled(enabled).build());
    }
}
