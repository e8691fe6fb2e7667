package dev.estsdk.api.model;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * An access control list: the source IPv4 networks allowed to send outbound calls through the
 * trunks the list is linked to. A project-level object; link it with
 * {@code SipTrunks.addAccessControlLists} (changes take about 60 seconds to reach the SIP edge).
 *
 * <pre>{@code
 * AccessControlList acl = AccessControlList.builder()
 *         .name("HQ SBC")
 *         .ipRange("203.0.113.10", 32)
 *         .build();
 * }</pre>
 *
 * @param id         read-only; the list id
 * @param name       friendly name; required, not blank
 * @param enabled    whether the list is in force (true by default); lets you disable it without
 *                   deleting it
 * @param ipRanges   the allowed networks; create needs at least one, never null
 * @param trunks     read-only; ids of the trunks using the list, never null
 * @param createTime read-only; when it was created
 * @param updateTime read-only; when it last changed, null until then
 * @param projectId  read-only; the owning project
 */
public record AccessControlList(@Nullable String id, String name, boolean enabled, List<IpRange> ipRanges,
                                List<String> trunks, @Nullable Instant createTime, @Nullable Instant updateTime,
                                @Nullable String projectId) {
    /**
     * Creates a list; null lists become empty and lists are copied, nothing else is checked
     * (use the builder for that).
     *
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

    /**
     * Starts an enabled list without ranges; set {@code name} and add ranges.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a builder holding every value of this list, to change it before a
     * full-replacement update.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder()
                .id(id)
                .name(name)
                .enabled(enabled)
                .ipRanges(ipRanges)
                .trunks(trunks)
                .createTime(createTime)
                .updateTime(updateTime)
                .projectId(projectId);
    }

    /** Builds an {@link AccessControlList}; {@link #build()} checks the list and every range. */
    public static final class Builder extends ResourceBuilder<Builder> {
        private String name;
        private boolean enabled = true;
        private final List<IpRange> ipRanges = new ArrayList<>();
        private List<String> trunks = List.of();

        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * Sets the friendly name.
         *
         * @param name required, not blank
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Enables or disables the list.
         *
         * @param enabled true unless set
         * @return this builder
         */
        public Builder enabled(boolean enabled) {
            this.enabled = enabled;
            return this;
        }

        /**
         * Adds a network given as address and prefix length; checked by {@link #build()}.
         *
         * @param ipAddress a dotted-quad IPv4 address, e.g. {@code 203.0.113.0}
         * @param range     the prefix length, 1 to 32 (32 = one host)
         * @return this builder
         */
        public Builder ipRange(String ipAddress, int range) {
            return ipRange(r -> r.ipAddress(ipAddress).range(range));
        }

        /**
         * Adds a network.
         *
         * @param ipRange the range; checked by {@link #build()}
         * @return this builder
         */
        public Builder ipRange(IpRange ipRange) {
            ipRanges.add(ipRange);
            return this;
        }

        /**
         * Adds a network described on a fresh {@link IpRange.Builder}; checked by
         * {@link #build()} together with everything else.
         *
         * @param ipRange sets the range's fields, e.g. {@code r -> r.ipAddress("203.0.113.0").range(24)}
         * @return this builder
         */
        public Builder ipRange(Consumer<IpRange.Builder> ipRange) {
            IpRange.Builder builder = IpRange.builder();
            ipRange.accept(builder);
            return ipRange(builder.unchecked());
        }

        /**
         * Replaces all networks.
         *
         * @param ipRanges the ranges; not null (an empty collection means none)
         * @return this builder
         * @throws NullPointerException if ipRanges is null
         */
        public Builder ipRanges(Collection<IpRange> ipRanges) {
            Objects.requireNonNull(ipRanges, "ipRanges");
            this.ipRanges.clear();
            this.ipRanges.addAll(ipRanges);
            return this;
        }

        /**
         * Sets the ids of the trunks using the list. Read-only on the server.
         *
         * @param trunks trunk ids; null means none
         * @return this builder
         */
        public Builder trunks(@Nullable Collection<String> trunks) {
            this.trunks = ImmutableLists.copyOf(trunks);
            return this;
        }

        /**
         * Checks the name and every range and builds the list. An empty range list is accepted
         * here because ranges can later be deleted one by one; creating a list checks that it
         * has at least one.
         *
         * @return the list
         * @throws dev.estsdk.api.exception.EstValidationException listing every broken rule,
         *         ranges named by index, e.g. {@code ipRanges[1].range: must be between 1 and 32
         *         (was 33)}
         */
        public AccessControlList build() {
            Check check = Check.of("AccessControlList");
            check.notBlank("name", name);
            for (int i = 0; i < ipRanges.size(); i++) {
                String field = "ipRanges[" + i + "]";
                if (check.required(field, ipRanges.get(i))) {
                    ipRanges.get(i).toBuilder().check(check.at(field));
                }
            }
            check.throwIfInvalid();
            return new AccessControlList(id, name, enabled, ipRanges, trunks, createTime, updateTime,
                    projectId);
        }
    }
}
