package dev.estsdk.api.exception;

import org.jspecify.annotations.Nullable;

import java.util.Objects;

/**
 * The root of every exception the SDK throws; all are unchecked.
 *
 * <ul>
 *   <li>{@link EstValidationException}: bad input found before any request was sent;</li>
 *   <li>{@link EstServiceException} and its subclasses: the server answered with an error
 *       status;</li>
 *   <li>{@link EstClientException}: the call failed on the way (I/O, timeout, undecodable
 *       response, redirect).</li>
 * </ul>
 *
 * <p>Messages never contain a password, key secret or access token; they name the HTTP method
 * and path, which identify the failed call without any request body.
 */
public abstract class EstException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What is known about the failed call; never null. */
    private final EstErrorDetails details;

    /**
     * Creates an exception; subclasses format the message from the details.
     * @param message the complete message; must not contain secrets
     * @param details what is known about the failed call
     * @param cause   the underlying failure, or null
     */
    protected EstException(String message, EstErrorDetails details, @Nullable Throwable cause) {
        super(message, cause);
        this.details = Objects.requireNonNull(details, "details");
    }

    /** {@return everything known about the failed call} */
    public EstErrorDetails details() {
        return details;
    }

    /** {@return the HTTP method, e.g. {@code GET}; null when no request was formed} */
    public @Nullable String method() {
        return details.method();
    }

    /** {@return the request path without query; null when no request was formed} */
    public @Nullable String path() {
        return details.path();
    }

    /** {@return the request id sent with every attempt, to quote to support; null if none} */
    public @Nullable String requestId() {
        return details.requestId();
    }

    /** {@return how many HTTP attempts the call made, retries included; 0 if nothing was sent} */
    public int attempts() {
        return details.attempts();
    }

    /**
     * {@return whether a write may have been applied although the call failed} E.g. a {@code POST}
     * whose connection was reset after sending: read the resource before repeating such a call, or
     * it may be applied twice.
     */
    public boolean isOutcomeUnknown() {
        return details.outcomeUnknown();
    }
}
