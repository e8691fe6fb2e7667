package dev.estsdk.workflows;

import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.FieldViolation;
import dev.estsdk.twilio.model.HttpMethod;
import dev.estsdk.twilio.model.RecordingMode;
import dev.estsdk.twilio.model.RecordingTrim;
import dev.estsdk.twilio.model.TransferCallerId;
import dev.estsdk.twilio.model.TransferMode;
import org.jspecify.annotations.Nullable;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a plan asks of a Twilio trunk beyond the carrier-neutral fields. Every field is optional:
 * null (or an empty map) leaves Twilio's value as it is on an existing trunk and Twilio's default
 * on a new one. Immutable and thread-safe. A plan holding options is refused on a carrier without
 * the matching {@link Capability}.
 *
 * @param secure                 secure trunking: TLS signalling and SRTP media only (every
 *                               origination URL then uses {@code transport=tls})
 * @param recordingMode          call recording; Twilio's default is {@code do-not-record}
 * @param recordingTrim          whether silence is trimmed from recordings
 * @param disasterRecoveryUrl    the TwiML URL fetched when no origination URL takes a call
 * @param disasterRecoveryMethod how the disaster-recovery URL is fetched
 * @param transferMode           whether SIP REFER transfers are accepted
 * @param transferCallerId       whose caller ID a transfer target sees
 * @param originationWeights     weight per endpoint name (1 to 65535); an endpoint not listed
 *                               gets {@value #DEFAULT_WEIGHT}
 */
public record TwilioOptions(@Nullable Boolean secure, @Nullable RecordingMode recordingMode,
                            @Nullable RecordingTrim recordingTrim, @Nullable URI disasterRecoveryUrl,
                            @Nullable HttpMethod disasterRecoveryMethod, @Nullable TransferMode transferMode,
                            @Nullable TransferCallerId transferCallerId, Map<String, Integer> originationWeights) {

    /** The weight of an origination URL whose endpoint has none in {@link #originationWeights()}. */
    public static final int DEFAULT_WEIGHT = 10;

    /** The largest origination weight Twilio accepts. */
    public static final int MAX_WEIGHT = 65535;

    /** No option set. */
    public static final TwilioOptions NONE = builder().build();

    /**
     * Copies the weights in name order; use {@link #builder()} to have the values checked.
     *
     * @param secure                 secure trunking, or null
     * @param recordingMode          the recording mode, or null
     * @param recordingTrim          the recording trim, or null
     * @param disasterRecoveryUrl    the disaster-recovery URL, or null
     * @param disasterRecoveryMethod its method, or null
     * @param transferMode           the transfer mode, or null
     * @param transferCallerId       the transfer caller ID, or null
     * @param originationWeights     weights by endpoint name; null means none
     */
    public TwilioOptions {
        originationWeights = originationWeights == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new TreeMap<>(originationWeights));
    }

    /**
     * Starts empty options.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Whether no option is set.
     *
     * @return true when every field is null and no weight is given
     */
    public boolean isEmpty() {
        return secure == null && recordingMode == null && recordingTrim == null && disasterRecoveryUrl == null
                && disasterRecoveryMethod == null && transferMode == null && transferCallerId == null
                && originationWeights.isEmpty();
    }

    /**
     * The weight of an endpoint's origination URL.
     *
     * @param endpointName the endpoint's name
     * @return its weight, {@value #DEFAULT_WEIGHT} unless set
     */
    public int weightOf(String endpointName) {
        return originationWeights.getOrDefault(endpointName, DEFAULT_WEIGHT);
    }

    /**
     * Starts a builder holding these options.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.secure = secure;
        b.recordingMode = recordingMode;
        b.recordingTrim = recordingTrim;
        b.disasterRecoveryUrl = disasterRecoveryUrl;
        b.disasterRecoveryMethod = disasterRecoveryMethod;
        b.transferMode = transferMode;
        b.transferCallerId = transferCallerId;
        b.weights.putAll(originationWeights);
        return b;
    }

    /** Collects {@link TwilioOptions}; {@link #build()} reports every broken field at once. Not thread-safe. */
    public static final class Builder {
        private @Nullable Boolean secure;
        private @Nullable RecordingMode recordingMode;
        private @Nullable RecordingTrim recordingTrim;
        private @Nullable URI disasterRecoveryUrl;
        private @Nullable HttpMethod disasterRecoveryMethod;
        private @Nullable TransferMode transferMode;
        private @Nullable TransferCallerId transferCallerId;
        private final Map<String, Integer> weights = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets secure trunking.
         *
         * @param secure true for TLS and SRTP only; null to leave as is
         * @return this builder
         */
        public Builder secure(@Nullable Boolean secure) {
            this.secure = secure;
            return this;
        }

        /**
         * Sets call recording.
         *
         * @param mode the mode; null to leave as is
         * @return this builder
         */
        public Builder recordingMode(@Nullable RecordingMode mode) {
            this.recordingMode = mode;
            return this;
        }

        /**
         * Sets silence trimming of recordings.
         *
         * @param trim the trim; null to leave as is
         * @return this builder
         */
        public Builder recordingTrim(@Nullable RecordingTrim trim) {
            this.recordingTrim = trim;
            return this;
        }

        /**
         * Sets the disaster-recovery URL.
         *
         * @param url an absolute http or https URL; null to leave as is
         * @return this builder
         */
        public Builder disasterRecoveryUrl(@Nullable URI url) {
            this.disasterRecoveryUrl = url;
            return this;
        }

        /**
         * Sets how the disaster-recovery URL is fetched.
         *
         * @param method GET or POST; null to leave as is
         * @return this builder
         */
        public Builder disasterRecoveryMethod(@Nullable HttpMethod method) {
            this.disasterRecoveryMethod = method;
            return this;
        }

        /**
         * Sets whether SIP REFER transfers are accepted.
         *
         * @param mode the transfer mode; null to leave as is
         * @return this builder
         */
        public Builder transferMode(@Nullable TransferMode mode) {
            this.transferMode = mode;
            return this;
        }

        /**
         * Sets whose caller ID a transfer target sees.
         *
         * @param callerId the caller ID; null to leave as is
         * @return this builder
         */
        public Builder transferCallerId(@Nullable TransferCallerId callerId) {
            this.transferCallerId = callerId;
            return this;
        }

        /**
         * Sets the weight of an endpoint's origination URL.
         *
         * @param endpointName the endpoint's name in the plan
         * @param weight       1 to 65535 (checked by {@link #build()})
         * @return this builder
         */
        public Builder originationWeight(String endpointName, int weight) {
            weights.put(Objects.requireNonNull(endpointName, "endpointName"), weight);
            return this;
        }

        /**
         * Checks the options and builds them.
         *
         * @return the options
         * @throws EstValidationException listing every broken field: a weight outside 1 to 65535
         *         or for a blank name, a disaster-recovery URL that is not absolute http(s), a
         *         disaster-recovery method without a URL
         */
        public TwilioOptions build() {
            List<FieldViolation> violations = new ArrayList<>(violations(""));
            if (!violations.isEmpty()) {
                throw new EstValidationException("TwilioOptions", violations);
            }
            return new TwilioOptions(secure, recordingMode, recordingTrim, disasterRecoveryUrl,
                    disasterRecoveryMethod, transferMode, transferCallerId, weights);
        }

        private List<FieldViolation> violations(String prefix) {
            List<FieldViolation> violations = new ArrayList<>();
            weights.forEach((name, weight) -> {
                String field = prefix + "originationWeights[" + name + "]";
                if (name.isBlank()) {
                    violations.add(new FieldViolation(field, "must name an endpoint of the plan (was blank)"));
                }
                if (weight == null || weight < 1 || weight > MAX_WEIGHT) {
                    violations.add(new FieldViolation(field, "must be between 1 and " + MAX_WEIGHT + " (was "
                            + weight + ")"));
                }
            });
            if (disasterRecoveryUrl != null) {
                String scheme = disasterRecoveryUrl.getScheme();
                if (!disasterRecoveryUrl.isAbsolute() || disasterRecoveryUrl.getHost() == null
                        || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
                    violations.add(new FieldViolation(prefix + "disasterRecoveryUrl", "must be an absolute http or "
                            + "https URL, e.g. https://example.com/twiml (was " + disasterRecoveryUrl + ")"));
                }
            } else if (disasterRecoveryMethod != null) {
                violations.add(new FieldViolation(prefix + "disasterRecoveryMethod", "is set without a "
                        + "disasterRecoveryUrl: set the URL too"));
            }
            return violations;
        }
    }
}
