package dev.estsdk.twilio.model;

/**
 * A new, empty account-level IP access control list ({@code POST …/SIP/IpAccessControlLists.json}): its only field is the friendly name, which Twilio requires.
 *
 * @param friendlyName up to 255 characters, no control characters; required
 */
public record CreateIpAccessControlListRequest(String friendlyName) {

    /**
     * Checks the name.
     *
     * @param friendlyName the name
     * @throws dev.estsdk.api.exception.EstValidationException if it is missing, blank, too long or
     *         contains control characters
     */
    public CreateIpAccessControlListRequest {
        Violations.of("CreateIpAccessControlListRequest")
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
    public static CreateIpAccessControlListRequest of(String friendlyName) {
        return new CreateIpAccessControlListRequest(friendlyName);
    }
}
