package dev.estsdk.core;

import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.util.Objects;

/**
 * How a whole call ended, every attempt and wait included.
 *
 * @param call          what was called
 * @param attempts      how many HTTP requests the call sent
 * @param status        the status of the last response, or -1 when none arrived
 * @param duration      from the start of the call to its end
 * @param outcome       how the last attempt ended ({@link AttemptEvent.Outcome#SUCCESS} for a success)
 * @param exceptionType the simple name of the exception handed to the caller, or null on success
 */
public record CallEvent(CallInfo call, int attempts, int status, Duration duration, AttemptEvent.Outcome outcome,
                        @Nullable String exceptionType) {

    /**
     * Checks the parts.
     *
     * @param call          what was called
     * @param attempts      how many HTTP requests the call sent
     * @param status        the status of the last response, or -1 when none arrived
     * @param duration      from the start of the call to its end
     * @param outcome       how the last attempt ended ({@link AttemptEvent.Outcome#SUCCESS} for a success)
     * @param exceptionType the simple name of the exception handed to the caller, or null on success
     * @throws NullPointerException if a reference other than {@code exceptionType} is null
     */
    public CallEvent {
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(outcome, "outcome");
    }

    /**
     * Whether the call returned a result.
     *
     * @return true when no exception was handed to the caller
     */
    public boolean succeeded() {
        return exceptionType == null;
    }
}
