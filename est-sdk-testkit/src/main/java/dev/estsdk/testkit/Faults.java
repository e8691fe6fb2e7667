package dev.estsdk.testkit;

import com.github.tomakehurst.wiremock.http.Fault;
import dev.estsdk.testkit.internal.fault.FaultInjector;
import dev.estsdk.testkit.internal.fault.FaultRules;
import org.jspecify.annotations.Nullable;
import java.time.Duration;
import java.util.Objects;

/**
 * Fault injection for resilience tests: latency, 429 with {@code Retry-After}, fixed or random 5xx
 * failures and network faults such as connection resets. {@link EstSimulator#faults()} arms
 * faults for every request (the token endpoint included, the {@code /_simulator} and WireMock
 * admin endpoints excluded); {@link #forOperation(EstOperation)} arms them for one operation only,
 * and those are consulted first. A faulted request never reaches the model, so it changes nothing.
 *
 * <p>Faults are decided after routing and before authentication: a request to an unknown path or
 * with an unsupported method answers 404 or 405 and uses up no fault, while a request to a real
 * operation gets its fault whatever its credentials. Counted faults ({@link #rateLimitNext},
 * {@link #failNext}, {@link #connectionResetNext}, {@link #networkFaultNext}) add up: each call
 * queues its requests behind those already armed in the scope, and they are used in the order
 * armed. Error bodies carry the code that goes with the status ({@code NO_RESOURCE_FOUND} for
 * 404, {@code UNAVAILABLE} for 503, …); on the token endpoint they take the OAuth2 shape
 * {@code {"error":"temporarily_unavailable","error_description":"…"}}.
 *
 * <pre>{@code
 * sim.faults().forOperation(EstOperation.LIST_SIP_TRUNKS).rateLimitNext(1, Duration.ofSeconds(2));
 * sim.faults().failNext(2, 503);          // the next two requests, any operation
 * sim.faults().connectionResetNext(1);
 * sim.faults().clear();
 * }</pre>
 */
public final class Faults {

    private final FaultInjector injector;
    private final FaultRules rules;
    private final boolean global;

    Faults(FaultInjector injector, FaultRules rules, boolean global) {
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
    public Faults forOperation(EstOperation operation) {
        Objects.requireNonNull(operation, "operation");
        return new Faults(injector, injector.forOperation(operation), false);
    }

    /**
     * Delays every answer in this scope (real time, not the simulator clock).
     *
     * @param delay the delay; zero removes it
     * @return this
     */
    public Faults latency(Duration delay) {
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative");
        }
        rules.latency(delay.isZero() ? null : delay);
        return this;
    }

    /**
     * Answers the next requests with 429 and a {@code Retry-After} header, after any counted
     * faults already armed in this scope.
     *
     * @param requests how many requests
     * @param retryAfter the {@code Retry-After} value (whole seconds), or null to send none (as
     *     the OAuth2 token endpoint does)
     * @return this
     */
    public Faults rateLimitNext(int requests, @Nullable Duration retryAfter) {
        rules.rateLimit(positive(requests), retryAfter);
        return this;
    }

    /**
     * Fails the next requests with a fixed status, after any counted faults already armed in this
     * scope.
     *
     * @param requests how many requests
     * @param status an error status from 400 to 599, e.g. 500 or 503; not 429, which is
     *     {@link #rateLimitNext(int, Duration)} (it says what {@code Retry-After} to send)
     * @return this
     */
    public Faults failNext(int requests, int status) {
        rules.fail(positive(requests), errorStatus(status));
        return this;
    }

    /**
     * Fails a share of requests at random (a fixed seed keeps runs repeatable).
     *
     * @param rate probability between 0 and 1; 0 turns it off
     * @param status the 5xx status to answer with
     * @return this
     */
    public Faults serverErrorRate(double rate, int status) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException("rate must be between 0 and 1 (was " + rate + ")");
        }
        if (status < 500 || status > 599) {
            throw new IllegalArgumentException("status must be a 5xx status (was " + status + ")");
        }
        rules.errorRate(rate, status);
        return this;
    }

    /**
     * Resets the connection (TCP RST) instead of answering the next requests, after any counted
     * faults already armed in this scope.
     *
     * @param requests how many requests
     * @return this
     */
    public Faults connectionResetNext(int requests) {
        return networkFaultNext(requests, Fault.CONNECTION_RESET_BY_PEER);
    }

    /**
     * Applies a WireMock network fault (reset, empty response, malformed chunk, garbage) to the next
     * requests, after any counted faults already armed in this scope.
     *
     * @param requests how many requests
     * @param fault the fault
     * @return this
     */
    public Faults networkFaultNext(int requests, Fault fault) {
        Objects.requireNonNull(fault, "fault");
        rules.networkFault(positive(requests), fault);
        return this;
    }

    /** Disarms this scope; on {@link EstSimulator#faults()} it disarms every scope. */
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

    private static int errorStatus(int status) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("status must be a 4xx or 5xx status (was " + status + ")");
        }
        if (status == 429) {
            throw new IllegalArgumentException("status must not be 429: use rateLimitNext(requests, retryAfter), "
                    + "which also sets Retry-After");
        }
        return status;
    }
}
