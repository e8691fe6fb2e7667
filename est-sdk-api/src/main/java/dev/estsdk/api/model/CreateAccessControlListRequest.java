package dev.estsdk.api.model;

import dev.estsdk.api.exception.EstValidationException;

import java.util.ArrayList;
import java.util.List;

/**
 * What a caller sends to create an access control list. The server chooses the ids of the list
 * and of every range, and the times.
 *
 * <pre>{@code
 * CreateAccessControlListRequest request = CreateAccessControlListRequest.builder()
 *         .name("HQ SBC")
 *         .ipRange("203.0.113.10", 32)
 *         .build();
 * }</pre>
 *
 * <p>A created list does nothing until it is linked to a trunk with
 * {@code SipTrunks.addAccessControlLists}.
 * @param name     friendly name: not blank, at most {@value FieldRules#MAX_TEXT_LENGTH} characters,
 *                 no control characters
 * @param enabled  whether the list is in force; lets you disable it without deleting it
 * @param ipRanges the allowed networks: at least one, none null
 */
public record CreateAccessControlListRequest(String name, boolean enabled, List<NewIpRange> ipRanges) {

    /**
     * Creates the request after checking every rule; the list is copied.
     * @param name     see {@link #name()}
     * @param enabled  see {@link #enabled()}
     * @param ipRanges see {@link #ipRanges()}
     * @throws EstValidationException listing every broken rule of the components above
     */
    public CreateAccessControlListRequest {
        Check check = Check.of("CreateAccessControlListRequest");
        check.notBlank("name", name);
        RangeEntries.checkGiven(check, ipRanges, true);
        check.throwIfInvalid();
        ipRanges = List.copyOf(ipRanges);
    }

    /** {@return a builder of an enabled list without ranges; set {@code name}, add a range} */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the values of a {@link CreateAccessControlListRequest}; {@link #build()} checks them. */
    public static final class Builder extends AclFieldsBuilder<Builder> {

        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * {@return the request}
         * @throws EstValidationException listing every broken rule, ranges named by index, e.g.
         *         {@code ipRanges[1].range: must be between 1 and 32 (was 33)}
         */
        public CreateAccessControlListRequest build() {
            Check check = Check.of("CreateAccessControlListRequest");
            check.notBlank("name", name);
            ipRanges.check(check, true);
            check.throwIfInvalid();
            List<NewIpRange> ranges = ipRanges.toRanges();
            return new CreateAccessControlListRequest(name, enabled, ranges == null ? null : new ArrayList<>(ranges));
        }
    }
}
