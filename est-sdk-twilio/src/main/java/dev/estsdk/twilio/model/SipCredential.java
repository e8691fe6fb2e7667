package dev.estsdk.twilio.model;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * One digest credential of a credential list. Twilio never returns the password (it stores a
 * digest hash), so this record holds none; change it with
 * {@code SipCredentialLists.updatePassword}. The username cannot be changed: delete and
 * recreate the credential.
 *
 * @param sid               the SID, {@code CR} + 32 hex digits
 * @param accountSid        the owning account
 * @param credentialListSid the list it belongs to
 * @param username          the digest username, up to 32 characters
 * @param dateCreated       when it was created
 * @param dateUpdated       when it last changed
 * @param uri               its URI relative to the API host
 */
public record SipCredential(String sid, @Nullable String accountSid, @Nullable String credentialListSid, @Nullable String username,
                            @Nullable Instant dateCreated, @Nullable Instant dateUpdated, @Nullable String uri) {
}
