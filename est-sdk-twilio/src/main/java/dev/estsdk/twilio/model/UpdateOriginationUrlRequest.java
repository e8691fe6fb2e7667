package dev.estsdk.twilio.model;

import org.jspecify.annotations.Nullable;

/**
 * A partial update of an origination URL ({@code POST /v1/Trunks/{TrunkSid}/OriginationUrls/{Sid}}):
 * it holds only the fields the caller set, only those are sent, and every field left unset
 * (null) keeps its stored value.
 *
 * <pre>{@code
 * UpdateOriginationUrlRequest.builder().enabled(false).build();   // only Enabled=false is sent
 * }</pre>
 *
 * @param friendlyName up to 64 characters; null to keep it
 * @param sipUrl       a {@code sip:} URL; null to keep it
 * @param priority     0 to 65535; null to keep it
 * @param weight       1 to 65535; null to keep it
 * @param enabled      whether calls are routed to it; null to keep it
 */
public record UpdateOriginationUrlRequest(@Nullable String friendlyName, @Nullable String sipUrl, @Nullable Integer priority, @Nullable Integer weight,
                                          @Nullable Boolean enabled) {

    /**
     * Checks every field that is set.
     *
     * @param friendlyName the name
     * @param sipUrl       the SIP URL
     * @param priority     the priority
     * @param weight       the weight
     * @param enabled      whether it is enabled
     * @throws dev.estsdk.api.exception.EstValidationException listing every broken rule, or when no
     *         field is set
     */
    public UpdateOriginationUrlRequest {
        Violations.of("UpdateOriginationUrlRequest")
                .ifSet("friendlyName", friendlyName, n -> TwilioRules.friendlyName(n, TwilioRules.MAX_SHORT_NAME_LENGTH))
                .ifSet("sipUrl", sipUrl, TwilioRules::sipUrl)
                .ifSet("priority", priority, TwilioRules::priority)
                .ifSet("weight", weight, TwilioRules::weight)
                .anySet(friendlyName, sipUrl, priority, weight, enabled)
                .throwIfAny();
    }

    /**
     * Starts an empty update; set at least one field.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link UpdateOriginationUrlRequest}; {@link #build()} checks the fields set. */
    public static final class Builder extends OriginationUrlFieldsBuilder<Builder> {
        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * Checks the fields set and builds the update.
         *
         * @return the update
         * @throws dev.estsdk.api.exception.EstValidationException listing every broken rule, or when
         *         no field is set
         */
        public UpdateOriginationUrlRequest build() {
            return new UpdateOriginationUrlRequest(friendlyName, sipUrl, priority, weight, enabled);
        }
    }
}
