package dev.estsdk.api.model;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * An IPv4 network of an {@link AccessControlList} as the server reports it (an output: held as
 * sent, unchecked): {@code ipAddress} plus the prefix length {@code range} (32 = one host). Add
 * one with a {@link NewIpRange}, change one with {@link #toUpdate()}.
 * @param id                  the range id
 * @param description         free text, or null
 * @param ipAddress           dotted-quad IPv4 start address
 * @param range               prefix length
 * @param accessControlListId the owning list
 * @param createTime          when it was created
 * @param updateTime          when it last changed, null until then
 * @param projectId           the owning project
 */
public record IpRange(@Nullable String id, @Nullable String description, String ipAddress, int range,
                      @Nullable String accessControlListId, @Nullable Instant createTime,
                      @Nullable Instant updateTime, @Nullable String projectId) {
    /** The prefix length the server uses when none is sent: 32, a single host. */
    public static final int DEFAULT_RANGE = 32;

    /** {@return a full replacement of this range, holding its ids and current writable values} */
    public UpdateIpRangeRequest.Builder toUpdate() {
        return UpdateIpRangeRequest.from(this);
    }
}
