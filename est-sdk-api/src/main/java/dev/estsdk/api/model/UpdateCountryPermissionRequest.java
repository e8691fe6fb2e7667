package dev.estsdk.api.model;

import dev.estsdk.api.exception.EstValidationException;
import org.jspecify.annotations.Nullable;

import java.util.Objects;

/**
 * A full replacement of one country's permission ({@code PUT}); {@code enabled} is its only
 * writable field. {@code CountryPermissions.update("SE", true)} is the short form.
 *
 * @param isoCode the country: ISO 3166-1 alpha-2 in upper case, e.g. {@code SE}
 * @param enabled whether calls to the country are allowed
 */
public record UpdateCountryPermissionRequest(String isoCode, boolean enabled) {

    /**
     * Creates the request after checking every rule.
     *
     * @param isoCode see {@link #isoCode()}
     * @param enabled see {@link #enabled()}
     * @throws EstValidationException listing every broken rule of the components above
     */
    public UpdateCountryPermissionRequest {
        Check check = Check.of("UpdateCountryPermissionRequest");
        check.isoAlpha2("isoCode", isoCode);
        check.throwIfInvalid();
    }

    /**
     * Starts a request for one country permission with every writable field unset; prefer
     * {@link #from(CountryPermission)}, since a full replacement clears unset fields.
     *
     * @param isoCode the country permission to change
     * @return a new builder
     */
    public static Builder builder(String isoCode) {
        return new Builder(isoCode);
    }

    /**
     * Starts a request holding a fetched country permission's id and current writable values.
     *
     * @param value the country permission as read from the server
     * @return a new builder
     * @throws NullPointerException if value is null
     */
    public static Builder from(CountryPermission value) {
        Objects.requireNonNull(value, "value");
        return new Builder(value.isoCode()).enabled(value.enabled());
    }

    /** Collects the values of a {@link UpdateCountryPermissionRequest}; {@link #build()} checks them. */
    public static final class Builder {
        private final @Nullable String isoCode;
        private boolean enabled;

        private Builder(@Nullable String isoCode) {
            this.isoCode = isoCode;
        }

        /**
         * Allows or forbids calls to the country.
         *
         * @param enabled see {@link UpdateCountryPermissionRequest#enabled()}
         * @return this builder
         */
        public Builder enabled(boolean enabled) {
            this.enabled = enabled;
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the request
         * @throws EstValidationException listing every broken rule
         */
        public UpdateCountryPermissionRequest build() {
            return new UpdateCountryPermissionRequest(isoCode, enabled);
        }
    }
}
