package dev.estsdk.api.model;

import org.jspecify.annotations.Nullable;

import java.util.Collection;
import java.util.function.Consumer;

/**
 * The setters of an access control list's writable fields, shared by the create and update builders.
 * @param <B> the concrete builder, returned by every setter for chaining
 */
abstract class AclFieldsBuilder<B extends AclFieldsBuilder<B>> {
    @Nullable String name;
    boolean enabled = true;
    final RangeEntries ipRanges = new RangeEntries();

    AclFieldsBuilder() {
    }

    abstract B self();

    /**
     * Sets the friendly name.
     * @param name see {@link CreateAccessControlListRequest#name()}
     * @return this builder
     */
    public B name(@Nullable String name) {
        this.name = name;
        return self();
    }

    /**
     * Enables or disables the list.
     * @param enabled true unless set
     * @return this builder
     */
    public B enabled(boolean enabled) {
        this.enabled = enabled;
        return self();
    }

    /**
     * Adds a network given as address and prefix length; checked by {@code build()}.
     * @param ipAddress the network address, e.g. {@code 203.0.113.0}
     * @param range     the prefix length, 1 to 32 (32 = one host)
     * @return this builder
     */
    public B ipRange(@Nullable String ipAddress, int range) {
        ipRanges.add(null, ipAddress, range);
        return self();
    }

    /**
     * Adds a network.
     * @param ipRange the range; null is reported by {@code build()}
     * @return this builder
     */
    public B ipRange(@Nullable NewIpRange ipRange) {
        ipRanges.add(ipRange);
        return self();
    }

    /**
     * Adds a network described on a fresh {@link NewIpRange.Builder}; checked by {@code build()}
     * together with everything else.
     * @param ipRange sets the range's fields, e.g. {@code r -> r.ipAddress("203.0.113.0").range(24)}
     * @return this builder
     */
    public B ipRange(Consumer<NewIpRange.Builder> ipRange) {
        NewIpRange.Builder builder = NewIpRange.builder();
        ipRange.accept(builder);
        ipRanges.addEntry(builder.entry());
        return self();
    }

    /**
     * Replaces all networks.
     * @param ipRanges the ranges; an empty collection means none; null is reported by {@code build()}
     * @return this builder
     */
    public B ipRanges(@Nullable Collection<NewIpRange> ipRanges) {
        this.ipRanges.replaceAll(ipRanges);
        return self();
    }
}
