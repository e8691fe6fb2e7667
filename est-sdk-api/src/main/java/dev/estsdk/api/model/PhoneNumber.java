package dev.estsdk.api.model;

import java.time.Instant;

/**
 * A phone number of the project as EST sees it, and the trunk it is assigned to, if any.
 * Inbound calls to the number reach the trunk's endpoints only while it is assigned.
 *
 * @param id          read-only; the number's id in EST
 * @param phoneNumber the number in E.164, e.g. {@code +15552229999}; required
 * @param sipTrunkId  read-only here (assign with {@code PhoneNumbers.assign}); the trunk, or
 *                    null/empty when unassigned
 * @param countryCode read-only; ISO 3166-1 alpha-2 country of the number, e.g. {@code US}
 * @param createTime  read-only; when it was assigned
 * @param updateTime  read-only; when it last changed, null until then
 */
public record PhoneNumber(String id, String phoneNumber, String sipTrunkId, String countryCode,
                          Instant createTime, Instant updateTime) {

    /**
     * Whether the number is assigned to a trunk.
     *
     * @return true when {@code sipTrunkId} is set and not blank
     */
    public boolean isAssigned() {
        return !Syntax.isBlank(sipTrunkId);
    }

    /**
     * Starts an empty number.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a builder holding every value of this number.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder()
                .id(id)
                .phoneNumber(phoneNumber)
                .sipTrunkId(sipTrunkId)
                .countryCode(countryCode)
                .createTime(createTime)
                .updateTime(updateTime);
    }

    /** Builds a {@link PhoneNumber}; {@link #build()} checks the number. */
    public static final class Builder {
        private String id;
        private String phoneNumber;
        private String sipTrunkId;
        private String countryCode;
        private Instant createTime;
        private Instant updateTime;

        private Builder() {
        }

        /**
         * Sets the id. Read-only on the server.
         *
         * @param id the number's id
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * Sets the number.
         *
         * @param phoneNumber E.164 with the leading {@code +}; required
         * @return this builder
         */
        public Builder phoneNumber(String phoneNumber) {
            this.phoneNumber = phoneNumber;
            return this;
        }

        /**
         * Sets the trunk the number is assigned to.
         *
         * @param sipTrunkId the trunk id, or null when unassigned
         * @return this builder
         */
        public Builder sipTrunkId(String sipTrunkId) {
            this.sipTrunkId = sipTrunkId;
            return this;
        }

        /**
         * Sets the number's country. Read-only on the server.
         *
         * @param countryCode ISO 3166-1 alpha-2, e.g. {@code US}
         * @return this builder
         */
        public Builder countryCode(String countryCode) {
            this.countryCode = countryCode;
            return this;
        }

        /**
         * Sets the creation time. Read-only on the server.
         *
         * @param createTime the time, or null
         * @return this builder
         */
        public Builder createTime(Instant createTime) {
            this.createTime = createTime;
            return this;
        }

        /**
         * Sets the last-update time. Read-only on the server.
         *
         * @param updateTime the time, or null
         * @return this builder
         */
        public Builder updateTime(Instant updateTime) {
            this.updateTime = updateTime;
            return this;
        }

        /**
         * Checks the number and builds it.
         *
         * @return the number
         * @throws dev.estsdk.api.exception.EstValidationException if the number is not E.164
         */
        public PhoneNumber build() {
            Check check = Check.of("PhoneNumber");
            check.e164("phoneNumber", phoneNumber);
            check.throwIfInvalid();
            return new PhoneNumber(id, phoneNumber, sipTrunkId, countryCode, createTime, updateTime);
        }
    }
}
