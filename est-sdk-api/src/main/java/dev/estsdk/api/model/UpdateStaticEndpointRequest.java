package dev.estsdk.api.model;

import dev.estsdk.api.exception.EstValidationException;

import java.util.Objects;

/**
 * A full replacement of a static endpoint's writable fields ({@code PUT}): every field is sent,
 * so start from the fetched endpoint:
 * {@code endpoints.update(endpoint.toUpdate().port(5061).build())}.
 * @param trunkId    the trunk the endpoint belongs to: an id as the API returned it
 * @param endpointId the endpoint to change: an id as the API returned it
 * @param name       see {@link CreateStaticEndpointRequest#name()}
 * @param address    see {@link CreateStaticEndpointRequest#address()}
 * @param port       see {@link CreateStaticEndpointRequest#port()}
 * @param transport  see {@link CreateStaticEndpointRequest#transport()}
 * @param priority   see {@link CreateStaticEndpointRequest#priority()}
 * @param enabled    see {@link CreateStaticEndpointRequest#enabled()}
 */
public record UpdateStaticEndpointRequest(String trunkId, String endpointId, String name, String address, int port,
                                          Transport transport, int priority, boolean enabled)
        implements UpdateSipEndpointRequest {

    /**
     * Creates the request after checking every rule.
     * @param trunkId    see {@link #trunkId()}
     * @param endpointId see {@link #endpointId()}
     * @param name       see {@link #name()}
     * @param address    see {@link #address()}
     * @param port       see {@link #port()}
     * @param transport  see {@link #transport()}
     * @param priority   see {@link #priority()}
     * @param enabled    see {@link #enabled()}
     * @throws EstValidationException listing every broken rule of the components above
     */
    public UpdateStaticEndpointRequest {
        Check check = Check.of("UpdateStaticEndpointRequest");
        EndpointFieldsBuilder.checkTarget(check, trunkId, endpointId);
        EndpointFieldsBuilder.checkShared(check, name, transport, priority);
        EndpointFieldsBuilder.checkStatic(check, address, port);
        check.throwIfInvalid();
    }

    /**
     * {@return a builder with the server's defaults (port 5060, UDP, priority 1, enabled) and no
     * name or address} Prefer {@link #from(StaticEndpoint)}: every field is replaced.
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
    public static Builder from(StaticEndpoint endpoint) {
        Objects.requireNonNull(endpoint, "endpoint");
        return new Builder(endpoint.sipTrunkId(), endpoint.id()).name(endpoint.name()).address(endpoint.address())
                .port(endpoint.port()).transport(endpoint.transport()).priority(endpoint.priority())
                .enabled(endpoint.enabled());
    }

    /** Collects the values of an {@link UpdateStaticEndpointRequest}. */
    public static final class Builder extends StaticEndpointFieldsBuilder<Builder> {
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
        public UpdateStaticEndpointRequest build() {
            return new UpdateStaticEndpointRequest(trunkId, endpointId, name, address, port, transport, priority,
                    enabled);
        }
    }
}
