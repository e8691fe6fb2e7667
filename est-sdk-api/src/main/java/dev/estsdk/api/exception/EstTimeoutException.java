package dev.estsdk.api.exception;

import org.jspecify.annotations.Nullable;

/**
 * The call ran out of time: an attempt's read timeout or the whole call's deadline (waits
 * between retries included) passed. A timed-out write may have been applied; see
 * {@link #isOutcomeUnknown()}.
 */
public class EstTimeoutException extends EstClientException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     * @param description which limit passed, e.g. {@code call deadline of 60s exceeded}
     * @param details     the call (method, path, attempts, outcome)
     * @param cause       the underlying failure, or null
     */
    public EstTimeoutException(String description, EstErrorDetails details, @Nullable Throwable cause) {
        super(description, details, cause);
    }
}
