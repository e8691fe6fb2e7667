package dev.estsdk.twilio.model;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * Where a trunk delivers inbound calls: one SIP URL with a priority and a weight. Twilio tries
 * the enabled URLs of the lowest priority value first and shares calls among URLs of equal
 * priority in proportion to their weights; at most 10 per trunk. Server output: create with a
 * {@link CreateOriginationUrlRequest}, change with an {@link UpdateOriginationUrlRequest}.
 *
 * @param sid          the SID, {@code OU} + 32 hex digits
 * @param accountSid   the owning account
 * @param trunkSid     the trunk it belongs to
 * @param friendlyName the name
 * @param sipUrl       the SIP URL, e.g. {@code sip:pbx.example.com;transport=tls}, as Twilio stored it
 * @param priority     0 to 65535, lowest first
 * @param weight       1 to 65535, the share among URLs of equal priority
 * @param enabled      whether calls are routed to it
 * @param dateCreated  when it was created
 * @param dateUpdated  when it last changed
 * @param url          its absolute API URL
 */
public record OriginationUrl(String sid, @Nullable String accountSid, @Nullable String trunkSid, @Nullable String friendlyName, @Nullable String sipUrl,
                             int priority, int weight, boolean enabled, @Nullable Instant dateCreated, @Nullable Instant dateUpdated,
                             @Nullable String url) {
}
