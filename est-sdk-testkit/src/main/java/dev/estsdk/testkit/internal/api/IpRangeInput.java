package dev.estsdk.testkit.internal.api;

import dev.estsdk.testkit.internal.http.Violations;
import dev.estsdk.testkit.internal.json.JsonBody;
import dev.estsdk.testkit.internal.model.IpRange;
import dev.estsdk.testkit.internal.model.Ipv4;
import java.time.Instant;

/**
 * The writable fields of an IP range: {@code ipAddress} (a dotted quad, required),
 * {@code range} (prefix length 1–32, default 32) and {@code description}.
 *
 * @param id the {@code id} sent, used by an ACL update to keep an existing range
 * @param description free text
 * @param ipAddress the address
 * @param range the prefix length
 */
record IpRangeInput(String id, String description, String ipAddress, int range) {

    static IpRangeInput read(JsonBody b, Violations v) {
        String ip = b.string("ipAddress");
        if (v.requireText(b.path("ipAddress"), ip) && !Ipv4.isValid(ip)) {
            v.add(b.path("ipAddress"), ip.contains("/")
                    ? "must be a dotted-quad IPv4 address; give the prefix length in 'range', not as CIDR"
                    : "must be a dotted-quad IPv4 address");
        }
        Integer range = b.integer("range");
        if (range != null && (range < 1 || range > 32)) {
            v.add(b.path("range"), "must be between 1 and 32");
        }
        return new IpRangeInput(b.string("id"), b.string("description"), ip, range == null ? 32 : range);
    }

    IpRange toRange(String rangeId, String aclId, String projectId, Instant created, Instant updated) {
        return new IpRange(rangeId, aclId, projectId, description, ipAddress, range, created, updated);
    }
}
