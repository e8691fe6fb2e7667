package dev.estsdk.core.internal;

import dev.estsdk.api.exception.EstErrorDetails;

import java.time.Duration;
import java.util.Optional;

/**
 * How one attempt failed, classified for the retry decision. The {@link Pipeline} completes an
 * attempt's stage with it, resilience4j's predicate and interval function read it, and the
 * pipeline turns the last one into the public exception; it never escapes a client.
 */
final class AttemptFailure extends Exception {

    private static final long serialVersionUID = 1L;

    /** What kind of failure, which decides retry and the public exception type. */
    enum Kind {
        /** The connection could not be opened: nothing was sent. */
        CONNECT,
        /** No credential could be obtained: nothing was sent to the API. */
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
        INTERRUPTED,
        /** The client was closed while the attempt was in flight, or before it was sent. */
        CLOSED
    }

    /** The kind. */
    private final Kind kind;
    /** What is known of the response, redacted; method, path, attempts come later. */
    private final transient EstErrorDetails details;
    /** How the SDK describes the failure, for client exceptions. */
    private final String description;
    /** Whether the request may have changed server state. */
    private final boolean reachedServer;
    /** The call the attempt belongs to, set by the pipeline before resilience4j sees the failure. */
    private transient Pipeline.Call<?> call;

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

    /**
     * Whether the request may have reached the server and changed something.
     *
     * @return whether the request may have reached the server and changed something
     */
    boolean reachedServer() {
        return reachedServer;
    }

    Pipeline.Call<?> call() {
        return call;
    }

    AttemptFailure of(Pipeline.Call<?> owner) {
        this.call = owner;
        return this;
    }
}
