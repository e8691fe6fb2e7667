package dev.estsdk.core.internal;

import dev.estsdk.api.exception.EstErrorDetails;

/**
 * A non-2xx response as a carrier's Feign {@code ErrorDecoder} reads it (status, error code,
 * message, field violations, {@code Retry-After}, all redacted), thrown through Feign to the
 * {@link Pipeline}, which classifies it and turns it into the public exception. Never escapes a
 * client.
 */
public final class ErrorResponse extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The decoded response, redacted; method, path and attempts are added later. */
    private final transient EstErrorDetails details;

    /**
     * Wraps what the error decoder read.
     *
     * @param details the response's details, already redacted
     */
    public ErrorResponse(EstErrorDetails details) {
        super("HTTP " + details.status(), null, false, false);
        this.details = details;
    }

    EstErrorDetails details() {
        return details;
    }

    int status() {
        return details.status();
    }
}
