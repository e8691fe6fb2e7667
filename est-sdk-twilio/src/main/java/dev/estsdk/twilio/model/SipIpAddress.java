package dev.estsdk.twilio.model;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * One entry of an IP access control list: an IPv4 address with a CIDR prefix length (32 = one
 * host). Create with a {@link CreateIpAddressRequest}, change with an
 * {@link UpdateIpAddressRequest}.
 *
 * @param sid                     the SID, {@code IP} + 32 hex digits
 * @param accountSid              the owning account
 * @param ipAccessControlListSid  the list it belongs to
 * @param friendlyName            the name, up to 255 characters
 * @param ipAddress               the dotted-quad IPv4 address
 * @param cidrPrefixLength        the prefix length, 1 to 32
 * @param dateCreated             when it was created
 * @param dateUpdated             when it last changed
 * @param uri                     its URI relative to the API host
 */
public record SipIpAddress(String sid, @Nullable String accountSid, @Nullable String ipAccessControlListSid, @Nullable String friendlyName,
                           @Nullable String ipAddress, int cidrPrefixLength, @Nullable Instant dateCreated, @Nullable Instant dateUpdated,
                           @Nullable String uri) {

    /**
     * The entry as CIDR notation.
     *
     * @return e.g. {@code 203.0.113.0/24}
     */
    public String cidr() {
        return ipAddress + "/" + cidrPrefixLength;
    }
}
