package dev.estsdk.api.model;

import dev.estsdk.api.exception.EstValidationException;

/**
 * What a caller sends to create an endpoint at a fixed address: the trunk sends inbound INVITEs
 * to {@code address:port}. EST authenticates such an endpoint by IP, so {@code address} must be
 * where the PBX/SBC really is. The builder starts from the server's defaults: port 5060,
 * {@link Transport#UDP}, priority 1, enabled.
 *
 * <pre>{@code
 * CreateStaticEndpointRequest sbc = CreateStaticEndpointRequest.builder().name("sbc-1").address("203.0.113.10").build();
 * }</pre>
 * @param name      friendly name: not blank, at most {@value FieldRules#MAX_TEXT_LENGTH} characters, no
 *                  control characters
 * @param address   IPv4 address or host name of the PBX/SBC
 * @param port      SIP port, 1 to 65535 (5060 by default; 5061 is typical for TLS)
 * @param transport SIP transport (UDP by default)
 * @param priority  routing priority, at least 1; <b>lower wins</b> (1 = primary)
 * @param enabled   whether the endpoint receives calls (true by default)
 */
public record CreateStaticEndpointRequest(String name, String address, int port, Transport transport, int priority,
                                          boolean enabled) implements CreateSipEndpointRequest {

    /** The SIP port used when none is set: 5060, as on the server. */
    public static final int DEFAULT_PORT = 5060;

    /**
     * Creates the request after checking every rule.
     * @param name      see {@link #name()}
     * @param address   see {@link #address()}
     * @param port      see {@link #port()}
     * @param transport see {@link #transport()}
     * @param priority  see {@link #priority()}
     * @param enabled   see {@link #enabled()}
     * @throws EstValidationException listing every broken rule of the components above
     */
    public CreateStaticEndpointRequest {
        Check check = Check.of("CreateStaticEndpointRequest");
        EndpointFieldsBuilder.checkShared(check, name, transport, priority);
        EndpointFieldsBuilder.checkStatic(check, address, port);
        check.throwIfInvalid();
    }

    /**
     * {@return a builder with the server's defaults; set at least {@code name} and {@code address}}
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the values of a {@link CreateStaticEndpointRequest}. */
    public static final class Builder extends StaticEndpointFieldsBuilder<Builder> {

        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * {@return the request}
         * @throws EstValidationException listing every broken rule
         */
        public CreateStaticEndpointRequest build() {
            return new CreateStaticEndpointRequest(name, address, port, transport, priority, enabled);
        }
    }
}
