package dev.estsdk.twilio.model;

import dev.estsdk.api.model.Secret;

/**
 * A new password for a digest credential
 * ({@code POST …/CredentialLists/{CL}/Credentials/{Sid}.json}); the password is the only field
 * Twilio lets a caller change (the username is fixed: delete and recreate the credential).
 * Checked against Twilio's password policy; never printed.
 *
 * @param password the new password; required
 */
public record UpdateCredentialRequest(Secret password) {

    /**
     * Checks the password; the message never contains it.
     *
     * @param password the password
     * @throws dev.estsdk.api.exception.EstValidationException if it is missing or breaks the policy
     */
    public UpdateCredentialRequest {
        Violations.of("UpdateCredentialRequest").apply("password", TwilioRules.password(password)).throwIfAny();
    }

    /**
     * Creates the update.
     *
     * @param password the new password
     * @return the update
     * @throws dev.estsdk.api.exception.EstValidationException if it is missing or breaks the policy
     */
    public static UpdateCredentialRequest of(Secret password) {
        return new UpdateCredentialRequest(password);
    }

    /**
     * Describes the update without the password.
     *
     * @return {@code UpdateCredentialRequest[password=***]}
     */
    @Override
    public String toString() {
        return "UpdateCredentialRequest[password=***]";
    }
}
