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

    /**
     * The endpoint id.
     *
     * @return the id
     */
    @Nullable String id();

    /**
     * The trunk the endpoint belongs to.
     *
     * @return the trunk id
     */
    @Nullable String sipTrunkId();

    /**
     * The friendly name.
     *
     * @return the name
     */
    String name();

    /**
     * The SIP transport.
     *
     * @return the transport
     */
    @Nullable Transport transport();

    /**
     * The routing priority: <b>lower wins</b>; equal values share calls round-robin.
     *
     * @return the priority
     */
    int priority();

    /**
     * Whether the endpoint receives calls.
     *
     * @return true when enabled
     */
    boolean enabled();

    /**
     * When the endpoint was created.
     *
     * @return the time, or null
     */
    @Nullable Instant createTime();

    /**
     * When the endpoint last changed.
     *
     * @return the time, or null until the first update
     */
    @Nullable Instant updateTime();

    /**
     * The owning project.
     *
     * @return the project id, or null
     */
    @Nullable String projectId();
}
