package dev.estsdk.api.model;

import org.jspecify.annotations.Nullable;

/**
 * The setter of a registered endpoint's own field, its credential username, shared by the create
 * and update builders.
 * @param <B> the concrete builder, returned by every setter for chaining
 */
abstract class RegisteredEndpointFieldsBuilder<B extends RegisteredEndpointFieldsBuilder<B>>
        extends EndpointFieldsBuilder<B> {
    @Nullable String credentialUsername;

    RegisteredEndpointFieldsBuilder() {
    }

    /**
     * Sets the username the user agent registers with. The credential list holding it must be
     * linked to the trunk, or REGISTER fails with SIP 401.
     * @param credentialUsername see {@link CreateRegisteredEndpointRequest#credentialUsername()}
     * @return this builder
     */
    public B credentialUsername(@Nullable String credentialUsername) {
        this.credentialUsername = credentialUsername;
        return self();
    }
}
