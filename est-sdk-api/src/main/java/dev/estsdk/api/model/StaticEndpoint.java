package dev.estsdk.api.model;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * An endpoint at a fixed address: the trunk sends inbound INVITEs to {@code address:port}.
 * EST authenticates such an endpoint by IP, so {@code address} must be where the PBX/SBC really
 * is. Builder defaults match the server's: port 5060, {@link Transport#UDP}, priority 1,
 * enabled; a full-replacement update therefore always sends explicit values.
 *
 * <pre>{@code
 * StaticEndpoint sbc = StaticEndpoint.builder().name("sbc-1").address("203.0.113.10").build();
 * }</pre>
 *
 * @param id         read-only; the endpoint id
 * @param sipTrunkId read-only; the owning trunk
 * @param name       friendly name; required, not blank
 * @param address    IPv4 address or host name of the PBX/SBC; required
 * @param port       SIP port, 1 to 65535 (5060 by default; 5061 is typical for TLS)
 * @param transport  SIP transport (UDP by default)
 * @param priority   routing priority, at least 1; <b>lower wins</b> (1 = primary)
 * @param enabled    whether the endpoint receives calls (true by default)
 * @param createTime read-only; when it was created
 * @param updateTime read-only; when it last changed, null until then
 * @param projectId  read-only; the owning project
 */
public record StaticEndpoint(@Nullable String id, @Nullable String sipTrunkId, String name, String address, int port,
                             @Nullable Transport transport, int priority, boolean enabled,
                             @Nullable Instant createTime, @Nullable Instant updateTime,
                             @Nullable String projectId) implements SipEndpoint {
    /** The SIP port used when none is set: 5060, as on the server. */
    public static final int DEFAULT_PORT = 5060;

    /**
     * Starts a builder with the server's defaults (port 5060, UDP, priority 1, enabled); set at
     * least {@code name} and {@code address}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a builder holding every value of this endpoint, to change it before a
     * full-replacement update.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder()
                .id(id)
                .sipTrunkId(sipTrunkId)
                .name(name)
                .address(address)
                .port(port)
                .transport(transport)
                .priority(priority)
                .enabled(enabled)
                .createTime(createTime)
                .updateTime(updateTime)
                .projectId(projectId);
    }

    /** Builds a {@link StaticEndpoint}; {@link #build()} checks the writable fields. */
    public static final class Builder extends EndpointBuilder<Builder> {
        private String address;
        private int port = DEFAULT_PORT;

        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * Sets where inbound calls are sent; EST also accepts calls only from this address.
         *
         * @param address an IPv4 address such as {@code 203.0.113.10} or a host name; required
         * @return this builder
         */
        public Builder address(String address) {
            this.address = address;
            return this;
        }

        /**
         * Sets the SIP port.
         *
         * @param port 1 to 65535; 5060 unless set
         * @return this builder
         */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /**
         * Checks the writable fields and builds the endpoint.
         *
         * @return the endpoint
         * @throws dev.estsdk.api.exception.EstValidationException listing every broken rule:
         *         blank name, no transport, a priority below 1, an address that is neither
         *         IPv4 nor a host name, a port outside 1 to 65535
         */
        public StaticEndpoint build() {
            Check check = Check.of("StaticEndpoint");
            checkShared(check);
            check.ipv4OrHostName("address", address);
            check.between("port", port, 1, 65535);
            check.throwIfInvalid();
            return new StaticEndpoint(id, sipTrunkId, name, address, port, transport, priority,
                    enabled, createTime, updateTime, projectId);
        }
    }
}
