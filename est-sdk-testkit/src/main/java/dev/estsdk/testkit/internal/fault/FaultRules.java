package dev.estsdk.testkit.internal.fault;

import com.github.tomakehurst.wiremock.http.Fault;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The faults armed for one scope (all requests, or one operation). Counted faults (network faults,
 * 429s, fixed-status failures) queue up and are used in the order they were armed; arming more
 * adds to the queue. Once the queue is empty the random error rate applies.
 */
public final class FaultRules {

    /** One arming call: the same outcome for the next {@code remaining} requests. */
    private static final class Run {
        private final FaultOutcome outcome;
        private int remaining;

        private Run(FaultOutcome outcome, int remaining) {
            this.outcome = outcome;
            this.remaining = remaining;
        }
    }

    private Duration latency;
    private final Deque<Run> queue = new ArrayDeque<>();
    private double errorRate;
    private int errorRateStatus;

    /** @param value fixed delay before every answer, null for none */
    public synchronized void latency(Duration value) {
        latency = value;
    }

    /** @return the fixed delay, or null */
    public synchronized Duration latency() {
        return latency;
    }

    /**
     * @param count how many requests
     * @param fault the fault each of them gets
     */
    public synchronized void networkFault(int count, Fault fault) {
        queue.addLast(new Run(new FaultOutcome(0, null, fault), count));
    }

    /**
     * @param count how many requests get 429
     * @param after the {@code Retry-After} value, null for none
     */
    public synchronized void rateLimit(int count, Duration after) {
        queue.addLast(new Run(new FaultOutcome(429, after, null), count));
    }

    /**
     * @param count how many requests fail
     * @param status with which status
     */
    public synchronized void fail(int count, int status) {
        queue.addLast(new Run(new FaultOutcome(status, null, null), count));
    }

    /**
     * @param rate probability 0–1 that a request fails
     * @param status with which status
     */
    public synchronized void errorRate(double rate, int status) {
        errorRate = rate;
        errorRateStatus = status;
    }

    /**
     * Decides, and uses up, the fault for one request.
     *
     * @param random the random source for the error rate
     * @return the fault, or empty
     */
    public synchronized Optional<FaultOutcome> next(SplittableRandom random) {
        Run run = queue.peekFirst();
        if (run != null) {
            if (--run.remaining == 0) {
                queue.removeFirst();
            }
            return Optional.of(run.outcome);
        }
        if (errorRate > 0 && random.nextDouble() < errorRate) {
            return Optional.of(new FaultOutcome(errorRateStatus, null, null));
        }
        return Optional.empty();
    }

    /** Disarms everything. */
    public synchronized void clear() {
        latency = null;
        queue.clear();
        errorRate = 0;
    }
}
