package dev.estsdk.twilio.model;

import org.jspecify.annotations.Nullable;

/**
 * The fields a trunk is created with ({@code POST /v1/Trunks}). Every field is optional, as on
 * Twilio; only the fields set are sent, and Twilio applies its defaults to the rest. Server-owned
 * fields (SID, dates, URLs, {@code auth_type}, symmetric RTP, recording) cannot be set here:
 * change recording with an {@link UpdateRecordingRequest} afterwards.
 *
 * <pre>{@code
 * CreateTrunkRequest request = CreateTrunkRequest.builder()
 *         .friendlyName("Acme HQ")
 *         .domainName("acme-hq.pstn.twilio.com")
 *         .secure(true)
 *         .build();
 * }</pre>
 *
 * <p>The constructor checks every rule and reports all broken ones at once in one
 * {@link dev.estsdk.api.exception.EstValidationException} naming each field by its builder
 * property, so an instance is always valid.
 *
 * @param friendlyName           up to 64 characters, no control characters; null to leave unset
 * @param domainName             the termination URI, {@code {name}.pstn.twilio.com}, unique across
 *                               Twilio; null to leave unset
 * @param disasterRecoveryUrl    absolute http(s) URL of TwiML run when no origination URL takes a call
 * @param disasterRecoveryMethod {@code GET} or {@code POST}
 * @param transferMode           whether SIP REFER transfers are accepted
 * @param transferCallerId       whose caller ID a transfer target sees
 * @param secure                 true to accept only TLS signalling and SRTP media
 * @param cnamLookupEnabled      true for caller-name lookups on inbound calls
 */
public record CreateTrunkRequest(@Nullable String friendlyName, @Nullable String domainName, @Nullable String disasterRecoveryUrl,
                                 @Nullable HttpMethod disasterRecoveryMethod, @Nullable TransferMode transferMode,
                                 @Nullable TransferCallerId transferCallerId, @Nullable Boolean secure, @Nullable Boolean cnamLookupEnabled) {

    /**
     * Checks every field.
     *
     * @param friendlyName           the name
     * @param domainName             the domain name
     * @param disasterRecoveryUrl    the disaster-recovery URL
     * @param disasterRecoveryMethod the disaster-recovery method
     * @param transferMode           the transfer mode
     * @param transferCallerId       the transfer caller ID
     * @param secure                 secure trunking
     * @param cnamLookupEnabled      CNAM lookup
     * @throws dev.estsdk.api.exception.EstValidationException listing every broken rule
     */
    public CreateTrunkRequest {
        TrunkFields.check(Violations.of("CreateTrunkRequest"), friendlyName, domainName, disasterRecoveryUrl,
                disasterRecoveryMethod, transferMode, transferCallerId).throwIfAny();
    }

    /**
     * Starts an empty request.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CreateTrunkRequest}; {@link #build()} checks every field. */
    public static final class Builder extends TrunkFieldsBuilder<Builder> {
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
        public CreateTrunkRequest build() {
            return new CreateTrunkRequest(friendlyName, domainName, disasterRecoveryUrl, disasterRecoveryMethod,
                    transferMode, transferCallerId, secure, cnamLookupEnabled);
        }
    }
}
