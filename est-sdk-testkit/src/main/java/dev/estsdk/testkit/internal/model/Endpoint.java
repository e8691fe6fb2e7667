package dev.estsdk.testkit.internal.model;

import java.time.Instant;

/**
 * A SIP endpoint as stored: static (address + port) or registered (credential username).
 *
 * @param id endpoint id
 * @param projectId owning project
 * @param trunkId owning trunk
 * @param name friendly name
 * @param registered whether this is a registered endpoint
 * @param address static: IP or host name; registered: null
 * @param port static: port; registered: 0
 * @param credentialUsername registered: the username; static: null
 * @param transport {@code UDP}, {@code TCP} or {@code TLS}
 * @param priority routing priority, lower first
 * @param enabled whether the endpoint takes calls
 * @param createTime creation time
 * @param updateTime last update, or null
 */
public record Endpoint(String id, String projectId, String trunkId, String name, boolean registered, String address,
        int port, String credentialUsername, String transport, int priority, boolean enabled, Instant createTime,
        Instant updateTime) {
}
