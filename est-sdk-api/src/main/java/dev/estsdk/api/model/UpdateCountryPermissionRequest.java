package dev.estsdk.api.model;

import dev.estsdk.api.exception.EstValidationException;
import org.jspecify.annotations.Nullable;

import java.util.Objects;

/**
 * A full replacement of one country's permission ({@code PUT}); {@code enabled} is its only
 * writable field. {@code CountryPermissions.update("SE", true)} is the short form.
 * @param isoCode the country: ISO 3166-1 alpha-2 in upper case, e.g. {@code SE}
 * @param enabled whether calls to the country are allowed
 */
public record UpdateCountryPermissionRequest(String isoCode, boolean enabled) {

    /**
     * Creates the request.
     * @param isoCode see {@link #isoCode()}
     * @param enabled see {@link #enabled()}
     * @throws EstValidationException listing every broken rule
     */
    public UpdateCountryPermissionRequest {
        Check check = Check.of("UpdateCountryPermissionRequest");
        check.isoAlpha2("isoCode", isoCode);
        check.throwIfInvalid();
    }

    /**
     * {@return a builder with {@code enabled} false}
     * @param isoCode the country to change
     */
    public static Builder builder(String isoCode) {
        return new Builder(isoCode);
    }

    /**
     * {@return a builder holding a fetched permission's country and current {@code enabled}}
     * @param value the permission as read from the server
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
         * @param enabled see {@link UpdateCountryPermissionRequest#enabled()}
         * @return this builder
         */
        public Builder enabled(boolean enabled) {
            this.enabled = enabled;
            return this;
        }

        /**
         * {@return the request}
         * @throws EstValidationException listing every broken rule
         */
        public UpdateCountryPermissionRequest build() {
            return new UpdateCountryPermissionRequest(isoCode, enabled);
        }
    }
}
