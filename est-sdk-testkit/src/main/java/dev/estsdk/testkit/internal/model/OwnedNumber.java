package dev.estsdk.testkit.internal.model;

import java.time.Instant;

/**
 * A phone number the project owns, assigned to a trunk or not.
 *
 * @param id number id
 * @param phoneNumber E.164 number
 * @param countryCode ISO 3166-1 alpha-2
 * @param sipTrunkId the trunk it is assigned to, or null
 * @param createTime when it was assigned (or seeded)
 * @param updateTime last change, or null
 */
public record OwnedNumber(String id, String phoneNumber, String countryCode, String sipTrunkId, Instant createTime,
        Instant updateTime) {
}
