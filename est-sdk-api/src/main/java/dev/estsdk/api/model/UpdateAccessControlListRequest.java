package dev.estsdk.api.model;

import dev.estsdk.api.exception.EstValidationException;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Objects;

/**
 * A full replacement of an access control list's writable fields ({@code PUT}): its name, whether
 * it is enabled and its ranges, all sent. Start from the fetched list so its ranges are kept:
 * {@code acls.update(acl.toUpdate().enabled(false).build())}. Ranges can also be changed one by
 * one with {@code AccessControlLists.addIpRange}/{@code updateIpRange}/{@code deleteIpRange}.
 * @param accessControlListId the list to replace: an id as the API returned it
 * @param name                the new friendly name: not blank, at most
 *                            {@value FieldRules#MAX_TEXT_LENGTH} characters, no control characters
 * @param enabled             whether the list is in force
 * @param ipRanges            the list's networks after the update; none null (may be empty, since
 *                            ranges can also be deleted one by one)
 */
public record UpdateAccessControlListRequest(String accessControlListId, String name, boolean enabled,
                                             List<NewIpRange> ipRanges) {

    /**
     * Creates the request after checking every rule; the list is copied.
     * @param accessControlListId see {@link #accessControlListId()}
     * @param name                see {@link #name()}
     * @param enabled             see {@link #enabled()}
     * @param ipRanges            see {@link #ipRanges()}
     * @throws EstValidationException listing every broken rule of the components above
     */
    public UpdateAccessControlListRequest {
        Check check = Check.of("UpdateAccessControlListRequest");
        check.apply("accessControlListId", FieldRules.id(accessControlListId));
        check.notBlank("name", name);
        RangeEntries.checkGiven(check, ipRanges, false);
        check.throwIfInvalid();
        ipRanges = List.copyOf(ipRanges);
    }

    /**
     * {@return a builder with no name, enabled and without ranges} Prefer
     * {@link #from(AccessControlList)}: a full replacement clears what is left unset.
     * @param accessControlListId the list to change
     */
    public static Builder builder(String accessControlListId) {
        return new Builder(accessControlListId);
    }

    /**
     * {@return a builder holding a fetched list's id and current writable values, ranges included}
     * A range the server holds with host bits set ({@code 15.15.15.15/20}) is carried as its
     * network address ({@code 15.15.0.0/20}, the same network), so the update passes the rules
     * ranges you add must meet; a blank description is carried as none.
     * @param value the list as read from the server
     */
    public static Builder from(AccessControlList value) {
        Objects.requireNonNull(value, "value");
        Builder builder = new Builder(value.id()).name(value.name()).enabled(value.enabled());
        for (IpRange range : value.ipRanges()) {
            builder.ipRanges.add(NewIpRange.keptDescription(range.description()),
                    NewIpRange.keptAddress(range.ipAddress(), range.range()), range.range());
        }
        return builder;
    }

    /** Collects the values of a {@link UpdateAccessControlListRequest}; {@link #build()} checks them. */
    public static final class Builder extends AclFieldsBuilder<Builder> {
        private final @Nullable String accessControlListId;

        private Builder(@Nullable String accessControlListId) {
            this.accessControlListId = accessControlListId;
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * {@return the request}
         * @throws EstValidationException listing every broken rule, ranges named by index
         */
        public UpdateAccessControlListRequest build() {
            Check check = Check.of("UpdateAccessControlListRequest");
            check.apply("accessControlListId", FieldRules.id(accessControlListId));
            check.notBlank("name", name);
            ipRanges.check(check, false);
            check.throwIfInvalid();
            return new UpdateAccessControlListRequest(accessControlListId, name, enabled, ipRanges.toRanges());
        }
    }
}
