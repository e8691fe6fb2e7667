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
     * Creates an exception for subclasses, which format the message from the details.
     *
     * @param message the complete message; must not contain secrets
     * @param details what is known about the failed call
     * @param cause   the underlying failure, or null
     * @throws NullPointerException if details is null
     */
    protected EstException(String message, EstErrorDetails details, @Nullable Throwable cause) {
        super(message, cause);
        this.details = Objects.requireNonNull(details, "details");
    }

    /**
     * Everything known about the failed call.
     *
     * @return the immutable details; never null
     */
    public EstErrorDetails details() {
        return details;
    }

    /**
     * The HTTP method of the failed call.
     *
     * @return e.g. {@code GET}, or null when the failure happened before a request was formed
     */
    public @Nullable String method() {
        return details.method();
    }

    /**
     * The request path of the failed call, without query.
     *
     * @return e.g. {@code /v1/projects/p/trunks/t}, or null when no request was formed
     */
    public @Nullable String path() {
        return details.path();
    }

    /**
     * The request id sent with every attempt of the call; quote it to support.
     *
     * @return the request id, or null when none was sent
     */
    public @Nullable String requestId() {
        return details.requestId();
    }

    /**
     * How many HTTP attempts the call made, retries included.
     *
     * @return 0 when the call failed before sending anything
     */
    public int attempts() {
        return details.attempts();
    }

    /**
     * Whether a write may have been applied although the call failed (for example a
     * {@code POST} whose connection was reset after sending). Read the resource before
     * repeating such a call, or it may be applied twice.
     *
     * @return true when the outcome of the call is unknown
     */
    public boolean isOutcomeUnknown() {
        return details.outcomeUnknown();
    }
}
