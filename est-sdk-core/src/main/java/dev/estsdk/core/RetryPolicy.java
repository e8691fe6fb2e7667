package dev.estsdk.core;

import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.FieldViolation;
import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * When and how often a failed call is tried again. Immutable.
 *
 * <p>What is retried (for every method): a connection that could not be opened (nothing was
 * sent), {@code 429}, and {@code 503} with {@code Retry-After}. For {@code GET}, {@code PUT} and
 * {@code DELETE} only: a reset, empty or garbled response after the request was sent, a read
 * timeout, {@code 408}, {@code 500}, {@code 502}, {@code 503}, {@code 504}. Never: other 4xx,
 * {@code 501}, {@code 505}, undecodable responses, and a {@code POST} that may have reached the
 * server (its exception reports {@link dev.estsdk.api.exception.EstException#isOutcomeUnknown()}).
 *
 * <p>Waits use full jitter: a uniformly random time between zero and
 * {@code min(maxDelay, baseDelay * 2^(retry - 1))}, with the throttling pair of values for
 * {@code 429} and for responses carrying {@code Retry-After}. That header (seconds or HTTP date) is a minimum;
 * a {@code Retry-After} longer than {@link #maxRetryAfter()}, or longer than what is left of the
 * call deadline, is not waited: the call fails at once with a
 * {@link dev.estsdk.api.exception.RateLimitException} carrying the server's value.
 *
 * <table>
 *   <caption>Defaults</caption>
 *   <tr><th>setting</th><th>default</th></tr>
 *   <tr><td>maxAttempts</td><td>3 (1 disables retries)</td></tr>
 *   <tr><td>baseDelay / maxDelay</td><td>100 ms / 20 s</td></tr>
 *   <tr><td>throttlingBaseDelay / throttlingMaxDelay</td><td>1 s / 20 s</td></tr>
 *   <tr><td>maxRetryAfter</td><td>60 s</td></tr>
 * </table>
 */
public final class RetryPolicy {

    /** The longest any delay setting may be: no call deadline is longer. */
    public static final Duration MAX_DELAY = Duration.ofDays(1);

    private static final RetryPolicy DEFAULTS = builder().build();
    private static final RetryPolicy NONE = builder().maxAttempts(1).build();

    private final int maxAttempts;
    private final Duration baseDelay;
    private final Duration maxDelay;
    private final Duration throttlingBaseDelay;
    private final Duration throttlingMaxDelay;
    private final Duration maxRetryAfter;

    private RetryPolicy(Builder b) {
        this.maxAttempts = b.maxAttempts;
        this.baseDelay = b.baseDelay;
        this.maxDelay = b.maxDelay;
        this.throttlingBaseDelay = b.throttlingBaseDelay;
        this.throttlingMaxDelay = b.throttlingMaxDelay;
        this.maxRetryAfter = b.maxRetryAfter;
    }

    /**
     * The defaults: 3 attempts, 100 ms / 20 s for errors, 1 s / 20 s for throttling, at most
     * 60 s of {@code Retry-After}.
     *
     * @return the default policy
     */
    public static RetryPolicy defaults() {
        return DEFAULTS;
    }

    /**
     * One attempt, no retries.
     *
     * @return a policy that never retries
     */
    public static RetryPolicy none() {
        return NONE;
    }

    /**
     * Starts from the defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this policy's values.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder().maxAttempts(maxAttempts).baseDelay(baseDelay).maxDelay(maxDelay)
                .throttlingBaseDelay(throttlingBaseDelay).throttlingMaxDelay(throttlingMaxDelay)
                .maxRetryAfter(maxRetryAfter);
    }

    /**
     * Attempts in total, the first included.
     *
     * @return at least 1
     */
    public int maxAttempts() {
        return maxAttempts;
    }

    /**
     * The backoff base for errors.
     *
     * @return the base delay
     */
    public Duration baseDelay() {
        return baseDelay;
    }

    /**
     * The backoff cap for errors.
     *
     * @return the cap
     */
    public Duration maxDelay() {
        return maxDelay;
    }

    /**
     * The backoff base for throttling ({@code 429}, {@code 503}).
     *
     * @return the base delay
     */
    public Duration throttlingBaseDelay() {
        return throttlingBaseDelay;
    }

    /**
     * The backoff cap for throttling.
     *
     * @return the cap
     */
    public Duration throttlingMaxDelay() {
        return throttlingMaxDelay;
    }

    /**
     * The longest {@code Retry-After} the client waits; a longer one fails the call at once.
     *
     * @return the limit
     */
    public Duration maxRetryAfter() {
        return maxRetryAfter;
    }

    /**
     * Equal when every setting is equal.
     *
     * @param other another object
     * @return whether the policies are the same
     */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof RetryPolicy that && maxAttempts == that.maxAttempts
                && baseDelay.equals(that.baseDelay) && maxDelay.equals(that.maxDelay)
                && throttlingBaseDelay.equals(that.throttlingBaseDelay)
                && throttlingMaxDelay.equals(that.throttlingMaxDelay)
                && maxRetryAfter.equals(that.maxRetryAfter);
    }

    /**
     * A hash of every setting.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(maxAttempts, baseDelay, maxDelay, throttlingBaseDelay, throttlingMaxDelay,
                maxRetryAfter);
    }

    /**
     * Lists the settings.
     *
     * @return e.g. {@code RetryPolicy[maxAttempts=3, baseDelay=PT0.1S, ...]}
     */
    @Override
    public String toString() {
        return "RetryPolicy[maxAttempts=" + maxAttempts + ", baseDelay=" + baseDelay + ", maxDelay=" + maxDelay
                + ", throttlingBaseDelay=" + throttlingBaseDelay + ", throttlingMaxDelay=" + throttlingMaxDelay
                + ", maxRetryAfter=" + maxRetryAfter + "]";
    }

    /** Builds a {@link RetryPolicy}; starts from the defaults. */
    public static final class Builder {
        private int maxAttempts = 3;
        private Duration baseDelay = Duration.ofMillis(100);
        private Duration maxDelay = Duration.ofSeconds(20);
        private Duration throttlingBaseDelay = Duration.ofSeconds(1);
        private Duration throttlingMaxDelay = Duration.ofSeconds(20);
        private Duration maxRetryAfter = Duration.ofSeconds(60);

        private Builder() {
        }

        /**
         * Attempts in total; 1 disables retries. Default 3.
         *
         * @param value 1 to 10
         * @return this builder
         */
        public Builder maxAttempts(int value) {
            this.maxAttempts = value;
            return this;
        }

        /**
         * Backoff base for errors. Default 100 ms.
         *
         * @param value not negative, at most {@link RetryPolicy#MAX_DELAY}
         * @return this builder
         */
        public Builder baseDelay(Duration value) {
            this.baseDelay = value;
            return this;
        }

        /**
         * Backoff cap for errors. Default 20 s.
         *
         * @param value not negative, at most {@link RetryPolicy#MAX_DELAY}, at least the base
         * @return this builder
         */
        public Builder maxDelay(Duration value) {
            this.maxDelay = value;
            return this;
        }

        /**
         * Backoff base for throttling. Default 1 s.
         *
         * @param value not negative, at most {@link RetryPolicy#MAX_DELAY}
         * @return this builder
         */
        public Builder throttlingBaseDelay(Duration value) {
            this.throttlingBaseDelay = value;
            return this;
        }

        /**
         * Backoff cap for throttling. Default 20 s.
         *
         * @param value not negative, at most {@link RetryPolicy#MAX_DELAY}, at least the throttling base
         * @return this builder
         */
        public Builder throttlingMaxDelay(Duration value) {
            this.throttlingMaxDelay = value;
            return this;
        }

        /**
         * The longest {@code Retry-After} to wait. Default 60 s.
         *
         * @param value not negative, at most {@link RetryPolicy#MAX_DELAY}
         * @return this builder
         */
        public Builder maxRetryAfter(Duration value) {
            this.maxRetryAfter = value;
            return this;
        }

        /**
         * Checks and builds the policy.
         *
         * @return the policy
         * @throws EstValidationException naming every setting that breaks its rule
         */
        public RetryPolicy build() {
            List<FieldViolation> violations = new ArrayList<>();
            if (maxAttempts < 1 || maxAttempts > 10) {
                violations.add(new FieldViolation("maxAttempts", "must be between 1 and 10 (was " + maxAttempts + ")"));
            }
            notNegative("baseDelay", baseDelay, violations);
            notNegative("maxDelay", maxDelay, violations);
            notNegative("throttlingBaseDelay", throttlingBaseDelay, violations);
            notNegative("throttlingMaxDelay", throttlingMaxDelay, violations);
            notNegative("maxRetryAfter", maxRetryAfter, violations);
            if (violations.isEmpty() && maxDelay.compareTo(baseDelay) < 0) {
                violations.add(new FieldViolation("maxDelay", "must not be shorter than baseDelay (was "
                        + maxDelay + " < " + baseDelay + ")"));
            }
            if (violations.isEmpty() && throttlingMaxDelay.compareTo(throttlingBaseDelay) < 0) {
                violations.add(new FieldViolation("throttlingMaxDelay", "must not be shorter than "
                        + "throttlingBaseDelay (was " + throttlingMaxDelay + " < " + throttlingBaseDelay + ")"));
            }
            if (!violations.isEmpty()) {
                throw new EstValidationException("RetryPolicy", violations);
            }
            return new RetryPolicy(this);
        }

        private static void notNegative(String field, Duration value, List<FieldViolation> violations) {
            if (value == null) {
                violations.add(new FieldViolation(field, "must not be null"));
            } else if (value.isNegative()) {
                violations.add(new FieldViolation(field, "must not be negative (was " + value + ")"));
            } else if (value.compareTo(MAX_DELAY) > 0) {
                violations.add(new FieldViolation(field, "must be at most " + MAX_DELAY + " (was " + value + ")"));
            }
        }
    }
}
