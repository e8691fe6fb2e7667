package dev.estsdk.core.internal;

import dev.estsdk.api.Sleeper;
import dev.estsdk.api.exception.EstClientException;
import dev.estsdk.api.exception.EstErrorDetails;
import dev.estsdk.api.exception.EstException;
import dev.estsdk.api.exception.EstServiceException;
import dev.estsdk.api.exception.EstTimeoutException;
import dev.estsdk.core.AttemptEvent;
import dev.estsdk.core.CallEvent;
import dev.estsdk.core.CallInfo;
import dev.estsdk.core.CallListener;
import dev.estsdk.core.CallObserver;
import dev.estsdk.core.EstResponse;
import dev.estsdk.core.RetryPolicy;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * The attempt pipeline every client runs on, from a call to its attempts and back, asynchronous
 * throughout; a synchronous call is the same pipeline awaited ({@link #await(CompletableFuture)}).
 *
 * <ol>
 *   <li>A call gets a request id (the same on every attempt), a deadline on the client's clock
 *       and an observer from the {@link CallListener}.</li>
 *   <li>Each attempt gets its budget (the read timeout, or what is left of the deadline if that is
 *       shorter) and its {@code Authorization} value from the carrier's {@link Authorizer}; both
 *       travel in its {@link AttemptOptions} to the {@link JdkTransport}, which enforces the budget.</li>
 *   <li>A failed attempt is classified once ({@link Classifier}). A 401 is replayed once with a
 *       fresh credential when the authorizer can provide one; a {@code DELETE} answered 404 after
 *       an earlier attempt of the same call may have been applied reports success (the goal state
 *       holds).</li>
 *   <li>resilience4j decides and waits: its predicate ({@link #shouldRetry}) reads the
 *       classification, the attempt count, {@code Retry-After} and the deadline; its interval
 *       function ({@link #delay}) is full jitter with {@code Retry-After} as a minimum and the
 *       deadline as a cap (the retry keeps time to run); {@code Retry.decorateCompletionStage} waits on the client's scheduler,
 *       without blocking a thread.</li>
 *   <li>The last failure becomes the public exception, with the method, path, request id,
 *       attempts and whether a write's outcome is unknown.</li>
 * </ol>
 *
 * <p>Nothing in it knows a carrier: the auth scheme, the error body (an {@link ErrorResponse}
 * from the carrier's Feign error decoder), the page envelope and the request building are the
 * client's.
 */
public final class Pipeline implements AutoCloseable {

    /** A retry is only started when at least this much of the call deadline is left after its wait. */
    static final Duration MIN_RETRY_TIME = Duration.ofMillis(50);

    private final Settings settings;
    private final Authorizer authorizer;
    private final JdkTransport transport;
    private final RetryScheduler scheduler;
    private final Retry retry;
    private final Logger log;
    private final Set<Call<?>> inFlight = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    /**
     * The settings of a pipeline, checked by the client's builder.
     *
     * @param service         the API's name in events and thread names, e.g. {@code sinch-est}
     * @param connectTimeout  the connect timeout of every attempt
     * @param readTimeout     the longest one attempt may take
     * @param callTimeout     the deadline of a whole call, every wait included
     * @param policy          when and how often to retry
     * @param clock           what deadlines are measured on
     * @param sleeper         what waits between attempts ({@link Sleeper#system()}: a timer)
     * @param listener        sees every call
     * @param statusException the public exception for an error status
     * @param loggerName      the logger of the one DEBUG line per call
     * @param clientName      the client's class name in messages, e.g. {@code EstClient}
     */
    public record Settings(String service, Duration connectTimeout, Duration readTimeout, Duration callTimeout,
                           RetryPolicy policy, Clock clock, Sleeper sleeper, CallListener listener,
                           Function<EstErrorDetails, EstServiceException> statusException, String loggerName,
                           String clientName) {

        /** Checks that every part is given. */
        public Settings {
            Objects.requireNonNull(service, "service");
            Objects.requireNonNull(connectTimeout, "connectTimeout");
            Objects.requireNonNull(readTimeout, "readTimeout");
            Objects.requireNonNull(callTimeout, "callTimeout");
            Objects.requireNonNull(policy, "policy");
            Objects.requireNonNull(clock, "clock");
            Objects.requireNonNull(sleeper, "sleeper");
            Objects.requireNonNull(listener, "listener");
            Objects.requireNonNull(statusException, "statusException");
            Objects.requireNonNull(loggerName, "loggerName");
            Objects.requireNonNull(clientName, "clientName");
        }
    }

    /**
     * One attempt of a call: sends one request through a Feign proxy, passing on the options it
     * is given as the method's {@code Request.Options} argument. It may be invoked several times
     * and must have no side effect but the request.
     *
     * @param <T> the decoded answer
     */
    @FunctionalInterface
    public interface Attempt<T> {

        /**
         * Sends the attempt.
         *
         * @param options the attempt's budget, request id and authorization
         * @return the decoded answer
         */
        CompletableFuture<T> send(AttemptOptions options);
    }

    /**
     * Wires a pipeline.
     *
     * @param settings   the checked settings
     * @param authorizer the carrier's authentication
     * @param transport  the transport the Feign proxies send through
     */
    public Pipeline(Settings settings, Authorizer authorizer, JdkTransport transport) {
        this.settings = settings;
        this.authorizer = authorizer;
        this.transport = transport;
        this.scheduler = new RetryScheduler(settings.sleeper(), settings.service());
        this.log = LoggerFactory.getLogger(settings.loggerName());
        this.retry = Retry.of(settings.service(), RetryConfig.custom()
                .maxAttempts(settings.policy().maxAttempts())
                .retryOnException(t -> t instanceof AttemptFailure failure && shouldRetry(failure))
                .intervalBiFunction((attempt, outcome) -> outcome.isLeft()
                        && outcome.getLeft() instanceof AttemptFailure failure ? delay(failure) : 1L)
                .failAfterMaxAttempts(false)
                .writableStackTraceEnabled(false)
                .build());
    }

    /** The state one call's attempts share; each attempt runs after the previous one ended. */
    static final class Call<T> {
        final Operation operation;
        final CallInfo info;
        final CallObserver observer;
        final String requestId = UUID.randomUUID().toString();
        final Instant start;
        final Instant deadline;
        final CompletableFuture<EstResponse<T>> result = new CompletableFuture<>();
        final AtomicBoolean finished = new AtomicBoolean();
        volatile int invocations;
        volatile int requests;
        volatile boolean replayed;
        volatile boolean mayHaveApplied;
        volatile AttemptOptions lastOptions;
        volatile CompletableFuture<?> current;

        Call(Operation operation, CallInfo info, CallObserver observer, Instant start, Duration callTimeout) {
            this.operation = operation;
            this.info = info;
            this.observer = observer;
            this.start = start;
            this.deadline = start.plus(callTimeout);
        }

        String path() {
            AttemptOptions options = lastOptions;
            return options == null || options.path() == null ? operation.pathTemplate() : options.path();
        }

        int status() {
            AttemptOptions options = lastOptions;
            return options == null ? -1 : options.status();
        }
    }

    /**
     * Starts a call.
     *
     * @param operation what is called
     * @param attempt   one attempt
     * @param <T>       the decoded answer
     * @return the answer with its response; it fails with an {@link EstException}. Cancelling it
     *         cancels the attempt in flight and every later one.
     * @throws IllegalStateException if the pipeline was closed
     */
    public <T> CompletableFuture<EstResponse<T>> call(Operation operation, Attempt<T> attempt) {
        if (closed) {
            throw closedBeforeCall(operation);
        }
        CallInfo info = new CallInfo(settings.service(), operation.name(), operation.method(), operation.pathTemplate());
        Call<T> call = new Call<>(operation, info, observe(info), settings.clock().instant(), settings.callTimeout());
        inFlight.add(call);
        if (closed) {
            inFlight.remove(call);
            throw closedBeforeCall(operation);
        }
        call.result.whenComplete((response, failure) -> {
            inFlight.remove(call);
            if (call.result.isCancelled()) {
                finish(call, null, new CancellationException("cancelled by the caller"));
                CompletableFuture<?> current = call.current;
                if (current != null) {
                    current.cancel(true);
                }
            }
        });
        Retry.decorateCompletionStage(retry, scheduler, () -> attempt(call, attempt)).get()
                .whenComplete((response, failure) -> {
                    if (failure == null) {
                        complete(call, response, null);
                    } else {
                        complete(call, null, toException(call, unwrap(failure)));
                    }
                });
        return call.result;
    }

    /**
     * Waits for a call on the calling thread: how the synchronous clients run on this pipeline.
     * The call itself is bounded by its deadline, so this wait is too.
     *
     * @param future the call
     * @param <T>    the answer
     * @return the answer
     * @throws EstException how the call failed; an interrupt cancels the call, keeps the
     *                      thread's interrupt flag and throws an {@link EstClientException}
     */
    public static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new EstClientException("unexpected failure: " + cause.getClass().getName(),
                    EstErrorDetails.builder().build(), cause);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new EstClientException("interrupted while waiting for the call; it was cancelled",
                    EstErrorDetails.builder().outcomeUnknown(true).build(), e);
        } catch (CancellationException e) {
            throw new EstClientException("the call was cancelled", EstErrorDetails.builder().build(), e);
        }
    }

    /**
     * Refuses every later call, fails every call in flight at once with an
     * {@link EstClientException} (a write's outcome is then unknown), cancels their exchanges so
     * that nothing more is sent, and stops the retry scheduler's thread. Idempotent.
     */
    @Override
    public void close() {
        closed = true;
        for (Call<?> call : inFlight) {
            failClosed(call);
        }
        transport.close();
        scheduler.shutdownNow();
    }

    /**
     * How many calls are in flight.
     *
     * @return how many calls are in flight
     */
    public int callsInFlight() {
        return inFlight.size();
    }

    private <T> void failClosed(Call<T> call) {
        AttemptFailure closedFailure = new AttemptFailure(AttemptFailure.Kind.CLOSED, EstErrorDetails.builder().build(),
                "the " + settings.clientName() + " was closed during the call; no further attempt was sent and the"
                        + " attempt in flight, if any, was abandoned", call.requests > 0, null);
        complete(call, null, toException(call, closedFailure));
        CompletableFuture<?> current = call.current;
        if (current != null) {
            current.cancel(true);
        }
    }

    private IllegalStateException closedBeforeCall(Operation operation) {
        return new IllegalStateException("this " + settings.clientName() + " is closed: " + operation.method() + " "
                + operation.pathTemplate() + " was not sent; build a new client with " + settings.clientName()
                + ".builder()");
    }

    private <T> CompletableFuture<EstResponse<T>> attempt(Call<T> call, Attempt<T> attempt) {
        call.invocations++;
        CompletableFuture<EstResponse<T>> stage = new CompletableFuture<>();
        send(call, attempt, stage);
        return stage;
    }

    private <T> void send(Call<T> call, Attempt<T> attempt, CompletableFuture<EstResponse<T>> stage) {
        Instant start = settings.clock().instant();
        Duration left = Duration.between(start, call.deadline);
        if (call.result.isDone()) {
            stage.completeExceptionally(new CancellationException("the call already ended"));
            return;
        }
        if (closed) {
            stage.completeExceptionally(new AttemptFailure(AttemptFailure.Kind.CLOSED, EstErrorDetails.builder().build(),
                    "the " + settings.clientName() + " was closed during the call; no further attempt was sent", false,
                    null).of(call));
            return;
        }
        if (left.toMillis() < 1) {
            stage.completeExceptionally(deadlineExceeded().of(call));
            return;
        }
        Duration budget = left.compareTo(settings.readTimeout()) < 0 ? left : settings.readTimeout();
        call.requests++;
        int number = call.requests;
        safely(() -> call.observer.attemptStarted(number));
        CompletableFuture<String> authorization;
        try {
            authorization = authorizer.authorization(budget);
        } catch (RuntimeException e) {
            authorization = CompletableFuture.failedFuture(e);
        }
        authorization.thenCompose(value -> {
            AttemptOptions options = new AttemptOptions(settings.connectTimeout(), budget, call.requestId, value);
            call.lastOptions = options;
            CompletableFuture<T> sent;
            try {
                sent = attempt.send(options);
            } catch (RuntimeException e) {
                sent = CompletableFuture.failedFuture(e);
            }
            call.current = sent;
            return sent.thenApply(answer -> response(call, options, answer));
        }).whenComplete((response, error) -> {
            if (error == null) {
                emit(call, start, response.statusCode(), AttemptEvent.Outcome.SUCCESS, false);
                stage.complete(response);
                return;
            }
            Throwable cause = unwrap(error);
            if (cause instanceof EstException refusedBeforeSending) {
                call.requests--;
                stage.completeExceptionally(refusedBeforeSending);
                return;
            }
            AttemptFailure failure = Classifier.classify(cause).of(call);
            if (isReplayableUnauthorized(call, failure)) {
                call.replayed = true;
                emit(call, start, failure.status(), AttemptEvent.Outcome.ERROR_STATUS, true);
                send(call, attempt, stage);
                return;
            }
            if (deletedMeanwhile(call, failure)) {
                emit(call, start, failure.status(), AttemptEvent.Outcome.SUCCESS, false);
                AttemptOptions options = call.lastOptions;
                stage.complete(new EstResponse<>(null, failure.status(), flatten(options.headers()), call.requestId,
                        call.requests));
                return;
            }
            if (failure.reachedServer()) {
                call.mayHaveApplied = true;
            }
            emit(call, start, call.status(), outcomeOf(failure), shouldRetry(failure));
            stage.completeExceptionally(failure);
        });
    }

    private static <T> EstResponse<T> response(Call<T> call, AttemptOptions options, T answer) {
        return new EstResponse<>(answer, options.status(), flatten(options.headers()), call.requestId, call.requests);
    }

    private static Map<String, List<String>> flatten(Map<String, Collection<String>> headers) {
        Map<String, List<String>> copy = new java.util.HashMap<>();
        headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        return copy;
    }

    /** A 401 with a credential the authorizer can replace: drop it (if still current) and replay once. */
    private boolean isReplayableUnauthorized(Call<?> call, AttemptFailure failure) {
        AttemptOptions options = call.lastOptions;
        return failure.kind() == AttemptFailure.Kind.STATUS && failure.status() == 401 && !call.replayed
                && options != null && authorizer.rejected(options.authorization());
    }

    /**
     * A {@code DELETE} answered 404 after an earlier attempt of the same call may have been
     * applied: that attempt deleted it, and the goal state holds.
     */
    private static boolean deletedMeanwhile(Call<?> call, AttemptFailure failure) {
        return call.operation.method().equals("DELETE") && call.mayHaveApplied
                && failure.kind() == AttemptFailure.Kind.STATUS && failure.status() == 404;
    }

    /** resilience4j's retry predicate. */
    private boolean shouldRetry(AttemptFailure failure) {
        Call<?> call = failure.call();
        if (call == null || closed || call.result.isDone()) {
            return false;
        }
        RetryPolicy policy = settings.policy();
        if (!Classifier.retryable(failure, call.operation) || call.invocations >= policy.maxAttempts()) {
            return false;
        }
        Duration left = Duration.between(settings.clock().instant(), call.deadline);
        Duration minimum = failure.retryAfter().orElse(Duration.ZERO);
        if (minimum.compareTo(policy.maxRetryAfter()) > 0) {
            return false;
        }
        return minimum.plus(MIN_RETRY_TIME).compareTo(left) < 0;
    }

    /**
     * resilience4j's interval function, in milliseconds (at least 1: resilience4j reads 0 as
     * "stop"). The jittered wait is capped so that the retry keeps time to run (a read timeout, or
     * half of what is left of the deadline if that is less); {@code Retry-After} is a minimum that
     * no cap shortens ({@link #shouldRetry} made sure it fits).
     */
    private long delay(AttemptFailure failure) {
        Call<?> call = failure.call();
        RetryPolicy policy = settings.policy();
        boolean throttled = failure.status() == 429 || failure.retryAfter().isPresent();
        Duration wait = fullJitter(throttled ? policy.throttlingBaseDelay() : policy.baseDelay(),
                throttled ? policy.throttlingMaxDelay() : policy.maxDelay(), call.invocations);
        Duration left = Duration.between(settings.clock().instant(), call.deadline);
        Duration forTheRetry = left.dividedBy(2).compareTo(settings.readTimeout()) < 0
                ? left.dividedBy(2) : settings.readTimeout();
        Duration room = left.minus(forTheRetry);
        if (wait.compareTo(room) > 0) {
            wait = room.isNegative() ? Duration.ZERO : room;
        }
        Duration minimum = failure.retryAfter().orElse(Duration.ZERO);
        if (minimum.compareTo(wait) > 0) {
            wait = minimum;
        }
        long millis = wait.toNanos() / 1_000_000L + (wait.toNanos() % 1_000_000L == 0 ? 0 : 1);
        return Math.max(1L, millis);
    }

    /**
     * {@code uniform(0, min(cap, base * 2^(retry - 1)))}; saturates instead of overflowing.
     *
     * @param base  the first retry's ceiling
     * @param cap   the largest ceiling
     * @param retry the retry's number, from 1
     * @return the wait
     */
    static Duration fullJitter(Duration base, Duration cap, int retry) {
        long ceiling = saturatedNanos(cap);
        long exponential = saturatedNanos(base);
        for (int i = 1; i < retry && exponential < ceiling; i++) {
            exponential = exponential > Long.MAX_VALUE / 2 ? Long.MAX_VALUE : exponential * 2;
        }
        long bound = Math.min(ceiling, exponential);
        return bound <= 0 ? Duration.ZERO
                : Duration.ofNanos(ThreadLocalRandom.current().nextLong(bound == Long.MAX_VALUE ? bound : bound + 1));
    }

    private static long saturatedNanos(Duration d) {
        try {
            return d.toNanos();
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    private AttemptFailure deadlineExceeded() {
        return new AttemptFailure(AttemptFailure.Kind.TIMEOUT, EstErrorDetails.builder().build(),
                "call deadline of " + seconds(settings.callTimeout()) + " exceeded", false, null);
    }

    private EstException toException(Call<?> call, Throwable failure) {
        if (failure instanceof AttemptFailure attemptFailure) {
            return toException(call, attemptFailure);
        }
        if (failure instanceof EstException exception) {
            return exception;
        }
        return new EstClientException("unexpected failure: " + failure.getClass().getName(),
                details(call, EstErrorDetails.builder(), call.mayHaveApplied && !call.operation.idempotent()), failure);
    }

    private EstException toException(Call<?> call, AttemptFailure failure) {
        boolean unknown = (failure.reachedServer() || call.mayHaveApplied) && !call.operation.idempotent();
        EstErrorDetails.Builder builder = failure.details().toBuilder();
        return switch (failure.kind()) {
            case STATUS -> settings.statusException().apply(details(call, builder, unknown));
            case TOKEN -> failure.status() >= 400
                    ? settings.statusException().apply(builder.requestId(call.requestId).attempts(call.requests).build())
                    : new EstClientException(failure.description(), details(call, builder, false), failure.getCause());
            case TIMEOUT -> new EstTimeoutException(timeoutDescription(call, failure), details(call, builder, unknown),
                    failure.getCause());
            default -> new EstClientException(failure.description(), details(call, builder, unknown),
                    failure.getCause());
        };
    }

    private String timeoutDescription(Call<?> call, AttemptFailure failure) {
        boolean deadlinePassed = Duration.between(settings.clock().instant(), call.deadline).compareTo(MIN_RETRY_TIME) < 0
                || failure.description().startsWith("call deadline");
        return deadlinePassed ? "call deadline of " + seconds(settings.callTimeout()) + " exceeded"
                : failure.description();
    }

    private static EstErrorDetails details(Call<?> call, EstErrorDetails.Builder builder, boolean outcomeUnknown) {
        return builder.method(call.operation.method())
                .path(call.path())
                .requestId(call.requestId)
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

    /** Ends the call once: the DEBUG line and the observer's end first, then the caller's result. */
    private <T> void complete(Call<T> call, EstResponse<T> response, EstException failure) {
        if (!call.finished.compareAndSet(false, true)) {
            return;
        }
        report(call, response, failure);
        if (failure == null) {
            call.result.complete(response);
        } else {
            call.result.completeExceptionally(failure);
        }
    }

    private void finish(Call<?> call, EstResponse<?> response, Throwable failure) {
        if (call.finished.compareAndSet(false, true)) {
            report(call, response, failure);
        }
    }

    private void report(Call<?> call, EstResponse<?> response, Throwable failure) {
        int status = response != null ? response.statusCode()
                : failure instanceof EstException e && e.details().status() > 0 ? e.details().status() : call.status();
        Duration duration = Duration.between(call.start, settings.clock().instant());
        if (duration.isNegative()) {
            duration = Duration.ZERO;
        }
        if (log.isDebugEnabled()) {
            if (failure == null) {
                log.debug("{} {} -> {} in {} ms, {} attempt(s), request id {}", call.operation.method(), call.path(),
                        status, duration.toMillis(), call.requests, call.requestId);
            } else {
                log.debug("{} {} -> {} in {} ms, {} attempt(s), request id {}: {}", call.operation.method(),
                        call.path(), status, duration.toMillis(), call.requests, call.requestId,
                        failure.getClass().getSimpleName());
            }
        }
        AttemptEvent.Outcome outcome = failure == null ? AttemptEvent.Outcome.SUCCESS
                : failure instanceof EstTimeoutException ? AttemptEvent.Outcome.TIMEOUT
                : status >= 300 ? AttemptEvent.Outcome.ERROR_STATUS : AttemptEvent.Outcome.FAILURE;
        CallEvent event = new CallEvent(call.info, call.requests, status, duration, outcome,
                failure == null ? null : failure.getClass().getSimpleName());
        safely(() -> call.observer.callEnded(event));
    }

    private CallObserver observe(CallInfo info) {
        try {
            CallObserver observer = settings.listener().callStarted(info);
            return observer == null ? CallObserver.NONE : observer;
        } catch (RuntimeException e) {
            log.warn("The call listener threw {}; the call goes on", e.getClass().getName());
            return CallObserver.NONE;
        }
    }

    private void emit(Call<?> call, Instant start, int status, AttemptEvent.Outcome outcome, boolean retrying) {
        Duration duration = Duration.between(start, settings.clock().instant());
        AttemptEvent event = new AttemptEvent(call.operation.name(), call.operation.method(),
                call.operation.pathTemplate(), call.requests, status, duration.isNegative() ? Duration.ZERO : duration,
                outcome, retrying);
        safely(() -> call.observer.attemptEnded(event));
    }

    private void safely(Runnable observerCall) {
        try {
            observerCall.run();
        } catch (RuntimeException e) {
            log.warn("The call observer threw {}; the call goes on", e.getClass().getName());
        }
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
    }
}
