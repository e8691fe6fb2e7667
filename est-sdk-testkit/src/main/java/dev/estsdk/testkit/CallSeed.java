package dev.estsdk.testkit;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A call detail record to seed into the simulator, so that {@code GET /calls}, the CSV export and
 * the PCAP download have data. Build one with {@link #builder()}; everything not set gets a
 * realistic default.
 *
     * @param callId call id; null for a generated one
 * @param projectId project; null for the simulator's main project
 * @param trunkId the trunk the call went through
 * @param trunkName the trunk's name (CSV column), may be null
 * @param from caller: a number or a SIP URI
 * @param to callee: a number or a SIP URI
 * @param direction {@code INBOUND} or {@code OUTBOUND} (any case; kept upper-case)
 * @param callResult {@code COMPLETED}, {@code NO_ANSWER}, {@code CANCEL}, {@code BUSY} or {@code FAILED}
 *     (any case; kept upper-case)
 * @param createTime when the call started; null for one minute before the simulator's current time
 * @param durationSeconds call duration in seconds
 * @param pricePerMinute price per minute
 * @param currencyCode ISO 4217 currency
 * @param fromCountryCode caller country; null to derive it from {@code from}
 * @param toCountryCode callee country; null to derive it from {@code to}
 * @param emergency whether it was an emergency call
 * @param region edge region such as {@code us-east}
 * @param withPcap whether a packet capture exists for the call
 * @param groupId call group; null for the call id
 * @param parentId parent call id, may be null
 * @param relationshipType relationship to the parent, e.g. {@code initial}
 * @param hasChildren whether the call has child calls
 */
public record CallSeed(@Nullable String callId, @Nullable String projectId, String trunkId,
        @Nullable String trunkName, String from, String to, String direction, String callResult,
        @Nullable Instant createTime, int durationSeconds, BigDecimal pricePerMinute, String currencyCode,
        @Nullable String fromCountryCode, @Nullable String toCountryCode, boolean emergency, String region,
        boolean withPcap, @Nullable String groupId, @Nullable String parentId, String relationshipType,
        boolean hasChildren) {

    /** The values {@link #direction()} may take, as the API reference lists them. */
    public static final List<String> DIRECTIONS = List.of("INBOUND", "OUTBOUND");
    /** The values {@link #callResult()} may take, as the API reference lists them. */
    public static final List<String> CALL_RESULTS = List.of("COMPLETED", "NO_ANSWER", "CANCEL", "BUSY", "FAILED");

    /**
     * Checks the required values and upper-cases {@code direction} and {@code callResult}.
     *
     * @param callId call id; null for a generated one
     * @param projectId project; null for the simulator's main project
     * @param trunkId the trunk the call went through
     * @param trunkName the trunk's name (CSV column), may be null
     * @param from caller: a number or a SIP URI
     * @param to callee: a number or a SIP URI
     * @param direction {@code INBOUND} or {@code OUTBOUND} (any case; kept upper-case)
     * @param callResult {@code COMPLETED}, {@code NO_ANSWER}, {@code CANCEL}, {@code BUSY} or {@code FAILED}
     *     (any case; kept upper-case)
     * @param createTime when the call started; null for one minute before the simulator's current time
     * @param durationSeconds call duration in seconds
     * @param pricePerMinute price per minute
     * @param currencyCode ISO 4217 currency
     * @param fromCountryCode caller country; null to derive it from {@code from}
     * @param toCountryCode callee country; null to derive it from {@code to}
     * @param emergency whether it was an emergency call
     * @param region edge region such as {@code us-east}
     * @param withPcap whether a packet capture exists for the call
     * @param groupId call group; null for the call id
     * @param parentId parent call id, may be null
     * @param relationshipType relationship to the parent, e.g. {@code initial}
     * @param hasChildren whether the call has child calls
     * @throws IllegalArgumentException when {@code direction} or {@code callResult} is not one of
     *     the reference's values, or {@code durationSeconds} is negative
     */
    public CallSeed {
        Objects.requireNonNull(trunkId, "trunkId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        direction = oneOf(direction, "direction", DIRECTIONS);
        callResult = oneOf(callResult, "callResult", CALL_RESULTS);
        Objects.requireNonNull(pricePerMinute, "pricePerMinute");
        Objects.requireNonNull(currencyCode, "currencyCode");
        if (durationSeconds < 0) {
            throw new IllegalArgumentException("durationSeconds must not be negative (was " + durationSeconds + ")");
        }
    }

    private static String oneOf(String value, String field, List<String> allowed) {
        Objects.requireNonNull(value, field);
        String upper = value.toUpperCase(Locale.ROOT);
        if (!allowed.contains(upper)) {
            throw new IllegalArgumentException(field + " must be one of " + String.join(", ", allowed)
                    + " (any case), was '" + value + "'");
        }
        return upper;
    }

    /**
     * Returns a builder with defaults: an answered outbound call of 60 s at 0.0040 USD/min.
     *
     * @return a builder with defaults: an answered outbound call of 60 s at 0.0040 USD/min
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CallSeed}. */
    public static final class Builder {
        private @Nullable String callId;
        private @Nullable String projectId;
        private String trunkId = "01W4FFL35P4NC4K35SIPTRUNK1";
        private @Nullable String trunkName;
        private String from = "+12025550100";
        private String to = "+12025550199";
        private String direction = "OUTBOUND";
        private String callResult = "COMPLETED";
        private @Nullable Instant createTime;
        private int durationSeconds = 60;
        private BigDecimal pricePerMinute = new BigDecimal("0.0040");
        private String currencyCode = "USD";
        private @Nullable String fromCountryCode;
        private @Nullable String toCountryCode;
        private boolean emergency;
        private String region = "us-east";
        private boolean withPcap = true;
        private @Nullable String groupId;
        private @Nullable String parentId;
        private String relationshipType = "initial";
        private boolean hasChildren;

        private Builder() {
        }

        /**
         * Sets the call id.
         *
         * @param value the call id
         * @return this builder
         */
        public Builder callId(String value) {
            this.callId = value;
            return this;
        }

        /**
         * Sets the project id: the project (default: the simulator's main project).
         *
         * @param value the project (default: the simulator's main project)
         * @return this builder
         */
        public Builder projectId(String value) {
            this.projectId = value;
            return this;
        }

        /**
         * Sets the trunk id.
         *
         * @param value the trunk id
         * @return this builder
         */
        public Builder trunkId(String value) {
            this.trunkId = value;
            return this;
        }

        /**
         * Sets the trunk name shown in the CSV export.
         *
         * @param value the trunk name shown in the CSV export
         * @return this builder
         */
        public Builder trunkName(String value) {
            this.trunkName = value;
            return this;
        }

        /**
         * Sets the caller.
         *
         * @param value the caller
         * @return this builder
         */
        public Builder from(String value) {
            this.from = value;
            return this;
        }

        /**
         * Sets the callee.
         *
         * @param value the callee
         * @return this builder
         */
        public Builder to(String value) {
            this.to = value;
            return this;
        }

        /**
         * Sets the direction: {@code INBOUND} or {@code OUTBOUND}, any case.
         *
         * @param value {@code INBOUND} or {@code OUTBOUND}, any case
         * @return this builder
         */
        public Builder direction(String value) {
            this.direction = value;
            return this;
        }

        /**
         * Sets the call result: {@code COMPLETED}, {@code NO_ANSWER}, {@code CANCEL}, {@code BUSY} or {@code FAILED}, any case.
         *
         * @param value {@code COMPLETED}, {@code NO_ANSWER}, {@code CANCEL}, {@code BUSY} or {@code FAILED}, any case
         * @return this builder
         */
        public Builder callResult(String value) {
            this.callResult = value;
            return this;
        }

        /**
         * Sets the create time: when the call started.
         *
         * @param value when the call started
         * @return this builder
         */
        public Builder createTime(Instant value) {
            this.createTime = value;
            return this;
        }

        /**
         * Sets the duration in seconds.
         *
         * @param value duration in seconds
         * @return this builder
         */
        public Builder durationSeconds(int value) {
            this.durationSeconds = value;
            return this;
        }

        /**
         * Sets the price per minute.
         *
         * @param value price per minute
         * @return this builder
         */
        public Builder pricePerMinute(BigDecimal value) {
            this.pricePerMinute = value;
            return this;
        }

        /**
         * Sets the currency code: ISO 4217 currency.
         *
         * @param value ISO 4217 currency
         * @return this builder
         */
        public Builder currencyCode(String value) {
            this.currencyCode = value;
            return this;
        }

        /**
         * Sets the from country code: caller country (ISO alpha-2).
         *
         * @param value caller country (ISO alpha-2)
         * @return this builder
         */
        public Builder fromCountryCode(String value) {
            this.fromCountryCode = value;
            return this;
        }

        /**
         * Sets the to country code: callee country (ISO alpha-2).
         *
         * @param value callee country (ISO alpha-2)
         * @return this builder
         */
        public Builder toCountryCode(String value) {
            this.toCountryCode = value;
            return this;
        }

        /**
         * Sets whether it was an emergency call.
         *
         * @param value whether it was an emergency call
         * @return this builder
         */
        public Builder emergency(boolean value) {
            this.emergency = value;
            return this;
        }

        /**
         * Sets the edge region.
         *
         * @param value edge region
         * @return this builder
         */
        public Builder region(String value) {
            this.region = value;
            return this;
        }

        /**
         * Sets whether a packet capture exists (false for forwarded calls).
         *
         * @param value whether a packet capture exists (false for forwarded calls)
         * @return this builder
         */
        public Builder withPcap(boolean value) {
            this.withPcap = value;
            return this;
        }

        /**
         * Sets the call group.
         *
         * @param value call group
         * @return this builder
         */
        public Builder groupId(String value) {
            this.groupId = value;
            return this;
        }

        /**
         * Sets the parent call id.
         *
         * @param value parent call id
         * @return this builder
         */
        public Builder parentId(String value) {
            this.parentId = value;
            return this;
        }

        /**
         * Sets the relationship type, e.g. {@code initial}.
         *
         * @param value relationship type, e.g. {@code initial}
         * @return this builder
         */
        public Builder relationshipType(String value) {
            this.relationshipType = value;
            return this;
        }

        /**
         * Sets whether the call has child calls.
         *
         * @param value whether the call has child calls
         * @return this builder
         */
        public Builder hasChildren(boolean value) {
            this.hasChildren = value;
            return this;
        }

        /**
         * Returns the seed.
         *
         * @return the seed
         */
        public CallSeed build() {
            return new CallSeed(callId, projectId, trunkId, trunkName, from, to, direction, callResult, createTime,
                    durationSeconds, pricePerMinute, currencyCode, fromCountryCode, toCountryCode, emergency, region,
                    withPcap, groupId, parentId, relationshipType, hasChildren);
        }
    }
}
