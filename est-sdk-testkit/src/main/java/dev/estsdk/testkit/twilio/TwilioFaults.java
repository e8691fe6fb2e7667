package dev.estsdk.testkit.twilio;

import com.github.tomakehurst.wiremock.http.Fault;
import dev.estsdk.testkit.internal.fault.FaultInjector;
import dev.estsdk.testkit.internal.fault.FaultRules;
import org.jspecify.annotations.Nullable;
import java.time.Duration;
import java.util.Objects;

/**
 * Fault injection for the Twilio simulator, with the same semantics as the Sinch simulator's
 * {@code Faults}: latency, 429 (Twilio code 20429) with {@code Retry-After}, fixed or random
 * failures, and network faults. {@link TwilioSimulator#faults()} arms faults for every operation;
 * {@link #forOperation(TwilioOperation)} for one, consulted first. A faulted request never
 * reaches the account, so it changes nothing. Faults are decided after routing and before
 * authentication; {@code /_simulator} endpoints are never faulted.
 *
 * <pre>{@code
 * sim.faults().forOperation(TwilioOperation.CREATE_TRUNK).rateLimitNext(1, Duration.ofSeconds(2));
 * sim.faults().failNext(2, 503);
 * sim.faults().connectionResetNext(1);
 * }</pre>
 */
public final class TwilioFaults {

    private final FaultInjector injector;
    private final FaultRules rules;
    private final boolean global;

    TwilioFaults(FaultInjector injector, FaultRules rules, boolean global) {
        this.injector = injector;
        this.rules = rules;
        this.global = global;
    }

    /**
     * Returns the faults armed for that operation only.
     *
     * @param operation the operation to aim at
     * @return the faults armed for that operation only
     */
    public TwilioFaults forOperation(TwilioOperation operation) {
        Objects.requireNonNull(operation, "operation");
        return new TwilioFaults(injector, injector.forOperation(operation), false);
    }

    /**
     * Delays every answer in this scope (real time).
     *
     * @param delay the delay; zero removes it
     * @return this
     */
    public TwilioFaults latency(Duration delay) {
        if (Objects.requireNonNull(delay, "delay").isNegative()) {
            throw new IllegalArgumentException("delay must not be negative");
        }
        rules.latency(delay.isZero() ? null : delay);
        return this;
    }

    /**
     * Answers the next requests with 429 / 20429, after the counted faults already armed here.
     *
     * @param requests how many requests
     * @param retryAfter the {@code Retry-After} value (whole seconds), or null for none (Twilio does
     *     not promise one)
     * @return this
     */
    public TwilioFaults rateLimitNext(int requests, @Nullable Duration retryAfter) {
        rules.rateLimit(positive(requests), retryAfter);
        return this;
    }

    /**
     * Fails the next requests with a fixed status (the body's code is the status), after the
     * counted faults already armed here.
     *
     * @param requests how many requests
     * @param status 400 to 599, not 429 (use {@link #rateLimitNext})
     * @return this
     */
    public TwilioFaults failNext(int requests, int status) {
        if (status < 400 || status > 599 || status == 429) {
            throw new IllegalArgumentException("status must be 400 to 599 and not 429 (was " + status + ")");
        }
        rules.fail(positive(requests), status);
        return this;
    }

    /**
     * Fails a share of requests at random (fixed seed, repeatable).
     *
     * @param rate 0 to 1; 0 turns it off
     * @param status a 5xx status
     * @return this
     */
    public TwilioFaults serverErrorRate(double rate, int status) {
        if (!(rate >= 0 && rate <= 1) || status < 500 || status > 599) {
            throw new IllegalArgumentException("rate must be 0 to 1 and status 5xx (was " + rate + ", " + status + ")");
        }
        rules.errorRate(rate, status);
        return this;
    }

    /**
     * Resets the connection instead of answering the next requests.
     *
     * @param requests how many requests
     * @return this
     */
    public TwilioFaults connectionResetNext(int requests) {
        return networkFaultNext(requests, Fault.CONNECTION_RESET_BY_PEER);
    }

    /**
     * Applies a WireMock network fault to the next requests.
     *
     * @param requests how many requests
     * @param fault the fault
     * @return this
     */
    public TwilioFaults networkFaultNext(int requests, Fault fault) {
        rules.networkFault(positive(requests), Objects.requireNonNull(fault, "fault"));
        return this;
    }

    /** Disarms this scope; on {@link TwilioSimulator#faults()} it disarms every scope. */
    public void clear() {
        if (global) {
            injector.clear();
        } else {
            rules.clear();
        }
    }

    private static int positive(int requests) {
        if (requests < 1) {
            throw new IllegalArgumentException("requests must be at least 1 (was " + requests + ")");
        }
        return requests;
    }
}
