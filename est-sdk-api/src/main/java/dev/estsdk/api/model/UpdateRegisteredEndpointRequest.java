package dev.estsdk.api.model;

import dev.estsdk.api.exception.EstValidationException;

import java.util.Objects;

/**
 * A full replacement of a registered endpoint's writable fields ({@code PUT}): every field is
 * sent, so start from the fetched endpoint:
 * {@code endpoints.update(endpoint.toUpdate().priority(2).build())}.
 * @param trunkId            the trunk the endpoint belongs to: an id as the API returned it
 * @param endpointId         the endpoint to change: an id as the API returned it
 * @param name               see {@link CreateRegisteredEndpointRequest#name()}
 * @param credentialUsername see {@link CreateRegisteredEndpointRequest#credentialUsername()}
 * @param transport          see {@link CreateRegisteredEndpointRequest#transport()}
 * @param priority           see {@link CreateRegisteredEndpointRequest#priority()}
 * @param enabled            see {@link CreateRegisteredEndpointRequest#enabled()}
 */
public record UpdateRegisteredEndpointRequest(String trunkId, String endpointId, String name,
                                              String credentialUsername, Transport transport, int priority,
                                              boolean enabled) implements UpdateSipEndpointRequest {

    /**
     * Creates the request after checking every rule.
     * @param trunkId            see {@link #trunkId()}
     * @param endpointId         see {@link #endpointId()}
     * @param name               see {@link #name()}
     * @param credentialUsername see {@link #credentialUsername()}
     * @param transport          see {@link #transport()}
     * @param priority           see {@link #priority()}
     * @param enabled            see {@link #enabled()}
     * @throws EstValidationException listing every broken rule of the components above
     */
    public UpdateRegisteredEndpointRequest {
        Check check = Check.of("UpdateRegisteredEndpointRequest");
        EndpointFieldsBuilder.checkTarget(check, trunkId, endpointId);
        EndpointFieldsBuilder.checkShared(check, name, transport, priority);
        EndpointFieldsBuilder.checkRegistered(check, credentialUsername);
        check.throwIfInvalid();
    }

    /**
     * {@return a builder with the server's defaults (UDP, priority 1, enabled) and no name or
     * username} Prefer {@link #from(RegisteredEndpoint)}: every field is replaced.
     * @param trunkId    the trunk the endpoint belongs to
     * @param endpointId the endpoint to change
     */
    public static Builder builder(String trunkId, String endpointId) {
        return new Builder(trunkId, endpointId);
    }

    /**
     * {@return a builder holding a fetched endpoint's ids and current writable values}
     * @param endpoint the endpoint as read from the server
     */
    public static Builder from(RegisteredEndpoint endpoint) {
        Objects.requireNonNull(endpoint, "endpoint");
        return new Builder(endpoint.sipTrunkId(), endpoint.id()).name(endpoint.name())
                .credentialUsername(endpoint.credentialUsername()).transport(endpoint.transport())
                .priority(endpoint.priority()).enabled(endpoint.enabled());
    }

    /** Collects the values of an {@link UpdateRegisteredEndpointRequest}. */
    public static final class Builder extends RegisteredEndpointFieldsBuilder<Builder> {
        private final String trunkId;
        private final String endpointId;

        private Builder(String trunkId, String endpointId) {
            this.trunkId = trunkId;
            this.endpointId = endpointId;
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * {@return the request}
         * @throws EstValidationException listing every broken rule
         */
        public UpdateRegisteredEndpointRequest build() {
            return new UpdateRegisteredEndpointRequest(trunkId, endpointId, name, credentialUsername, transport,
                    priority, enabled);
        }
    }
}
