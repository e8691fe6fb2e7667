package dev.estsdk.testkit.internal.fault;

import com.github.tomakehurst.wiremock.http.Fault;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The faults armed for one scope (all requests, or one operation). Counted faults are used up in
 * this order: network faults, 429s, fixed-status failures; then the random error rate applies.
 */
public final class FaultRules {

    private Duration latency;
    private final Deque<Fault> networkFaults = new ArrayDeque<>();
    private int rateLimited;
    private Duration retryAfter;
    private int failures;
    private int failureStatus;
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
        for (int i = 0; i < count; i++) {
            networkFaults.addLast(fault);
        }
    }

    /**
     * @param count how many requests get 429
     * @param after the {@code Retry-After} value, null for none
     */
    public synchronized void rateLimit(int count, Duration after) {
        rateLimited = count;
        retryAfter = after;
    }

    /**
     * @param count how many requests fail
     * @param status with which status
     */
    public synchronized void fail(int count, int status) {
        failures = count;
        failureStatus = status;
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
        if (!networkFaults.isEmpty()) {
            return Optional.of(new FaultOutcome(0, null, networkFaults.removeFirst()));
        }
        if (rateLimited > 0) {
            rateLimited--;
            return Optional.of(new FaultOutcome(429, retryAfter, null));
        }
        if (failures > 0) {
            failures--;
            return Optional.of(new FaultOutcome(failureStatus, null, null));
        }
        if (errorRate > 0 && random.nextDouble() < errorRate) {
            return Optional.of(new FaultOutcome(errorRateStatus, null, null));
        }
        return Optional.empty();
    }

    /** Disarms everything. */
    public synchronized void clear() {
        latency = null;
        networkFaults.clear();
        rateLimited = 0;
        failures = 0;
        errorRate = 0;
    }
}
