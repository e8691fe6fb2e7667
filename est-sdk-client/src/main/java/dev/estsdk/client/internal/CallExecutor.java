package dev.estsdk.client.internal;

import dev.estsdk.api.Sleeper;
import dev.estsdk.api.exception.EstClientException;
import dev.estsdk.api.exception.EstErrorDetails;
import dev.estsdk.api.exception.EstException;
import dev.estsdk.api.exception.EstServiceException;
import dev.estsdk.api.exception.EstTimeoutException;
import dev.estsdk.client.AttemptEvent;
import dev.estsdk.client.AttemptListener;
import dev.estsdk.client.RetryPolicy;
import feign.Request;
import io.github.resilience4j.core.functions.CheckedSupplier;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The {@link CallRunner} of the client: one request id per call, the call deadline, the retry
 * policy (a resilience4j {@link Retry}, the only retry layer), per-attempt timeouts, one
 * {@link AttemptEvent} per attempt, one DEBUG log line per call, the OAuth2 401 replay, and the
 * mapping of every failure to the {@code dev.estsdk.api.exception} tree.
 *
 * <p>resilience4j runs the attempts and decides from {@link AttemptFailure#retry()}, which this
 * class sets after classifying each failure (see {@link Classifier}) and checking the attempt
 * budget, {@code Retry-After} and the deadline. The wait itself goes through the client's
 * {@link Sleeper} (virtual time in tests) inside resilience4j's interval function, which then
 * reports a zero interval so that resilience4j's own global sleep does nothing. No retry starts
 * unless at least {@link #MIN_RETRY_TIME} of the deadline is left after its wait, and each attempt's
 * timeout is the read timeout or the time left, whichever is shorter.
 */
public final class CallExecutor implements CallRunner {

    private static final Logger LOG = LoggerFactory.getLogger("dev.estsdk.client");

    /** A retry is only started when at least this much of the call deadline is left after its wait. */
    static final Duration MIN_RETRY_TIME = Duration.ofMillis(50);

    private final RetryPolicy policy;
    private final Duration readTimeout;
    private final Duration callTimeout;
    private final int connectTimeoutMillis;
    private final Clock clock;
    private final Sleeper sleeper;
    private final AttemptListener listener;
    private final Authorizer authorizer;
    private final Retry retry;
    private volatile boolean closed;

    CallExecutor(ClientConfig config, Duration connectTimeout, Authorizer authorizer) {
        this.policy = config.retryPolicy();
        this.readTimeout = config.readTimeout();
        this.callTimeout = config.callTimeout();
        this.connectTimeoutMillis = Math.toIntExact(connectTimeout.toMillis());
        this.clock = config.clock();
        this.sleeper = config.sleeper();
        this.listener = config.listener();
        this.authorizer = authorizer;
        this.retry = Retry.of("est", RetryConfig.custom()
                .maxAttempts(policy.maxAttempts())
                .retryOnException(t -> t instanceof AttemptFailure f && f.retry())
                .intervalBiFunction((attempt, outcome) -> waitBeforeRetry(outcome.swap().getOrNull()))
                .writableStackTraceEnabled(false)
                .build());
    }

    /** The per-call state the attempts share. */
    private static final class Call {
        final Operation operation;
        final CallContext context;
        final Instant start;
        final Instant deadline;
        int invocations;
        int requests;
        boolean replayed;

        Call(Operation operation, CallContext context, Instant start, Duration callTimeout) {
            this.operation = operation;
            this.context = context;
            this.start = start;
            this.deadline = start.plus(callTimeout);
        }
    }

    /** Refuses every later call. */
    void close() {
        closed = true;
    }

    @Override
    public <T> T execute(Operation operation, Function<Request.Options, T> attempt) {
        if (closed) {
            throw new IllegalStateException("the EstClient is closed");
        }
        CallContext previous = CallContext.current();
        Call call = new Call(operation, CallContext.open(operation), clock.instant(), callTimeout);
        CheckedSupplier<T> attempts = Retry.decorateCheckedSupplier(retry, () -> attempt(call, attempt));
        try {
            T result = attempts.get();
            log(call, call.context.status(), null);
            return result;
        } catch (AttemptFailure failure) {
            EstException exception = toException(call, failure);
            log(call, failure.status() == 0 ? -1 : failure.status(), exception);
            throw exception;
        } catch (EstException exception) {
            log(call, -1, exception);
            throw exception;
        } catch (Error error) {
            throw error;
        } catch (Throwable unexpected) {
            EstException exception = new EstClientException("unexpected failure: " + unexpected.getClass().getName(),
                    details(call, EstErrorDetails.builder(), !operation.idempotent()), unexpected);
            log(call, -1, exception);
            throw exception;
        } finally {
            CallContext.close(previous);
        }
    }

    private <T> T attempt(Call call, Function<Request.Options, T> attempt) throws AttemptFailure {
        call.invocations++;
        return send(call, attempt);
    }

    private <T> T send(Call call, Function<Request.Options, T> attempt) throws AttemptFailure {
        Instant start = clock.instant();
        Duration left = Duration.between(start, call.deadline);
        if (Thread.currentThread().isInterrupted()) {
            throw new AttemptFailure(AttemptFailure.Kind.INTERRUPTED, EstErrorDetails.builder().build(),
                    "interrupted", false, null);
        }
        if (left.toMillis() < 1) {
            throw deadlineExceeded();
        }
        Duration budget = left.compareTo(readTimeout) < 0 ? left : readTimeout;
        call.requests++;
        call.context.status(-1);
        call.context.tokenBudget(budget);
        Request.Options options = new Request.Options(connectTimeoutMillis, TimeUnit.MILLISECONDS,
                budget.toMillis(), TimeUnit.MILLISECONDS, false);
        try {
            T result = attempt.apply(options);
            emit(call, start, call.context.status(), AttemptEvent.Outcome.SUCCESS, false);
            return result;
        } catch (EstException validation) {
            call.requests--;
            throw validation;
        } catch (RuntimeException e) {
            AttemptFailure failure = Classifier.classify(e, call.operation);
            if (isReplayableUnauthorized(call, failure)) {
                call.replayed = true;
                emit(call, start, failure.status(), AttemptEvent.Outcome.ERROR_STATUS, true);
                return send(call, attempt);
            }
            decide(call, failure);
            emit(call, start, call.context.status(), outcomeOf(failure), failure.retry());
            throw failure;
        }
    }

    /** A 401 from the API with OAuth: drop the token (if still current) and replay once. */
    private boolean isReplayableUnauthorized(Call call, AttemptFailure failure) {
        return failure.kind() == AttemptFailure.Kind.STATUS && failure.status() == 401 && !call.replayed
                && authorizer.rejected(call.context.authorization());
    }

    /** Sets {@link AttemptFailure#retry()} when the policy, the attempt budget and the deadline allow. */
    private void decide(Call call, AttemptFailure failure) {
        if (!Classifier.retryable(failure, call.operation) || call.invocations >= policy.maxAttempts()) {
            return;
        }
        boolean throttled = failure.status() == 429 || failure.retryAfter().isPresent();
        Duration wait = fullJitter(throttled ? policy.throttlingBaseDelay() : policy.baseDelay(),
                throttled ? policy.throttlingMaxDelay() : policy.maxDelay(), call.invocations);
        if (failure.retryAfter().isPresent()) {
            Duration asked = failure.retryAfter().get();
            if (asked.compareTo(policy.maxRetryAfter()) > 0) {
                return;
            }
            wait = asked.compareTo(wait) > 0 ? asked : wait;
        }
        if (wait.plus(MIN_RETRY_TIME).compareTo(Duration.between(clock.instant(), call.deadline)) >= 0) {
            return;
        }
        failure.retryAfterWaiting(wait);
    }

    /** {@code uniform(0, min(cap, base * 2^(retry - 1)))}. */
    static Duration fullJitter(Duration base, Duration cap, int retry) {
        long ceiling = cap.toNanos();
        long exponential = base.toNanos();
        for (int i = 1; i < retry && exponential < ceiling; i++) {
            exponential *= 2;
        }
        long bound = Math.min(ceiling, exponential);
        return bound <= 0 ? Duration.ZERO : Duration.ofNanos(ThreadLocalRandom.current().nextLong(bound + 1));
    }

    /** resilience4j's interval: waits on the client's sleeper and reports zero. */
    private long waitBeforeRetry(Throwable failure) {
        if (failure instanceof AttemptFailure f && !f.waitBeforeRetry().isZero()) {
            try {
                sleeper.sleep(f.waitBeforeRetry());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return 0L;
    }

    private AttemptFailure deadlineExceeded() {
        return new AttemptFailure(AttemptFailure.Kind.TIMEOUT, EstErrorDetails.builder().build(),
                "call deadline of " + seconds(callTimeout) + " exceeded", false, null);
    }

    private EstException toException(Call call, AttemptFailure failure) {
        boolean unknown = failure.reachedServer() && !call.operation.idempotent();
        EstErrorDetails.Builder builder = failure.details().toBuilder();
        return switch (failure.kind()) {
            case STATUS -> EstServiceException.forStatus(details(call, builder, unknown));
            case TOKEN -> failure.status() >= 400
                    ? EstServiceException.forStatus(builder.requestId(call.context.requestId())
                            .attempts(call.requests).build())
                    : new EstClientException(failure.description(), details(call, builder, false), failure.getCause());
            case TIMEOUT -> new EstTimeoutException(timeoutDescription(call, failure),
                    details(call, builder, unknown), failure.getCause());
            default -> new EstClientException(failure.description(), details(call, builder, unknown),
                    failure.getCause());
        };
    }

    private String timeoutDescription(Call call, AttemptFailure failure) {
        boolean deadlinePassed = !clock.instant().plusMillis(1).isBefore(call.deadline)
                || failure.description().startsWith("call deadline");
        return deadlinePassed ? "call deadline of " + seconds(callTimeout) + " exceeded" : failure.description();
    }

    private EstErrorDetails details(Call call, EstErrorDetails.Builder builder, boolean outcomeUnknown) {
        return builder.method(call.operation.method())
                .path(call.context.path())
                .requestId(call.context.requestId())
                .attempts(call.requests)
                .outcomeUnknown(outcomeUnknown)
                .build();
    }

    private static AttemptEvent.Outcome outcomeOf(AttemptFailure failure) {
        return switch (failure.kind()) {
            case STATUS, REDIRECT -> AttemptEvent.Outcome.ERROR_STATUS;
            case TIMEOUT -> AttemptEvent.Outcome.TIMEOUT;
            default -> AttemptEvent.Outcome.FAILURE;
        };
    }

    private void emit(Call call, Instant start, int status, AttemptEvent.Outcome outcome, boolean retrying) {
        if (listener == null) {
            return;
        }
        Duration duration = Duration.between(start, clock.instant());
        AttemptEvent event = new AttemptEvent(call.operation.name(), call.operation.method(),
                call.operation.pathTemplate(), call.requests, status, duration.isNegative() ? Duration.ZERO : duration,
                outcome, retrying);
        try {
            listener.onAttempt(event);
        } catch (RuntimeException e) {
            LOG.warn("The attempt listener threw {}; the call goes on", e.getClass().getName());
        }
    }

    private void log(Call call, int status, EstException failure) {
        if (!LOG.isDebugEnabled()) {
            return;
        }
        long millis = Duration.between(call.start, clock.instant()).toMillis();
        if (failure == null) {
            LOG.debug("{} {} -> {} in {} ms, {} attempt(s), request id {}", call.operation.method(),
                    call.context.path(), status, millis, call.requests, call.context.requestId());
        } else {
            LOG.debug("{} {} -> {} in {} ms, {} attempt(s), request id {}: {}", call.operation.method(),
                    call.context.path(), status, millis, call.requests, call.context.requestId(),
                    failure.getClass().getSimpleName());
        }
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
    }
}
