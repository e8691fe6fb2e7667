package dev.estsdk.twilio.model;

import org.jspecify.annotations.Nullable;

/**
 * A partial update of a trunk ({@code POST /v1/Trunks/{Sid}}): it holds only the fields the
 * caller set, only those are sent, and every field left unset (null) keeps its stored value on
 * Twilio. This is the opposite of a full replacement: there is no need to read the trunk first.
 * {@link Builder#clearDisasterRecoveryUrl()} sends an empty {@code DisasterRecoveryUrl=}, which
 * removes the URL. Server-owned fields cannot be set; change recording with an
 * {@link UpdateRecordingRequest}.
 *
 * <pre>{@code
 * UpdateTrunkRequest request = UpdateTrunkRequest.builder().secure(true).build();  // only Secure=true is sent
 * }</pre>
 *
 * <p>The constructor checks every rule and reports all broken ones at once in one
 * {@link dev.estsdk.api.exception.EstValidationException} naming each field by its builder
 * property, so an instance is always valid.
 *
 * @param friendlyName           up to 64 characters, no control characters; null to leave unset
 * @param domainName             the termination URI, {@code {name}.pstn.twilio.com}, unique across
 *                               Twilio; null to leave unset
 * @param disasterRecoveryUrl    absolute http(s) URL of TwiML run when no origination URL takes a call;
 *                               the empty string removes the URL
 * @param disasterRecoveryMethod {@code GET} or {@code POST}
 * @param transferMode           whether SIP REFER transfers are accepted
 * @param transferCallerId       whose caller ID a transfer target sees
 * @param secure                 true to accept only TLS signalling and SRTP media
 * @param cnamLookupEnabled      true for caller-name lookups on inbound calls
 */
public record UpdateTrunkRequest(@Nullable String friendlyName, @Nullable String domainName, @Nullable String disasterRecoveryUrl,
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
     * @throws dev.estsdk.api.exception.EstValidationException listing every broken rule, or when no
     *         field is set
     */
    public UpdateTrunkRequest {
        TrunkFields.check(Violations.of("UpdateTrunkRequest"), friendlyName, domainName,
                        "".equals(disasterRecoveryUrl) ? null : disasterRecoveryUrl, disasterRecoveryMethod,
                        transferMode, transferCallerId)
                .anySet(friendlyName, domainName, disasterRecoveryUrl, disasterRecoveryMethod, transferMode,
                        transferCallerId, secure, cnamLookupEnabled)
                .throwIfAny();
    }

    /**
     * Whether the update removes the disaster-recovery URL.
     *
     * @return true when {@link #disasterRecoveryUrl()} is the empty string
     */
    public boolean clearsDisasterRecoveryUrl() {
        return "".equals(disasterRecoveryUrl);
    }

    /**
     * Starts an empty update; set at least one field.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link UpdateTrunkRequest}; {@link #build()} checks every field. */
    public static final class Builder extends TrunkFieldsBuilder<Builder> {
        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * Removes the disaster-recovery URL: sends {@code DisasterRecoveryUrl=} (empty).
         *
         * @return this builder
         */
        public Builder clearDisasterRecoveryUrl() {
            this.disasterRecoveryUrl = "";
            return this;
        }

        /**
         * Checks every field and builds the request.
         *
         * @return the request
         * @throws dev.estsdk.api.exception.EstValidationException listing every broken rule, or when
         *         no field is set
         */
        public UpdateTrunkRequest build() {
            return new UpdateTrunkRequest(friendlyName, domainName, disasterRecoveryUrl, disasterRecoveryMethod,
                    transferMode, transferCallerId, secure, cnamLookupEnabled);
        }
    }
}
