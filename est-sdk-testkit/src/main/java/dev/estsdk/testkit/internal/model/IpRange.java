package dev.estsdk.testkit.internal.model;

import java.time.Instant;

/**
 * One IP range of an access control list.
 *
 * @param id range id
 * @param accessControlListId parent ACL
 * @param projectId owning project
 * @param description free text, may be null
 * @param ipAddress dotted-quad IPv4 network address
 * @param range prefix length 1–32
 * @param createTime creation time
 * @param updateTime last update, or null
 */
public record IpRange(String id, String accessControlListId, String projectId, String description, String ipAddress,
        int range, Instant createTime, Instant updateTime) {

    /**
     * @param ip a dotted-quad IPv4 address
     * @return whether the address lies inside this range
     */
    public boolean contains(String ip) {
        long address = Ipv4.parse(ip);
        long network = Ipv4.parse(ipAddress);
        if (address < 0 || network < 0) {
            return false;
        }
        long mask = range == 0 ? 0 : (0xFFFFFFFFL << (32 - range)) & 0xFFFFFFFFL;
        return (address & mask) == (network & mask);
    }
}
