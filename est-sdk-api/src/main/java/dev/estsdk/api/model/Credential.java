package dev.estsdk.api.model;

/**
 * A SIP digest user of a {@link CredentialList}, as the server returns it (an output: held as
 * sent, unchecked). The password is never returned.
 * @param id       the credential id
 * @param username the SIP username
 */
public record Credential(String id, String username) {
}
