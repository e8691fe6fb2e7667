package dev.estsdk.api.model;

import java.util.regex.Pattern;

/** The formats EST accepts, as predicates; {@link Check} turns them into violations. */
final class Syntax {

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{1,14}");
    private static final Pattern HOST_LABEL = Pattern.compile("[A-Za-z0-9-]+");
    private static final Pattern DNS_LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    private static final Pattern DIGITS_AND_DOTS = Pattern.compile("[0-9.]+");
    private static final Pattern OCTET = Pattern.compile("0|[1-9][0-9]{0,2}");
    private static final Pattern ISO_ALPHA_2 = Pattern.compile("[A-Z]{2}");
    private static final Pattern ISO_4217 = Pattern.compile("[A-Z]{3}");

    private Syntax() {
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** {@code +} followed by 2 to 15 digits, the first not 0. */
    static boolean isE164(String s) {
        return s != null && E164.matcher(s).matches();
    }

    /** Only ASCII letters, digits and hyphens (EST's rule for a trunk's host name). */
    static boolean isHostLabelCharset(String s) {
        return s != null && HOST_LABEL.matcher(s).matches();
    }

    /** Dotted-quad IPv4 without leading zeros (which some parsers read as octal). */
    static boolean isIpv4(String s) {
        if (s == null) {
            return false;
        }
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (!OCTET.matcher(part).matches() || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    /** The network address of {@code ipv4/prefix}: the address with its host bits cleared. */
    static String networkAddress(String ipv4, int prefix) {
        String[] parts = ipv4.split("\\.");
        long address = 0;
        for (String part : parts) {
            address = (address << 8) | Integer.parseInt(part);
        }
        long mask = (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
        long network = address & mask;
        return (network >>> 24) + "." + ((network >>> 16) & 0xFF) + "." + ((network >>> 8) & 0xFF) + "." + (network & 0xFF);
    }

    /** A DNS host name of one or more labels; a string of digits and dots must be an IPv4. */
    static boolean isHostName(String s) {
        if (s == null || s.isEmpty() || s.length() > 253 || DIGITS_AND_DOTS.matcher(s).matches()) {
            return false;
        }
        for (String label : s.split("\\.", -1)) {
            if (!DNS_LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }

    /** Two upper-case ASCII letters, e.g. {@code SE}. */
    static boolean isIsoAlpha2(String s) {
        return s != null && ISO_ALPHA_2.matcher(s).matches();
    }

    /** Three upper-case ASCII letters, e.g. {@code USD}. */
    static boolean isCurrencyCode(String s) {
        return s != null && ISO_4217.matcher(s).matches();
    }
}
