package dev.estsdk.twilio.model;

import org.jspecify.annotations.Nullable;

/**
 * CIDR notation split into address and prefix length without judging either: the request's
 * constructor checks both, so a bad prefix is reported with every other violation.
 * An unparsable prefix becomes -1, which the prefix rule refuses. A plain address is a single
 * address, {@code /32}: said explicitly, so that an update does not keep a wider stored prefix.
 */
record CidrParts(@Nullable String address, @Nullable Integer prefix) {

    static CidrParts parse(@Nullable String cidr) {
        if (cidr == null) {
            return new CidrParts(null, null);
        }
        int slash = cidr.indexOf('/');
        if (slash < 0) {
            return new CidrParts(cidr, TwilioRules.MAX_CIDR_PREFIX_LENGTH);
        }
        String prefix = cidr.substring(slash + 1);
        int value = prefix.matches("[0-9]{1,2}") ? Integer.parseInt(prefix) : -1;
        return new CidrParts(cidr.substring(0, slash), value);
    }
}
