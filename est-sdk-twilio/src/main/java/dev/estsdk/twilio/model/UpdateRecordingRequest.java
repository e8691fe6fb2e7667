package dev.estsdk.twilio.model;

import org.jspecify.annotations.Nullable;

/**
 * A partial update of a trunk's recording setting ({@code POST /v1/Trunks/{TrunkSid}/Recording}):
 * only the fields set are sent; a field left unset keeps its stored value.
 *
 * <pre>{@code
 * UpdateRecordingRequest.builder().mode(RecordingMode.RECORD_FROM_ANSWER_DUAL).build();
 * }</pre>
 *
 * @param mode when calls are recorded ({@code Mode}); null to keep it
 * @param trim whether silence is trimmed ({@code Trim}); null to keep it
 */
public record UpdateRecordingRequest(@Nullable RecordingMode mode, @Nullable RecordingTrim trim) {

    /**
     * Checks both fields.
     *
     * @param mode the mode
     * @param trim the trim setting
     * @throws dev.estsdk.api.exception.EstValidationException if a value is not one Twilio knows, or
     *         when neither is set
     */
    public UpdateRecordingRequest {
        Violations.of("UpdateRecordingRequest")
                .known("mode", mode, RecordingMode.knownValues())
                .known("trim", trim, RecordingTrim.knownValues())
                .anySet(mode, trim)
                .throwIfAny();
    }

    /**
     * Starts an empty update; set at least one field.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link UpdateRecordingRequest}. */
    public static final class Builder {
        private @Nullable RecordingMode mode;
        private @Nullable RecordingTrim trim;

        private Builder() {
        }

        /**
         * Sets the recording mode.
         *
         * @param mode one of the {@link RecordingMode} constants
         * @return this builder
         */
        public Builder mode(RecordingMode mode) {
            this.mode = mode;
            return this;
        }

        /**
         * Sets whether silence is trimmed.
         *
         * @param trim one of the {@link RecordingTrim} constants
         * @return this builder
         */
        public Builder trim(RecordingTrim trim) {
            this.trim = trim;
            return this;
        }

        /**
         * Checks and builds the update.
         *
         * @return the update
         * @throws dev.estsdk.api.exception.EstValidationException for an unknown value or an empty update
         */
        public UpdateRecordingRequest build() {
            return new UpdateRecordingRequest(mode, trim);
        }
    }
}
