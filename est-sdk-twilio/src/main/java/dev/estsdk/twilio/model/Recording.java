package dev.estsdk.twilio.model;

import org.jspecify.annotations.Nullable;

/**
 * A trunk's call recording setting ({@code GET /v1/Trunks/{TrunkSid}/Recording}); also carried
 * as {@link Trunk#recording()}. Change it with an {@link UpdateRecordingRequest}.
 *
 * @param mode when calls are recorded; null when Twilio did not say
 * @param trim whether silence is trimmed; null when Twilio did not say
 */
public record Recording(@Nullable RecordingMode mode, @Nullable RecordingTrim trim) {
}
