package dev.estsdk.client.internal;

import dev.estsdk.api.exception.EstErrorDetails;

/**
 * A non-2xx response, decoded by {@link EstErrorDecoder} and thrown through Feign to
 * {@link CallExecutor}, which classifies it and turns it into the public exception. Never escapes
 * the client.
 */
final class ErrorResponse extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @serial the decoded response, redacted; method, path and attempts are added later */
    private final transient EstErrorDetails details;

    ErrorResponse(EstErrorDetails details) {
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
