package dev.estsdk.twilio.model;

/**
 * A rename of an IP access control list ({@code POST …/SIP/IpAccessControlLists/{Sid}.json}): its only field is the friendly name, which Twilio requires.
 *
 * @param friendlyName up to 255 characters, no control characters; required
 */
public record UpdateIpAccessControlListRequest(String friendlyName) {

    /**
     * Checks the name.
     *
     * @param friendlyName the name
     * @throws dev.estsdk.api.exception.EstValidationException if it is missing, blank, too long or
     *         contains control characters
     */
    public UpdateIpAccessControlListRequest {
        Violations.of("UpdateIpAccessControlListRequest")
                .apply("friendlyName", TwilioRules.friendlyName(friendlyName, TwilioRules.MAX_LONG_NAME_LENGTH))
                .throwIfAny();
    }

    /**
     * Creates the request.
     *
     * @param friendlyName the name
     * @return the request
     * @throws dev.estsdk.api.exception.EstValidationException if the name breaks a rule
     */
    public static UpdateIpAccessControlListRequest of(String friendlyName) {
        return new UpdateIpAccessControlListRequest(friendlyName);
    }
}
