package dev.estsdk.twilio.model;

/**
 * A new origination URL of a trunk ({@code POST /v1/Trunks/{TrunkSid}/OriginationUrls}). Twilio
 * requires all five fields, so all five are always sent; the builder starts with Twilio's
 * documented defaults (priority 10, weight 10, enabled), and only {@code friendlyName} and
 * {@code sipUrl} must be set. At most 10 per trunk.
 *
 * <pre>{@code
 * CreateOriginationUrlRequest.builder()
 *         .friendlyName("PBX primary")
 *         .sipUrl("sip:pbx1.example.com;transport=tls")
 *         .priority(10).weight(60)
 *         .build();
 * }</pre>
 *
 * @param friendlyName up to 64 characters, no control characters; required
 * @param sipUrl       a {@code sip:} URL (not {@code sips:}); required
 * @param priority     0 to 65535, lowest tried first
 * @param weight       1 to 65535, the share among URLs of equal priority
 * @param enabled      whether calls are routed to it
 */
public record CreateOriginationUrlRequest(String friendlyName, String sipUrl, int priority, int weight,
                                          boolean enabled) {

    /** The priority the builder starts with, Twilio's documented default. */
    public static final int DEFAULT_PRIORITY = 10;
    /** The weight the builder starts with, Twilio's documented default. */
    public static final int DEFAULT_WEIGHT = 10;

    /**
     * Checks every field.
     *
     * @param friendlyName the name
     * @param sipUrl       the SIP URL
     * @param priority     the priority
     * @param weight       the weight
     * @param enabled      whether it is enabled
     * @throws dev.estsdk.api.exception.EstValidationException listing every broken rule
     */
    public CreateOriginationUrlRequest {
        Violations.of("CreateOriginationUrlRequest")
                .apply("friendlyName", TwilioRules.friendlyName(friendlyName, TwilioRules.MAX_SHORT_NAME_LENGTH))
                .apply("sipUrl", TwilioRules.sipUrl(sipUrl))
                .apply("priority", TwilioRules.priority(priority))
                .apply("weight", TwilioRules.weight(weight))
                .throwIfAny();
    }

    /**
     * Starts a request with priority 10, weight 10, enabled; set the name and the SIP URL.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CreateOriginationUrlRequest}; {@link #build()} checks every field. */
    public static final class Builder extends OriginationUrlFieldsBuilder<Builder> {
        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * Checks every field and builds the request.
         *
         * @return the request
         * @throws dev.estsdk.api.exception.EstValidationException listing every broken rule
         */
        // Unset required fields go to the constructor as null on purpose: it reports each as
        // "is required", with every other broken rule, instead of failing on the first.
        @SuppressWarnings("NullAway")
        public CreateOriginationUrlRequest build() {
            return new CreateOriginationUrlRequest(friendlyName, sipUrl,
                    priority == null ? DEFAULT_PRIORITY : priority, weight == null ? DEFAULT_WEIGHT : weight,
                    enabled == null || enabled);
        }
    }
}
