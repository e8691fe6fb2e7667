package dev.estsdk.api.model;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * A call detail record, an output.
 * Values are kept as the server reports them: {@code from} and {@code to} are not always E.164
 * (a SIP URI or digits without {@code +} occur).
 * @param callId                 the call's id (opaque; may be a SIP Call-ID)
 * @param from                   inbound: the caller; outbound: the number used as caller id
 * @param to                     inbound: the number dialled; outbound: the destination
 * @param direction              {@link Direction#INBOUND} or {@link Direction#OUTBOUND}
 * @param answerTime             when the call was answered, or null
 * @param endTime                when the call ended, or null
 * @param durationSeconds        inbound: start to end; outbound: answer to end; or null
 * @param billingDurationSeconds the duration rounded to billing increments, or null
 * @param callResult             how the call ended
 * @param pricePerMinute         the rate, or null
 * @param price                  the total, filled when the call ends; or null
 * @param createTime             when the call started
 * @param projectId              the owning project
 * @param trunkId                the trunk that carried the call
 * @param pcapId                 the id for {@code Calls.downloadPcap} (packet captures are kept
 *                               10 days; none for forwarded calls), or null
 */
public record Call(String callId, @Nullable String from, @Nullable String to, @Nullable Direction direction,
                   @Nullable Instant answerTime, @Nullable Instant endTime, @Nullable Integer durationSeconds,
                   @Nullable Integer billingDurationSeconds, @Nullable CallResult callResult,
                   @Nullable Money pricePerMinute, @Nullable Money price, @Nullable Instant createTime,
                   @Nullable String projectId, @Nullable String trunkId, @Nullable String pcapId) {
}
