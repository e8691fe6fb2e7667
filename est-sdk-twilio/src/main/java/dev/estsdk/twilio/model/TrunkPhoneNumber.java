package dev.estsdk.twilio.model;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Map;

/**
 * A phone number associated with a trunk (Trunking v1's view of an incoming phone number):
 * calls to it are delivered to the trunk's origination URLs. {@link #sid()} is the number's
 * {@code PN} SID. Removing the association (or deleting the trunk) leaves the number in the
 * account, still billed.
 *
 * @param sid                 the number's SID, {@code PN} + 32 hex digits
 * @param accountSid          the owning account
 * @param trunkSid            the trunk it is associated with
 * @param phoneNumber         the number in E.164 form
 * @param friendlyName        the number's name, e.g. {@code (808) 925-5327}
 * @param voiceUrl            the voice webhook, unused while on a trunk; null or empty when unset
 * @param voiceApplicationSid the voice application, unused while on a trunk; null or empty when unset
 * @param capabilities        what the number can do; null when Twilio did not say
 * @param dateCreated         when the number was created
 * @param dateUpdated         when it last changed
 * @param url                 the association's absolute API URL
 * @param links               related URLs, e.g. {@code phone_number} (the 2010 API's number); never null
 */
public record TrunkPhoneNumber(String sid, @Nullable String accountSid, @Nullable String trunkSid, @Nullable String phoneNumber,
                               @Nullable String friendlyName, @Nullable String voiceUrl, @Nullable String voiceApplicationSid,
                               @Nullable PhoneNumberCapabilities capabilities, @Nullable Instant dateCreated, @Nullable Instant dateUpdated,
                               @Nullable String url, Map<String, String> links) {

    /**
     * Creates the association from server output; a null map becomes empty and maps are copied.
     *
     * @param sid                 the number SID
     * @param accountSid          the account SID
     * @param trunkSid            the trunk SID
     * @param phoneNumber         the E.164 number
     * @param friendlyName        the name
     * @param voiceUrl            the voice URL
     * @param voiceApplicationSid the voice application SID
     * @param capabilities        the capabilities
     * @param dateCreated         the creation time
     * @param dateUpdated         the last-update time
     * @param url                 the API URL
     * @param links               related URLs
     */
    public TrunkPhoneNumber {
        links = Maps.copyOf(links);
    }
}
