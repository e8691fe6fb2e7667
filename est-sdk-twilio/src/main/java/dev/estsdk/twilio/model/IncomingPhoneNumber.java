package dev.estsdk.twilio.model;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * A phone number the account owns (2010 API), with the fields that matter for trunking. A
 * number routes to a trunk when {@link #trunkSid()} is set; it then ignores its voice URL and
 * voice application. Look a number up by E.164 to get the {@code PN} SID that trunk
 * associations take.
 *
 * @param sid                 the SID, {@code PN} + 32 hex digits
 * @param accountSid          the owning account
 * @param phoneNumber         the number in E.164 form
 * @param friendlyName        the number's name, e.g. {@code (808) 925-5327}
 * @param trunkSid            the trunk the number routes to, or null
 * @param voiceApplicationSid the voice application, or null (Twilio sends {@code ""} when unset)
 * @param voiceUrl            the voice webhook, or null
 * @param status              e.g. {@code in-use}
 * @param origin              {@code twilio} or {@code hosted}
 * @param capabilities        what the number can do; null when Twilio did not say
 * @param dateCreated         when the number was added to the account
 * @param dateUpdated         when it last changed
 * @param uri                 its URI relative to the API host
 */
public record IncomingPhoneNumber(String sid, @Nullable String accountSid, @Nullable String phoneNumber, @Nullable String friendlyName,
                                  @Nullable String trunkSid, @Nullable String voiceApplicationSid, @Nullable String voiceUrl, @Nullable String status,
                                  @Nullable String origin, @Nullable PhoneNumberCapabilities capabilities, @Nullable Instant dateCreated,
                                  @Nullable Instant dateUpdated, @Nullable String uri) {

    /**
     * Creates a number from server output; empty strings for the SIDs and the voice URL (as
     * Twilio writes unset values) become null.
     *
     * @param sid                 the SID
     * @param accountSid          the account SID
     * @param phoneNumber         the number
     * @param friendlyName        the name
     * @param trunkSid            the trunk SID
     * @param voiceApplicationSid the voice application SID
     * @param voiceUrl            the voice URL
     * @param status              the status
     * @param origin              the origin
     * @param capabilities        the capabilities
     * @param dateCreated         the creation time
     * @param dateUpdated         the last-update time
     * @param uri                 the URI
     */
    public IncomingPhoneNumber {
        trunkSid = emptyToNull(trunkSid);
        voiceApplicationSid = emptyToNull(voiceApplicationSid);
        voiceUrl = emptyToNull(voiceUrl);
    }

    private static @Nullable String emptyToNull(@Nullable String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
