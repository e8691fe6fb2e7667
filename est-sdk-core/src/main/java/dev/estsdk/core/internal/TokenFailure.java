package dev.estsdk.core.internal;

import dev.estsdk.api.exception.EstErrorDetails;

/**
 * No credential could be obtained for an attempt (e.g. the OAuth2 token endpoint failed), so
 * nothing was sent to the API. The {@link Pipeline} retries throttling, server errors and network
 * failures of the token endpoint, and fails at once when the key was refused.
 */
public final class TokenFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The token endpoint's response, if any, with method and path of the token request. */
    private final transient EstErrorDetails details;

    /**
     * Describes the failure.
     *
     * @param description what went wrong, without secrets
     * @param details     the token endpoint's status and {@code Retry-After}, if it answered
     * @param cause       the I/O failure, or null
     */
    public TokenFailure(String description, EstErrorDetails details, Throwable cause) {
        super(description, cause, false, false);
        this.details = details;
    }

    /**
     * The token endpoint's status and {@code Retry-After}, if it answered.
     *
     * @return the token endpoint's status and {@code Retry-After}, if it answered
     */
    public EstErrorDetails details() {
        return details;
    }

    /**
     * The token endpoint's status, or 0 when it did not answer.
     *
     * @return the token endpoint's status, or 0 when it did not answer
     */
    public int status() {
        return details.status();
    }
}
