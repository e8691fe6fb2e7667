package dev.estsdk.twilio.model;

import org.jspecify.annotations.Nullable;

/**
 * A partial update of an IP access control list entry
 * ({@code POST …/IpAccessControlLists/{AL}/IpAddresses/{Sid}.json}): it holds only the fields
 * the caller set, only those are sent, and every field left unset (null) keeps its stored
 * value. A new prefix length applies to the stored address when no address is sent, and a new
 * address sent alone keeps the stored prefix length; {@code Builder.cidr("203.0.113.10")} sends
 * both, with the prefix length 32.
 *
 * @param friendlyName     up to 255 characters; null to keep it
 * @param ipAddress        a dotted-quad IPv4 address; null to keep it
 * @param cidrPrefixLength 1 to 32; null to keep it
 */
public record UpdateIpAddressRequest(@Nullable String friendlyName, @Nullable String ipAddress, @Nullable Integer cidrPrefixLength) {

    /**
     * Checks every field that is set.
     *
     * @param friendlyName     the name
     * @param ipAddress        the address
     * @param cidrPrefixLength the prefix length
     * @throws dev.estsdk.api.exception.EstValidationException listing every broken rule, or when no
     *         field is set
     */
    public UpdateIpAddressRequest {
        Violations v = Violations.of("UpdateIpAddressRequest")
                .ifSet("friendlyName", friendlyName, n -> TwilioRules.friendlyName(n, TwilioRules.MAX_LONG_NAME_LENGTH))
                .ifSet("ipAddress", ipAddress, TwilioRules::ipv4)
                .ifSet("cidrPrefixLength", cidrPrefixLength, TwilioRules::cidrPrefixLength);
        if (cidrPrefixLength != null) {
            v.apply("ipAddress", TwilioRules.networkAddress(ipAddress, cidrPrefixLength));
        }
        v.anySet(friendlyName, ipAddress, cidrPrefixLength).throwIfAny();
    }

    /**
     * Starts an empty update; set at least one field.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link UpdateIpAddressRequest}; {@link #build()} checks the fields set. */
    public static final class Builder extends IpAddressFieldsBuilder<Builder> {
        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * Checks the fields set and builds the update.
         *
         * @return the update
         * @throws dev.estsdk.api.exception.EstValidationException listing every broken rule, or when
         *         no field is set
         */
        public UpdateIpAddressRequest build() {
            return new UpdateIpAddressRequest(friendlyName, ipAddress, cidrPrefixLength);
        }
    }
}
