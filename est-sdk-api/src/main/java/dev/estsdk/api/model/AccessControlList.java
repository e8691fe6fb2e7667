package dev.estsdk.api.model;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

/**
 * An access control list as the server reports it (an output: held as sent, unchecked): the
 * source IPv4 networks allowed to send outbound calls through the trunks the list is linked to.
 * Create one with a {@link CreateAccessControlListRequest}, change one with {@link #toUpdate()},
 * link it with {@code SipTrunks.addAccessControlLists} (changes take about 60 seconds to reach
 * the SIP edge).
 * @param id         the list id
 * @param name       friendly name
 * @param enabled    whether the list is in force
 * @param ipRanges   the allowed networks, never null
 * @param trunks     ids of the trunks using the list, never null
 * @param createTime when it was created
 * @param updateTime when it last changed, null until then
 * @param projectId  the owning project
 */
public record AccessControlList(@Nullable String id, String name, boolean enabled, List<IpRange> ipRanges,
                                List<String> trunks, @Nullable Instant createTime, @Nullable Instant updateTime,
                                @Nullable String projectId) {
    /**
     * Creates a list as the server sent it; null lists become empty and lists are copied.
     * @param id         the list id
     * @param name       the name
     * @param enabled    whether the list is in force
     * @param ipRanges   the networks; null means none
     * @param trunks     the trunk ids; null means none
     * @param createTime the creation time
     * @param updateTime the last-update time
     * @param projectId  the owning project
     * @throws NullPointerException if a list contains null
     */
    public AccessControlList {
        ipRanges = ImmutableLists.copyOf(ipRanges);
        trunks = ImmutableLists.copyOf(trunks);
    }

    /** {@return a full replacement of this list, holding its id, name, enabled flag and ranges} */
    public UpdateAccessControlListRequest.Builder toUpdate() {
        return UpdateAccessControlListRequest.from(this);
    }
}
