package dev.estsdk.api.model;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * A phone number of the project as EST sees it, and the trunk it is assigned to, if any (an
 * output, held as sent). Inbound calls to the number reach the trunk's endpoints only while it
 * is assigned; assign it with {@code PhoneNumbers.assign}.
 * @param id          the number's id in EST
 * @param phoneNumber the number in E.164, e.g. {@code +15552229999}
 * @param sipTrunkId  the trunk, or null/empty when unassigned
 * @param countryCode ISO 3166-1 alpha-2 country of the number, e.g. {@code US}
 * @param createTime  when it was assigned
 * @param updateTime  when it last changed, null until then
 */
public record PhoneNumber(String id, String phoneNumber, @Nullable String sipTrunkId, @Nullable String countryCode,
                          @Nullable Instant createTime, @Nullable Instant updateTime) {

    /** {@return whether {@code sipTrunkId} is set and not blank} */
    public boolean isAssigned() {
        return !Syntax.isBlank(sipTrunkId);
    }
}
