package dev.estsdk.api.model;

import org.jspecify.annotations.Nullable;

/**
 * The setters of an IP range's writable fields (range 32, one host, unless set), shared by the
 * builders of a new range and of a range's update.
 * @param <B> the concrete builder, returned by every setter for chaining
 */
abstract class RangeFieldsBuilder<B extends RangeFieldsBuilder<B>> {
    @Nullable String description;
    @Nullable String ipAddress;
    int range = IpRange.DEFAULT_RANGE;

    RangeFieldsBuilder() {
    }

    abstract B self();

    /**
     * Sets the description.
     * @param description see {@link NewIpRange#description()}; null for none
     * @return this builder
     */
    public B description(@Nullable String description) {
        this.description = description;
        return self();
    }

    /**
     * Sets the network address.
     * @param ipAddress see {@link NewIpRange#ipAddress()}
     * @return this builder
     */
    public B ipAddress(@Nullable String ipAddress) {
        this.ipAddress = ipAddress;
        return self();
    }

    /**
     * Sets the prefix length.
     * @param range see {@link NewIpRange#range()}; 32 (one host) unless set
     * @return this builder
     */
    public B range(int range) {
        this.range = range;
        return self();
    }
}
