package dev.estsdk.api.model;

import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.FieldViolation;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * An IPv4 network to allow, as sent when creating an access control list or adding a range to
 * one: {@code ipAddress} plus the prefix length {@code range} (32 = one host, the default).
 *
 * <p><b>The CIDR trap:</b> EST wants an object {@code {"ipAddress":"203.0.113.0","range":24}}; a
 * CIDR string such as {@code "203.0.113.0/24"} is rejected with 400 {@code VALIDATION_FAILED}.
 * Use {@link #ofCidr(String)} to turn CIDR notation into this object.
 * @param description optional free text, e.g. {@code "HQ SBC"}: null, or not blank, at most
 *                    {@value FieldRules#MAX_TEXT_LENGTH} characters, no control characters
 * @param ipAddress   the network address, a dotted-quad IPv4 address with no host bits set for
 *                    its range ({@code 203.0.113.0} for a /24, not {@code 203.0.113.5})
 * @param range       the prefix length, 1 to 32
 */
public record NewIpRange(@Nullable String description, String ipAddress, int range) {

    /**
     * Creates the range after checking every rule.
     * @param description see {@link #description()}
     * @param ipAddress   see {@link #ipAddress()}
     * @param range       see {@link #range()}
     * @throws EstValidationException listing every broken rule of the components above
     */
    public NewIpRange {
        Check check = Check.of("NewIpRange");
        checkWritable(check, description, ipAddress, range);
        check.throwIfInvalid();
    }

    /**
     * A range of the given network and prefix length, without description.
     * @param ipAddress the network address, e.g. {@code 203.0.113.0}
     * @param range     the prefix length, 1 to 32
     * @return the range
     * @throws EstValidationException if the address or the prefix length breaks a rule
     */
    public static NewIpRange of(String ipAddress, int range) {
        return new NewIpRange(null, ipAddress, range);
    }

    /**
     * Parses CIDR notation into a range: {@code "203.0.113.0/24"} gives ip address
     * {@code 203.0.113.0} and range 24; an address without a prefix is a single host (32).
     * @param cidr e.g. {@code "203.0.113.10/32"}
     * @return the range, without description
     * @throws EstValidationException if the address is not a dotted-quad IPv4, the prefix is
     *                                not a number from 1 to 32 or host bits are set
     */
    public static NewIpRange ofCidr(String cidr) {
        if (cidr == null || cidr.isBlank()) {
            throw invalidCidr("is required");
        }
        int slash = cidr.indexOf('/');
        String address = slash < 0 ? cidr.strip() : cidr.substring(0, slash).strip();
        int prefix = IpRange.DEFAULT_RANGE;
        if (slash >= 0) {
            String digits = cidr.substring(slash + 1).strip();
            if (!digits.matches("[0-9]{1,2}")) {
                throw invalidCidr("must look like 203.0.113.0/24 (address/prefix length)");
            }
            prefix = Integer.parseInt(digits);
        }
        return new NewIpRange(null, address, prefix);
    }

    private static EstValidationException invalidCidr(String rule) {
        return new EstValidationException("NewIpRange", List.of(new FieldViolation("cidr", rule)));
    }

    /** {@return a builder of a one-host range (range 32); set at least {@code ipAddress}} */
    public static Builder builder() {
        return new Builder();
    }

    /** The rules of a range's writable fields, shared by every request that sends a range. */
    static void checkWritable(Check check, @Nullable String description, @Nullable String ipAddress, int range) {
        check.blankIfSet("description", description);
        check.ipv4("ipAddress", ipAddress);
        check.between("range", range, 1, 32);
        if (Syntax.isIpv4(ipAddress) && range >= 1 && range <= 32) {
            String network = Syntax.networkAddress(ipAddress, range);
            if (!network.equals(ipAddress)) {
                check.fail("ipAddress", "must be the network address of its /" + range + " range: "
                        + ipAddress + "/" + range + " has host bits set; use " + network + "/" + range);
            }
        }
    }

    /**
     * A range read from the server as an update carries it: the network address of
     * {@code ipAddress/range} when the server holds the address with host bits set (the same
     * network), and a blank description as none.
     */
    static String keptAddress(@Nullable String ipAddress, int range) {
        return Syntax.isIpv4(ipAddress) && range >= 1 && range <= 32 ? Syntax.networkAddress(ipAddress, range)
                : ipAddress;
    }

    static @Nullable String keptDescription(@Nullable String description) {
        return description == null || description.isBlank() ? null : description;
    }

    /** Collects the values of a {@link NewIpRange}; {@link #build()} checks them. */
    public static final class Builder extends RangeFieldsBuilder<Builder> {

        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * {@return the range}
         * @throws EstValidationException listing every broken rule
         */
        public NewIpRange build() {
            return new NewIpRange(description, ipAddress, range);
        }

        RangeEntries.Entry entry() {
            return new RangeEntries.Entry(description, ipAddress, range);
        }
    }
}
