package dev.estsdk.testkit.internal.model;

import java.util.List;

/**
 * Whether a destination country may be dialled.
 *
 * @param isoCode ISO 3166-1 alpha-2
 * @param name English name
 * @param continent continent
 * @param countryDialingCodes dialling codes such as {@code +46}
 * @param enabled whether dialling is allowed
 */
public record CountryPermission(String isoCode, String name, String continent, List<String> countryDialingCodes,
        boolean enabled) {

    /** Copies the dialling codes. */
    public CountryPermission {
        countryDialingCodes = List.copyOf(countryDialingCodes);
    }

    /**
     * @param value the new flag
     * @return a copy with that flag
     */
    public CountryPermission withEnabled(boolean value) {
        return new CountryPermission(isoCode, name, continent, countryDialingCodes, value);
    }
}
