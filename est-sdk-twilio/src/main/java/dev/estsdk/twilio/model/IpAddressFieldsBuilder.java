package dev.estsdk.twilio.model;

import org.jspecify.annotations.Nullable;

/**
 * The setters the IP address create and update builders share.
 *
 * @param <B> the concrete builder
 */
abstract class IpAddressFieldsBuilder<B extends IpAddressFieldsBuilder<B>> {
    @Nullable String friendlyName;
    @Nullable String ipAddress;
    @Nullable Integer cidrPrefixLength;

    IpAddressFieldsBuilder() {
    }

    abstract B self();

    /**
     * Sets the friendly name ({@code FriendlyName}).
     *
     * @param friendlyName up to 255 characters; required
     * @return this builder
     */
    public B friendlyName(String friendlyName) {
        this.friendlyName = friendlyName;
        return self();
    }

    /**
     * Sets the address ({@code IpAddress}).
     *
     * @param ipAddress a dotted-quad IPv4 address
     * @return this builder
     */
    public B ipAddress(String ipAddress) {
        this.ipAddress = ipAddress;
        return self();
    }

    /**
     * Sets the prefix length ({@code CidrPrefixLength}).
     *
     * @param cidrPrefixLength 1 to 32
     * @return this builder
     */
    public B cidrPrefixLength(int cidrPrefixLength) {
        this.cidrPrefixLength = cidrPrefixLength;
        return self();
    }

    /**
     * Sets address and prefix length from CIDR notation; without {@code /n} the entry is a single
     * address and the prefix length is set to 32, so that an update turns a stored range into
     * that one address instead of keeping the range's prefix.
     *
     * @param cidr e.g. {@code 203.0.113.0/24} or {@code 203.0.113.10}
     * @return this builder
     */
    public B cidr(String cidr) {
        CidrParts parts = CidrParts.parse(cidr);
        this.ipAddress = parts.address();
        this.cidrPrefixLength = parts.prefix();
        return self();
    }
}
