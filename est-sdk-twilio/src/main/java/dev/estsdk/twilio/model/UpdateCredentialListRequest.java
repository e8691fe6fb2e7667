package dev.estsdk.twilio.model;

/**
 * A rename of a credential list ({@code POST …/SIP/CredentialLists/{Sid}.json}): its only field is the friendly name, which Twilio requires.
 *
 * @param friendlyName up to 64 characters, no control characters; required
 */
public record UpdateCredentialListRequest(String friendlyName) {

    /**
     * Checks the name.
     *
     * @param friendlyName the name
     * @throws dev.estsdk.api.exception.EstValidationException if it is missing, blank, too long or
     *         contains control characters
     */
    public UpdateCredentialListRequest {
        Violations.of("UpdateCredentialListRequest")
                .apply("friendlyName", TwilioRules.friendlyName(friendlyName, TwilioRules.MAX_SHORT_NAME_LENGTH))
                .throwIfAny();
    }

    /**
     * Creates the request.
     *
     * @param friendlyName the name
     * @return the request
     * @throws dev.estsdk.api.exception.EstValidationException if the name breaks a rule
     */
    public static UpdateCredentialListRequest of(String friendlyName) {
        return new UpdateCredentialListRequest(friendlyName);
    }
}
