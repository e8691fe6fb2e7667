package dev.estsdk.testkit.internal.model;

import java.time.Instant;

/**
 * A SIP trunk as stored. {@link #domain()} is always {@code hostName + "." + topLevelDomain}.
 *
 * @param id trunk id
 * @param projectId owning project
 * @param name friendly name
 * @param hostName host label of the trunk's SIP domain
 * @param topLevelDomain the SIP domain suffix, e.g. {@code pstn.sinch.com}
 * @param callsPerSecond CPS limit (read-only through the API)
 * @param enableCallerName CNAM lookup on inbound calls
 * @param callForwardNumber E.164 forward target, or null
 * @param enableCallForward whether undeliverable inbound calls are forwarded
 * @param createTime creation time
 * @param updateTime last update, null until the first one
 */
public record Trunk(String id, String projectId, String name, String hostName, String topLevelDomain,
        int callsPerSecond, boolean enableCallerName, String callForwardNumber, boolean enableCallForward,
        Instant createTime, Instant updateTime) {

    /** @return the trunk's SIP domain */
    public String domain() {
        return hostName + "." + topLevelDomain;
    }

    /**
     * @param cps a new CPS limit
     * @return a copy with that limit
     */
    public Trunk withCallsPerSecond(int cps) {
        return new Trunk(id, projectId, name, hostName, topLevelDomain, cps, enableCallerName, callForwardNumber,
                enableCallForward, createTime, updateTime);
    }
}
