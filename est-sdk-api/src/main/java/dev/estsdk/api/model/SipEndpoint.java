package dev.estsdk.api.model;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * Where a trunk delivers inbound calls, as the server reports it: either a {@link StaticEndpoint}
 * (a fixed address and port) or a {@link RegisteredEndpoint} (a user agent that REGISTERs with a
 * credential). An output: create one with a {@link CreateSipEndpointRequest}, change one with
 * the {@code toUpdate()} of its kind.
 *
 * <pre>{@code
 * switch (endpoint) {
 *     case StaticEndpoint s -> route(s.address(), s.port());      // with pattern matching
 *     case RegisteredEndpoint r -> expectRegistration(r.credentialUsername());
 * }
 * }</pre>
 *
 * <p><b>Priority: lower wins.</b> Inbound calls go to the enabled endpoints with the lowest
 * priority value first (1 = primary); endpoints with equal priority share calls round-robin; a
 * higher value (e.g. 2) is a failover.
 */
public sealed interface SipEndpoint permits StaticEndpoint, RegisteredEndpoint {

    /** {@return the endpoint id} */
    @Nullable String id();

    /** {@return the id of the trunk the endpoint belongs to} */
    @Nullable String sipTrunkId();

    /** {@return the friendly name} */
    String name();

    /** {@return the SIP transport} */
    @Nullable Transport transport();

    /** {@return the routing priority: <b>lower wins</b>; equal values share calls round-robin} */
    int priority();

    /** {@return whether the endpoint receives calls} */
    boolean enabled();

    /** {@return when the endpoint was created, or null} */
    @Nullable Instant createTime();

    /** {@return when the endpoint last changed, null until the first update} */
    @Nullable Instant updateTime();

    /** {@return the owning project's id, or null} */
    @Nullable String projectId();
}
