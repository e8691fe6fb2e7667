package dev.estsdk.api.model;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * An endpoint at a fixed address as the server reports it: the trunk sends inbound INVITEs to
 * {@code address:port}. An output: the record holds what the server sent, unchecked. Create one
 * with {@link CreateStaticEndpointRequest}; change one with {@link #toUpdate()}.
 * @param id         the endpoint id
 * @param sipTrunkId the owning trunk
 * @param name       friendly name
 * @param address    IPv4 address or host name of the PBX/SBC
 * @param port       SIP port (5060 when the server sent none)
 * @param transport  SIP transport
 * @param priority   routing priority; <b>lower wins</b> (1 = primary)
 * @param enabled    whether the endpoint receives calls
 * @param createTime when it was created
 * @param updateTime when it last changed, null until then
 * @param projectId  the owning project
 */
public record StaticEndpoint(@Nullable String id, @Nullable String sipTrunkId, String name, String address, int port,
                             @Nullable Transport transport, int priority, boolean enabled,
                             @Nullable Instant createTime, @Nullable Instant updateTime,
                             @Nullable String projectId) implements SipEndpoint {
    /** The SIP port the server uses when none is set: 5060. */
    public static final int DEFAULT_PORT = CreateStaticEndpointRequest.DEFAULT_PORT;

    /**
     * {@return a full replacement of this endpoint holding its ids and current writable values}
     * For example {@code endpoints.update(endpoint.toUpdate().port(5061).build())}.
     */
    public UpdateStaticEndpointRequest.Builder toUpdate() {
        return UpdateStaticEndpointRequest.from(this);
    }
}
