package dev.estsdk.api.model;

import dev.estsdk.api.exception.EstValidationException;
import org.jspecify.annotations.Nullable;

import java.util.Objects;

/**
 * A full replacement of one IP range's writable fields ({@code PUT}): description, address and
 * prefix length, all sent. {@code acls.updateIpRange(range.toUpdate().range(24).build())}.
 * @param accessControlListId the list holding the range: an id as the API returned it
 * @param ipRangeId           the range to replace: an id as the API returned it
 * @param description         see {@link NewIpRange#description()}
 * @param ipAddress           see {@link NewIpRange#ipAddress()}
 * @param range               see {@link NewIpRange#range()}
 */
public record UpdateIpRangeRequest(String accessControlListId, String ipRangeId, @Nullable String description,
                                   String ipAddress, int range) {

    /**
     * Creates the request after checking every rule.
     * @param accessControlListId see {@link #accessControlListId()}
     * @param ipRangeId           see {@link #ipRangeId()}
     * @param description         see {@link #description()}
     * @param ipAddress           see {@link #ipAddress()}
     * @param range               see {@link #range()}
     * @throws EstValidationException listing every broken rule of the components above
     */
    public UpdateIpRangeRequest {
        Check check = Check.of("UpdateIpRangeRequest");
        check.apply("accessControlListId", FieldRules.id(accessControlListId));
        check.apply("ipRangeId", FieldRules.id(ipRangeId));
        NewIpRange.checkWritable(check, description, ipAddress, range);
        check.throwIfInvalid();
    }

    /**
     * {@return a builder with no address, no description and range 32} Prefer
     * {@link #from(IpRange)}: a full replacement clears what is left unset.
     * @param accessControlListId the list holding the range
     * @param ipRangeId           the range to change
     */
    public static Builder builder(String accessControlListId, String ipRangeId) {
        return new Builder(accessControlListId, ipRangeId);
    }

    /**
     * {@return a builder holding a fetched range's ids and current writable values} An address
     * the server holds with host bits set is carried as its network address (the same network);
     * a blank description as none.
     * @param value the range as read from the server
     */
    public static Builder from(IpRange value) {
        Objects.requireNonNull(value, "value");
        return new Builder(value.accessControlListId(), value.id())
                .description(NewIpRange.keptDescription(value.description()))
                .ipAddress(NewIpRange.keptAddress(value.ipAddress(), value.range()))
                .range(value.range());
    }

    /** Collects the values of a {@link UpdateIpRangeRequest}; {@link #build()} checks them. */
    public static final class Builder extends RangeFieldsBuilder<Builder> {
        private final @Nullable String accessControlListId;
        private final @Nullable String ipRangeId;

        private Builder(@Nullable String accessControlListId, @Nullable String ipRangeId) {
            this.accessControlListId = accessControlListId;
            this.ipRangeId = ipRangeId;
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * {@return the request}
         * @throws EstValidationException listing every broken rule
         */
        public UpdateIpRangeRequest build() {
            return new UpdateIpRangeRequest(accessControlListId, ipRangeId, description, ipAddress, range);
        }
    }
}
