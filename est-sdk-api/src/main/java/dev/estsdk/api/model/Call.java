package dev.estsdk.api.model;

import java.time.Instant;

/**
 * A call detail record. Every field is read-only; the builder exists for fakes and tests.
 * Values are kept as the server reports them: {@code from} and {@code to} are not always E.164
 * (a SIP URI or digits without {@code +} occur).
 *
 * @param callId                 the call's id (opaque; may be a SIP Call-ID)
 * @param from                   inbound: the caller; outbound: the number used as caller id
 * @param to                     inbound: the number dialled; outbound: the destination
 * @param direction              {@link Direction#INBOUND} or {@link Direction#OUTBOUND}
 * @param answerTime             when the call was answered, or null
 * @param endTime                when the call ended, or null
 * @param durationSeconds        inbound: start to end; outbound: answer to end; or null
 * @param billingDurationSeconds the duration rounded to billing increments, or null
 * @param callResult             how the call ended
 * @param pricePerMinute         the rate, or null
 * @param price                  the total, filled when the call ends; or null
 * @param createTime             when the call started
 * @param projectId              the owning project
 * @param trunkId                the trunk that carried the call
 * @param pcapId                 the id for {@code Calls.downloadPcap} (packet captures are kept
 *                               10 days; none for forwarded calls), or null
 */
public record Call(String callId, String from, String to, Direction direction, Instant answerTime,
                   Instant endTime, Integer durationSeconds, Integer billingDurationSeconds,
                   CallResult callResult, Money pricePerMinute, Money price, Instant createTime,
                   String projectId, String trunkId, String pcapId) {

    /**
     * Starts an empty call record.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a builder holding every value of this record.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder()
                .callId(callId)
                .from(from)
                .to(to)
                .direction(direction)
                .answerTime(answerTime)
                .endTime(endTime)
                .durationSeconds(durationSeconds)
                .billingDurationSeconds(billingDurationSeconds)
                .callResult(callResult)
                .pricePerMinute(pricePerMinute)
                .price(price)
                .createTime(createTime)
                .projectId(projectId)
                .trunkId(trunkId)
                .pcapId(pcapId);
    }

    /** Builds a {@link Call}; every field is optional. */
    public static final class Builder {
        private String callId;
        private String from;
        private String to;
        private Direction direction;
        private Instant answerTime;
        private Instant endTime;
        private Integer durationSeconds;
        private Integer billingDurationSeconds;
        private CallResult callResult;
        private Money pricePerMinute;
        private Money price;
        private Instant createTime;
        private String projectId;
        private String trunkId;
        private String pcapId;

        private Builder() {
        }

        /**
         * Sets the call id.
         *
         * @param callId the id
         * @return this builder
         */
        public Builder callId(String callId) {
            this.callId = callId;
            return this;
        }

        /**
         * Sets the calling party.
         *
         * @param from a number or SIP URI
         * @return this builder
         */
        public Builder from(String from) {
            this.from = from;
            return this;
        }

        /**
         * Sets the called party.
         *
         * @param to a number or SIP URI
         * @return this builder
         */
        public Builder to(String to) {
            this.to = to;
            return this;
        }

        /**
         * Sets the direction.
         *
         * @param direction the direction
         * @return this builder
         */
        public Builder direction(Direction direction) {
            this.direction = direction;
            return this;
        }

        /**
         * Sets the answer time.
         *
         * @param answerTime the time, or null
         * @return this builder
         */
        public Builder answerTime(Instant answerTime) {
            this.answerTime = answerTime;
            return this;
        }

        /**
         * Sets the end time.
         *
         * @param endTime the time, or null
         * @return this builder
         */
        public Builder endTime(Instant endTime) {
            this.endTime = endTime;
            return this;
        }

        /**
         * Sets the duration.
         *
         * @param durationSeconds seconds, or null
         * @return this builder
         */
        public Builder durationSeconds(Integer durationSeconds) {
            this.durationSeconds = durationSeconds;
            return this;
        }

        /**
         * Sets the billed duration.
         *
         * @param billingDurationSeconds seconds, or null
         * @return this builder
         */
        public Builder billingDurationSeconds(Integer billingDurationSeconds) {
            this.billingDurationSeconds = billingDurationSeconds;
            return this;
        }

        /**
         * Sets how the call ended.
         *
         * @param callResult the result
         * @return this builder
         */
        public Builder callResult(CallResult callResult) {
            this.callResult = callResult;
            return this;
        }

        /**
         * Sets the rate.
         *
         * @param pricePerMinute the rate, or null
         * @return this builder
         */
        public Builder pricePerMinute(Money pricePerMinute) {
            this.pricePerMinute = pricePerMinute;
            return this;
        }

        /**
         * Sets the total price.
         *
         * @param price the total, or null
         * @return this builder
         */
        public Builder price(Money price) {
            this.price = price;
            return this;
        }

        /**
         * Sets when the call started.
         *
         * @param createTime the time, or null
         * @return this builder
         */
        public Builder createTime(Instant createTime) {
            this.createTime = createTime;
            return this;
        }

        /**
         * Sets the owning project.
         *
         * @param projectId the project id
         * @return this builder
         */
        public Builder projectId(String projectId) {
            this.projectId = projectId;
            return this;
        }

        /**
         * Sets the trunk that carried the call.
         *
         * @param trunkId the trunk id
         * @return this builder
         */
        public Builder trunkId(String trunkId) {
            this.trunkId = trunkId;
            return this;
        }

        /**
         * Sets the packet-capture id.
         *
         * @param pcapId the id, or null
         * @return this builder
         */
        public Builder pcapId(String pcapId) {
            this.pcapId = pcapId;
            return this;
        }

        /**
         * Builds the call record; nothing is checked, since every field is server data.
         *
         * @return the call record
         */
        public Call build() {
            return new Call(callId, from, to, direction, answerTime, endTime, durationSeconds,
                    billingDurationSeconds, callResult, pricePerMinute, price, createTime, projectId,
                    trunkId, pcapId);
        }
    }
}
