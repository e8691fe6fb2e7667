package dev.estsdk.api.model;

import org.jspecify.annotations.Nullable;

import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.FieldViolation;

import java.time.Instant;
import java.util.List;

/**
 * An IPv4 network allowed by an {@link AccessControlList}: {@code ipAddress} plus the prefix
 * length {@code range} (32 = one host, the default).
 *
 * <p><b>The CIDR trap:</b> EST wants an object {@code {"ipAddress":"203.0.113.0","range":24}}; a
 * CIDR string such as {@code "203.0.113.0/24"} is rejected with 400 {@code VALIDATION_FAILED}.
 * Use {@link #ofCidr(String)} to turn CIDR notation into this object.
 *
 * @param id                  read-only; the range id
 * @param description         optional free text, e.g. {@code "HQ SBC"}
 * @param ipAddress           dotted-quad IPv4 start address; required
 * @param range               prefix length, 1 to 32 (32 by default)
 * @param accessControlListId read-only; the owning list
 * @param createTime          read-only; when it was created
 * @param updateTime          read-only; when it last changed, null until then
 * @param projectId           read-only; the owning project
 */
public record IpRange(@Nullable String id, @Nullable String description, String ipAddress, int range,
                      @Nullable String accessControlListId, @Nullable Instant createTime,
                      @Nullable Instant updateTime, @Nullable String projectId) {
    /** The prefix length used when none is set: 32, a single host, as on the server. */
    public static final int DEFAULT_RANGE = 32;

    /**
     * Parses CIDR notation into a range: {@code "203.0.113.0/24"} gives ip address
     * {@code 203.0.113.0} and range 24; an address without a prefix is a single host (32).
     *
     * @param cidr e.g. {@code "203.0.113.10/32"}
     * @return the range, without description
     * @throws EstValidationException if the address is not a dotted-quad IPv4 or the prefix is
     *                                not a number from 1 to 32
     */
    public static IpRange ofCidr(String cidr) {
        if (cidr == null || cidr.isBlank()) {
            throw invalidCidr("is required");
        }
        int slash = cidr.indexOf('/');
        String address = slash < 0 ? cidr.strip() : cidr.substring(0, slash).strip();
        int prefix = DEFAULT_RANGE;
        if (slash >= 0) {
            String digits = cidr.substring(slash + 1).strip();
            if (!digits.matches("[0-9]{1,2}")) {
                throw invalidCidr("must look like 203.0.113.0/24 (address/prefix length)");
            }
            prefix = Integer.parseInt(digits);
        }
        return builder().ipAddress(address).range(prefix).build();
    }

    private static EstValidationException invalidCidr(String rule) {
        return new EstValidationException("IpRange", List.of(new FieldViolation("cidr", rule)));
    }

    /**
     * Starts a builder with range 32; set at least {@code ipAddress}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a builder holding every value of this range, to change it before a
     * full-replacement update.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder()
                .id(id)
                .description(description)
                .ipAddress(ipAddress)
                .range(range)
                .accessControlListId(accessControlListId)
                .createTime(createTime)
                .updateTime(updateTime)
                .projectId(projectId);
    }

    /** Builds an {@link IpRange}; {@link #build()} checks the writable fields. */
    public static final class Builder extends ResourceBuilder<Builder> {
        private String description;
        private String ipAddress;
        private int range = DEFAULT_RANGE;
        private String accessControlListId;

        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * Sets the description.
         *
         * @param description free text, or null
         * @return this builder
         */
        public Builder description(@Nullable String description) {
            this.description = description;
            return this;
        }

        /**
         * Sets the network's start address.
         *
         * @param ipAddress a dotted-quad IPv4 address without prefix, e.g. {@code 203.0.113.0}
         * @return this builder
         */
        public Builder ipAddress(String ipAddress) {
            this.ipAddress = ipAddress;
            return this;
        }

        /**
         * Sets the prefix length.
         *
         * @param range 1 to 32; 32 (one host) unless set
         * @return this builder
         */
        public Builder range(int range) {
            this.range = range;
            return this;
        }

        /**
         * Sets the owning access control list. Read-only on the server.
         *
         * @param accessControlListId the list id
         * @return this builder
         */
        public Builder accessControlListId(String accessControlListId) {
            this.accessControlListId = accessControlListId;
            return this;
        }

        /**
         * Checks the writable fields and builds the range.
         *
         * @return the range
         * @throws EstValidationException listing every broken rule: an address that is not a
         *                                dotted-quad IPv4, a range outside 1 to 32
         */
        public IpRange build() {
            Check check = Check.of("IpRange");
            check(check);
            check.throwIfInvalid();
            return unchecked();
        }

        void check(Check check) {
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

        IpRange unchecked() {
            return new IpRange(id, description, ipAddress, range, accessControlListId, createTime,
                    updateTime, projectId);
        }
    }
}
