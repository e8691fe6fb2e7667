package dev.estsdk.twilio.model;

import org.jspecify.annotations.Nullable;

/**
 * A partial update of an incoming phone number ({@code POST …/IncomingPhoneNumbers/{Sid}.json}),
 * limited to the fields that matter for trunking: it holds only the fields the caller set, only
 * those are sent, and every field left unset (null) keeps its stored value. Setting
 * {@code trunkSid} routes the number to that trunk (the same as a trunk phone-number
 * association) and makes Twilio drop the voice application; the two cannot be set together.
 *
 * @param trunkSid            the trunk to route to, {@code TK…}; null to keep it
 * @param voiceApplicationSid the voice application to route to instead, {@code AP…}; null to keep it
 * @param friendlyName        up to 64 characters; null to keep it
 */
public record UpdateIncomingPhoneNumberRequest(@Nullable String trunkSid, @Nullable String voiceApplicationSid, @Nullable String friendlyName) {

    /**
     * Checks every field that is set.
     *
     * @param trunkSid            the trunk SID
     * @param voiceApplicationSid the voice application SID
     * @param friendlyName        the name
     * @throws dev.estsdk.api.exception.EstValidationException listing every broken rule, when both
     *         SIDs are set, or when no field is set
     */
    public UpdateIncomingPhoneNumberRequest {
        Violations v = Violations.of("UpdateIncomingPhoneNumberRequest")
                .ifSet("trunkSid", trunkSid, s -> TwilioRules.sid("TK", s))
                .ifSet("voiceApplicationSid", voiceApplicationSid, s -> TwilioRules.sid("AP", s))
                .ifSet("friendlyName", friendlyName, n -> TwilioRules.friendlyName(n, TwilioRules.MAX_SHORT_NAME_LENGTH));
        if (trunkSid != null && voiceApplicationSid != null) {
            v.fail("voiceApplicationSid", "must not be set together with trunkSid: a number routes either to a"
                    + " trunk or to a voice application");
        }
        v.anySet(trunkSid, voiceApplicationSid, friendlyName).throwIfAny();
    }

    /**
     * Starts an empty update; set at least one field.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link UpdateIncomingPhoneNumberRequest}; {@link #build()} checks the fields set. */
    public static final class Builder {
        private @Nullable String trunkSid;
        private @Nullable String voiceApplicationSid;
        private @Nullable String friendlyName;

        private Builder() {
        }

        /**
         * Routes the number to a trunk ({@code TrunkSid}).
         *
         * @param trunkSid {@code TK} + 32 hex digits
         * @return this builder
         */
        public Builder trunkSid(String trunkSid) {
            this.trunkSid = trunkSid;
            return this;
        }

        /**
         * Routes the number to a voice application ({@code VoiceApplicationSid}).
         *
         * @param voiceApplicationSid {@code AP} + 32 hex digits
         * @return this builder
         */
        public Builder voiceApplicationSid(String voiceApplicationSid) {
            this.voiceApplicationSid = voiceApplicationSid;
            return this;
        }

        /**
         * Sets the friendly name ({@code FriendlyName}).
         *
         * @param friendlyName up to 64 characters
         * @return this builder
         */
        public Builder friendlyName(String friendlyName) {
            this.friendlyName = friendlyName;
            return this;
        }

        /**
         * Checks the fields set and builds the update.
         *
         * @return the update
         * @throws dev.estsdk.api.exception.EstValidationException listing every broken rule
         */
        public UpdateIncomingPhoneNumberRequest build() {
            return new UpdateIncomingPhoneNumberRequest(trunkSid, voiceApplicationSid, friendlyName);
        }
    }
}
