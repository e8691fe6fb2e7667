package dev.estsdk.api.model;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * Where a trunk delivers inbound calls: either a {@link StaticEndpoint} (a fixed address and
 * port) or a {@link RegisteredEndpoint} (a user agent that REGISTERs with a credential).
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
     * The endpoint id. Read-only.
     *
     * @return the id, or null before creation
     */
    @Nullable String id();

    /**
     * The trunk the endpoint belongs to. Read-only, taken from the request path.
     *
     * @return the trunk id, or null before creation
     */
    @Nullable String sipTrunkId();

    /**
     * The friendly name.
     *
     * @return the name
     */
    String name();

    /**
     * The SIP transport; {@link Transport#UDP} unless set.
     *
     * @return the transport
     */
    @Nullable Transport transport();

    /**
     * The routing priority: <b>lower wins</b>; equal values share calls round-robin.
     *
     * @return at least 1 for a valid endpoint
     */
    int priority();

    /**
     * Whether the endpoint receives calls.
     *
     * @return true when enabled
     */
    boolean enabled();

    /**
     * When the endpoint was created. Read-only.
     *
     * @return the time, or null
     */
    @Nullable Instant createTime();

    /**
     * When the endpoint last changed. Read-only.
     *
     * @return the time, or null until the first update
     */
    @Nullable Instant updateTime();

    /**
     * The owning project. Read-only.
     *
     * @return the project id, or null
     */
    @Nullable String projectId();
}
