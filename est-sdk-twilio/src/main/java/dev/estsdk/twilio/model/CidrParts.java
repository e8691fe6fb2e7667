package dev.estsdk.twilio.model;

import org.jspecify.annotations.Nullable;

/**
 * CIDR notation split into address and prefix length without judging either: the request's
 * constructor checks both, so a bad prefix is reported with every other violation.
 * An unparsable prefix becomes -1, which the prefix rule refuses.
 */
record CidrParts(@Nullable String address, @Nullable Integer prefix) {

    static CidrParts parse(@Nullable String cidr) {
        if (cidr == null) {
            return new CidrParts(null, null);
        }
        int slash = cidr.indexOf('/');
        if (slash < 0) {
            return new CidrParts(cidr, null);
        }
        String prefix = cidr.substring(slash + 1);
        int value = prefix.matches("[0-9]{1,2}") ? Integer.parseInt(prefix) : -1;
        return new CidrParts(cidr.substring(0, slash), value);
    }
}
