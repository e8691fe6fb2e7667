package dev.estsdk.client.internal;

import dev.estsdk.api.exception.EstErrorDetails;

import java.time.Duration;
import java.util.Optional;

/**
 * How one attempt failed, classified for the retry decision. Thrown by {@link CallExecutor}'s
 * attempt into resilience4j and caught again by the executor; never escapes the client.
 */
final class AttemptFailure extends Exception {

    private static final long serialVersionUID = 1L;

    /** What kind of failure, which decides retry and the public exception type. */
    enum Kind {
        /** The connection could not be opened: nothing was sent. */
        CONNECT,
        /** No access token could be obtained: nothing was sent to the API. */
        TOKEN,
        /** The connection broke after the request was (maybe) sent: reset, EOF, garbage. */
        IO,
        /** The attempt ran out of time. */
        TIMEOUT,
        /** An error status. */
        STATUS,
        /** A 3xx: never followed. */
        REDIRECT,
        /** A 2xx whose body could not be decoded, or TLS refused: retrying cannot help. */
        FATAL,
        /** The thread was interrupted. */
        INTERRUPTED
    }

    /** @serial the kind */
    private final Kind kind;
    /** @serial what is known of the response, redacted; method, path, attempts come later */
    private final transient EstErrorDetails details;
    /** @serial how the SDK describes the failure, for client exceptions */
    private final String description;
    /** @serial whether the request may have changed server state */
    private final boolean reachedServer;
    /** @serial whether the executor will retry */
    private boolean retry;
    /** @serial the wait before the retry */
    private Duration wait = Duration.ZERO;

    AttemptFailure(Kind kind, EstErrorDetails details, String description, boolean reachedServer, Throwable cause) {
        super(description, cause, false, false);
        this.kind = kind;
        this.details = details;
        this.description = description;
        this.reachedServer = reachedServer;
    }

    Kind kind() {
        return kind;
    }

    EstErrorDetails details() {
        return details;
    }

    String description() {
        return description;
    }

    int status() {
        return details.status();
    }

    Optional<Duration> retryAfter() {
        return details.retryAfter();
    }

    /** @return whether the request may have reached the server and changed something */
    boolean reachedServer() {
        return reachedServer;
    }

    boolean retry() {
        return retry;
    }

    Duration waitBeforeRetry() {
        return wait;
    }

    /** Records the executor's decision. */
    void retryAfterWaiting(Duration value) {
        this.retry = true;
        this.wait = value;
    }
}
