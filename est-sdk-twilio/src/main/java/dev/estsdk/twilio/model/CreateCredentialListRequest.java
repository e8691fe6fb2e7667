package dev.estsdk.twilio.model;

/**
 * A new, empty account-level credential list ({@code POST …/SIP/CredentialLists.json}): its only field is the friendly name, which Twilio requires.
 *
 * @param friendlyName up to 64 characters, no control characters; required
 */
public record CreateCredentialListRequest(String friendlyName) {

    /**
     * Checks the name.
     *
     * @param friendlyName the name
     * @throws dev.estsdk.api.exception.EstValidationException if it is missing, blank, too long or
     *         contains control characters
     */
    public CreateCredentialListRequest {
        Violations.of("CreateCredentialListRequest")
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
    public static CreateCredentialListRequest of(String friendlyName) {
        return new CreateCredentialListRequest(friendlyName);
    }
}
