package dev.estsdk.api.model;

import java.util.List;

/**
 * Whether the project may dial regular numbers of one country. Permissions are project-wide,
 * not per trunk; the US and Canada are enabled by default, every other country must be enabled
 * before outbound calls to it succeed. Only {@code enabled} is writable.
 *
 * @param isoCode             ISO 3166-1 alpha-2 code in upper case, e.g. {@code SE}; required
 * @param name                read-only; English country name
 * @param continent           read-only; e.g. {@code Europe}
 * @param countryDialingCodes read-only; e.g. {@code ["+46"]}; never null
 * @param enabled             whether calls to the country are allowed
 */
public record CountryPermission(String isoCode, String name, String continent,
                                List<String> countryDialingCodes, boolean enabled) {

    /**
     * Creates a permission; a null dialing-code list becomes empty and the list is copied,
     * nothing else is checked (use the builder for that).
     *
     * @param isoCode             the country code
     * @param name                the country name
     * @param continent           the continent
     * @param countryDialingCodes the dialing codes; null means none
     * @param enabled             whether calls are allowed
     * @throws NullPointerException if the dialing codes contain null
     */
    public CountryPermission {
        countryDialingCodes = ImmutableLists.copyOf(countryDialingCodes);
    }

    /**
     * Starts an empty, disabled permission.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a builder holding every value of this permission.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder()
                .isoCode(isoCode)
                .name(name)
                .continent(continent)
                .countryDialingCodes(countryDialingCodes)
                .enabled(enabled);
    }

    /** Builds a {@link CountryPermission}; {@link #build()} checks the country code. */
    public static final class Builder {
        private String isoCode;
        private String name;
        private String continent;
        private List<String> countryDialingCodes = List.of();
        private boolean enabled;

        private Builder() {
        }

        /**
         * Sets the country.
         *
         * @param isoCode ISO 3166-1 alpha-2 in upper case, e.g. {@code SE}; required
         * @return this builder
         */
        public Builder isoCode(String isoCode) {
            this.isoCode = isoCode;
            return this;
        }

        /**
         * Sets the country name. Read-only on the server.
         *
         * @param name e.g. {@code Sweden}
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets the continent. Read-only on the server.
         *
         * @param continent e.g. {@code Europe}
         * @return this builder
         */
        public Builder continent(String continent) {
            this.continent = continent;
            return this;
        }

        /**
         * Sets the dialing codes. Read-only on the server.
         *
         * @param countryDialingCodes e.g. {@code ["+46"]}; null means none
         * @return this builder
         */
        public Builder countryDialingCodes(List<String> countryDialingCodes) {
            this.countryDialingCodes = ImmutableLists.copyOf(countryDialingCodes);
            return this;
        }

        /**
         * Allows or blocks calls to the country.
         *
         * @param enabled true to allow
         * @return this builder
         */
        public Builder enabled(boolean enabled) {
            this.enabled = enabled;
            return this;
        }

        /**
         * Checks the country code and builds the permission.
         *
         * @return the permission
         * @throws dev.estsdk.api.exception.EstValidationException if the code is not two
         *         upper-case letters
         */
        public CountryPermission build() {
            Check check = Check.of("CountryPermission");
            check.isoAlpha2("isoCode", isoCode);
            check.throwIfInvalid();
            return new CountryPermission(isoCode, name, continent, countryDialingCodes, enabled);
        }
    }
}
