package dev.estsdk.testkit.internal.model;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A call detail record, with the extra columns the CSV export carries.
 *
 * @param callId call id
 * @param projectId project
 * @param trunkId trunk
 * @param trunkName trunk name at the time of the call, may be null
 * @param from caller (number or SIP URI)
 * @param to callee
 * @param direction {@code INBOUND} or {@code OUTBOUND}
 * @param callResult {@code COMPLETED}, {@code NO_ANSWER}, {@code CANCEL}, {@code BUSY} or {@code FAILED}
 * @param createTime when the call started
 * @param answerTime when it was answered, or null
 * @param endTime when it ended
 * @param durationSeconds duration
 * @param billingDurationSeconds billed duration
 * @param pricePerMinute price per minute
 * @param price total price
 * @param currencyCode ISO 4217
 * @param fromCountryCode caller country
 * @param toCountryCode callee country
 * @param emergency whether it was an emergency call
 * @param region edge region, e.g. {@code us-east}
 * @param pcapId capture id, or null when no capture exists
 * @param groupId call group
 * @param parentId parent call, or null
 * @param relationshipType e.g. {@code initial}
 * @param hasChildren whether child calls exist
 * @param sipResponseCode final SIP response code
 */
public record CallRecord(String callId, String projectId, String trunkId, String trunkName, String from, String to,
        String direction, String callResult, Instant createTime, Instant answerTime, Instant endTime,
        int durationSeconds, int billingDurationSeconds, BigDecimal pricePerMinute, BigDecimal price,
        String currencyCode, String fromCountryCode, String toCountryCode, boolean emergency, String region,
        String pcapId, String groupId, String parentId, String relationshipType, boolean hasChildren,
        int sipResponseCode) {
}
