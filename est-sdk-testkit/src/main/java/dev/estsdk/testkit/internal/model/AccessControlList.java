package dev.estsdk.testkit.internal.model;

import java.time.Instant;
import java.util.List;

/**
 * An access control list with its ranges.
 *
 * @param id ACL id
 * @param projectId owning project
 * @param name name
 * @param enabled whether the ACL authorises traffic
 * @param ipRanges the ranges, in creation order
 * @param createTime creation time
 * @param updateTime last update, or null
 */
public record AccessControlList(String id, String projectId, String name, boolean enabled, List<IpRange> ipRanges,
        Instant createTime, Instant updateTime) {

    /** Copies the range list. */
    public AccessControlList {
        ipRanges = List.copyOf(ipRanges);
    }

    /**
     * @param ranges new ranges
     * @param at the update time
     * @return a copy with those ranges
     */
    public AccessControlList withRanges(List<IpRange> ranges, Instant at) {
        return new AccessControlList(id, projectId, name, enabled, ranges, createTime, at);
    }

    /**
     * @param ip a source address
     * @return whether the ACL is enabled and one of its ranges contains the address
     */
    public boolean admits(String ip) {
        return enabled && ipRanges.stream().anyMatch(r -> r.contains(ip));
    }
}
