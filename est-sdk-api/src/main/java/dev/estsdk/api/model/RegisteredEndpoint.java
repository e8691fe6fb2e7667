package dev.estsdk.api.model;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * An endpoint that registers, as the server reports it: a SIP user agent REGISTERs at the
 * trunk's {@link SipTrunk#domain() domain} with {@code credentialUsername}, and inbound calls go
 * wherever it registered from. An output: the record holds what the server sent, unchecked.
 * Create one with {@link CreateRegisteredEndpointRequest}; change one with {@link #toUpdate()}.
 *
 * <p><b>Trap:</b> the credential list holding the username must be linked to the trunk
 * ({@code SipTrunks.addCredentialLists}) or every REGISTER fails with SIP 401, although the
 * endpoint exists.
 * @param id                 the endpoint id
 * @param sipTrunkId         the owning trunk
 * @param name               friendly name
 * @param credentialUsername the username the user agent registers with
 * @param transport          SIP transport
 * @param priority           routing priority; <b>lower wins</b> (1 = primary)
 * @param enabled            whether the endpoint receives calls
 * @param createTime         when it was created
 * @param updateTime         when it last changed, null until then
 * @param projectId          the owning project
 */
public record RegisteredEndpoint(@Nullable String id, @Nullable String sipTrunkId, String name,
                                 String credentialUsername, @Nullable Transport transport, int priority,
                                 boolean enabled, @Nullable Instant createTime, @Nullable Instant updateTime,
                                 @Nullable String projectId) implements SipEndpoint {

    /**
     * {@return a full replacement of this endpoint holding its ids and current writable values}
     * For example {@code endpoints.update(endpoint.toUpdate().priority(2).build())}.
     */
    public UpdateRegisteredEndpointRequest.Builder toUpdate() {
        return UpdateRegisteredEndpointRequest.from(this);
    }
}
