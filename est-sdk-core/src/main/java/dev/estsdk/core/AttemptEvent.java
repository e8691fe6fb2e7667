package dev.estsdk.core;

import java.time.Duration;
import java.util.Objects;

/**
 * One HTTP attempt of an API call. It carries no header, body, identifier or secret: the path is
 * the template ({@code /v1/projects/{projectId}/trunks/{sipTrunkId}}), not the concrete path.
 *
 * @param operation    the operation id of the EST reference, e.g. {@code GetSipTrunkById}
 * @param method       the HTTP method, e.g. {@code GET}
 * @param pathTemplate the path template with its {@code {placeholders}}
 * @param attempt      the attempt number within the call, starting at 1
 * @param status       the HTTP status, or -1 when no response arrived
 * @param duration     how long the attempt took
 * @param outcome      how the attempt ended
 * @param retrying     whether the client will try again after this attempt
 */
public record AttemptEvent(String operation, String method, String pathTemplate, int attempt, int status,
                           Duration duration, Outcome outcome, boolean retrying) {

    /** How an attempt ended. */
    public enum Outcome {
        /** A 2xx response that was read and decoded. */
        SUCCESS,
        /** An error status (3xx, 4xx, 5xx). */
        ERROR_STATUS,
        /** The attempt (or the call deadline) ran out of time. */
        TIMEOUT,
        /** A connection, TLS or protocol failure, or a response that could not be decoded. */
        FAILURE
    }

    /**
     * Checks the parts.
     *
     * @param operation    the operation id of the EST reference, e.g. {@code GetSipTrunkById}
     * @param method       the HTTP method, e.g. {@code GET}
     * @param pathTemplate the path template with its {@code {placeholders}}
     * @param attempt      the attempt number within the call, starting at 1
     * @param status       the HTTP status, or -1 when no response arrived
     * @param duration     how long the attempt took
     * @param outcome      how the attempt ended
     * @param retrying     whether the client will try again after this attempt
     * @throws NullPointerException if a reference is null
     */
    public AttemptEvent {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(pathTemplate, "pathTemplate");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(outcome, "outcome");
    }
}
