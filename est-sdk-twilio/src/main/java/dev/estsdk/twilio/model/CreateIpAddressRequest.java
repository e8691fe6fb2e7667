package dev.estsdk.twilio.model;

import org.jspecify.annotations.Nullable;

/**
 * A new entry of an IP access control list
 * ({@code POST …/SIP/IpAccessControlLists/{Sid}/IpAddresses.json}): an IPv4 address or network
 * with a name. At most 100 entries per list.
 *
 * <pre>{@code
 * CreateIpAddressRequest.builder().friendlyName("HQ SBC").cidr("203.0.113.0/28").build();
 * }</pre>
 *
 * @param friendlyName     up to 255 characters; required (Twilio requires it)
 * @param ipAddress        a dotted-quad IPv4 address (Twilio takes IPv4 only); required
 * @param cidrPrefixLength 1 to 32; null sends none, and Twilio stores the single address (/32)
 */
public record CreateIpAddressRequest(String friendlyName, String ipAddress, @Nullable Integer cidrPrefixLength) {

    /**
     * Checks every field.
     *
     * @param friendlyName     the name
     * @param ipAddress        the address
     * @param cidrPrefixLength the prefix length
     * @throws dev.estsdk.api.exception.EstValidationException listing every broken rule, including an
     *         address with host bits set for its prefix length
     */
    public CreateIpAddressRequest {
        Violations v = Violations.of("CreateIpAddressRequest")
                .apply("friendlyName", TwilioRules.friendlyName(friendlyName, TwilioRules.MAX_LONG_NAME_LENGTH))
                .apply("ipAddress", TwilioRules.ipv4(ipAddress))
                .ifSet("cidrPrefixLength", cidrPrefixLength, TwilioRules::cidrPrefixLength);
        if (cidrPrefixLength != null) {
            v.apply("ipAddress", TwilioRules.networkAddress(ipAddress, cidrPrefixLength));
        }
        v.throwIfAny();
    }

    /**
     * Starts an empty request; set the name and the address.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CreateIpAddressRequest}; {@link #build()} checks every field. */
    public static final class Builder extends IpAddressFieldsBuilder<Builder> {
        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * Checks every field and builds the request.
         *
         * @return the request
         * @throws dev.estsdk.api.exception.EstValidationException listing every broken rule
         */
        // Unset required fields go to the constructor as null on purpose: it reports each as
        // "is required", with every other broken rule, instead of failing on the first.
        @SuppressWarnings("NullAway")
        public CreateIpAddressRequest build() {
            return new CreateIpAddressRequest(friendlyName, ipAddress, cidrPrefixLength);
        }
    }
}
