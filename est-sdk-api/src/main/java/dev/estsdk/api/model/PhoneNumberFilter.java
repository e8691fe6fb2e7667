package dev.estsdk.api.model;

import org.jspecify.annotations.Nullable;

/**
 * Narrows a phone number listing. There is no trunk-scoped numbers path in EST
 * ({@code /trunks/{id}/phoneNumbers} answers 404): list a trunk's numbers by filtering on
 * {@code sipTrunkId} instead.
 *
 * <pre>{@code
 * est.phoneNumbers().list(PhoneNumberFilter.forTrunk(trunk.id()));
 * }</pre>
 * @param sipTrunkId only numbers assigned to this trunk; null for every number of the project
 */
public record PhoneNumberFilter(@Nullable String sipTrunkId) {

    private static final PhoneNumberFilter ALL = new PhoneNumberFilter(null);

    /**
     * Creates the filter.
     * @param sipTrunkId see {@link #sipTrunkId()}
     * @throws dev.estsdk.api.exception.EstValidationException if the trunk id is set but is not
     *         an id as the API returns it (blank, white space, path characters)
     */
    public PhoneNumberFilter {
        if (sipTrunkId != null) {
            Check check = Check.of("PhoneNumberFilter");
            check.apply("sipTrunkId", FieldRules.id(sipTrunkId));
            check.throwIfInvalid();
        }
    }

    /** {@return the filter that matches every number of the project} */
    public static PhoneNumberFilter all() {
        return ALL;
    }

    /**
     * {@return the filter that matches the numbers assigned to one trunk}
     * @param sipTrunkId the trunk id
     * @throws dev.estsdk.api.exception.EstValidationException if the id is null or blank
     */
    public static PhoneNumberFilter forTrunk(String sipTrunkId) {
        Check check = Check.of("PhoneNumberFilter");
        check.apply("sipTrunkId", FieldRules.id(sipTrunkId));
        check.throwIfInvalid();
        return new PhoneNumberFilter(sipTrunkId);
    }

    /** {@return a builder without conditions} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this filter's conditions} */
    public Builder toBuilder() {
        return new Builder().sipTrunkId(sipTrunkId);
    }

    /** Builds a {@link PhoneNumberFilter}. */
    public static final class Builder {
        private @Nullable String sipTrunkId;

        private Builder() {
        }

        /**
         * Keeps only the numbers assigned to one trunk.
         * @param sipTrunkId the trunk id, or null for every number
         * @return this builder
         */
        public Builder sipTrunkId(@Nullable String sipTrunkId) {
            this.sipTrunkId = sipTrunkId;
            return this;
        }

        /**
         * {@return the filter}
         * @throws dev.estsdk.api.exception.EstValidationException if the trunk id is invalid
         */
        public PhoneNumberFilter build() {
            return new PhoneNumberFilter(sipTrunkId);
        }
    }
}
