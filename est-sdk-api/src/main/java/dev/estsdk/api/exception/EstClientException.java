package dev.estsdk.api.exception;

import org.jspecify.annotations.Nullable;

/**
 * The call failed on the client side or on the way: connection refused or reset, a timeout, a
 * response that could not be decoded, or a redirect (never followed). Check
 * {@link #isOutcomeUnknown()} before repeating a write: it is true when the request may have
 * reached the server.
 */
public class EstClientException extends EstException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception; the message reads {@code METHOD path: description (facts)}.
     * @param description what went wrong, e.g. {@code connection reset}; must not contain secrets
     * @param details     the call (method, path, attempts, outcome)
     * @param cause       the underlying failure, or null
     */
    public EstClientException(String description, EstErrorDetails details, @Nullable Throwable cause) {
        super(ErrorMessages.client(description, details), details, cause);
    }
}
