package dev.estsdk.testkit.internal.model;

/** Dotted-quad IPv4 parsing, nothing else. */
public final class Ipv4 {

    private Ipv4() {
    }

    /**
     * @param text a candidate like {@code 203.0.113.10}
     * @return the address as an unsigned 32-bit value, or -1 when it is not a dotted quad
     */
    public static long parse(String text) {
        if (text == null) {
            return -1;
        }
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return -1;
        }
        long value = 0;
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit)) {
                return -1;
            }
            int octet = Integer.parseInt(p);
            if (octet > 255) {
                return -1;
            }
            value = (value << 8) | octet;
        }
        return value;
    }

    /**
     * @param text a candidate
     * @return whether it is a dotted-quad IPv4 address
     */
    public static boolean isValid(String text) {
        return parse(text) >= 0;
    }
}
