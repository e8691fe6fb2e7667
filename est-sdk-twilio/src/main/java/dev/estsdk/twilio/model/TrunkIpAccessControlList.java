package dev.estsdk.twilio.model;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * The association of an account-level IP access control list with a trunk: termination traffic to the trunk is then admitted
 * by source IPs. It has no SID of its own; {@link #sid()} is the list's {@code AL} SID. Made with
 * one SID per request; deleting the association leaves the list itself in the account.
 *
 * @param sid          the associated list's SID, {@code AL} + 32 hex digits
 * @param accountSid   the owning account
 * @param trunkSid     the trunk
 * @param friendlyName the list's name
 * @param dateCreated  when Twilio says it was created (the list's or the association's date; Twilio does not say)
 * @param dateUpdated  when it last changed
 * @param url          the association's absolute API URL
 */
public record TrunkIpAccessControlList(String sid, @Nullable String accountSid, @Nullable String trunkSid, @Nullable String friendlyName,
                          @Nullable Instant dateCreated, @Nullable Instant dateUpdated, @Nullable String url) {
}
