package dev.estsdk.client.internal;

import dev.estsdk.api.exception.EstErrorDetails;

/**
 * No OAuth2 token could be obtained. Thrown from the request interceptor, so nothing was sent
 * to the API; {@link CallExecutor} decides whether to retry (throttling, server errors and
 * network failures) or to fail (the key was refused).
 */
final class TokenFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @serial the token endpoint's response, if any, with method and path of the token request */
    private final transient EstErrorDetails details;

    TokenFailure(String description, EstErrorDetails details, Throwable cause) {
        super(description, cause, false, false);
        this.details = details;
    }

    EstErrorDetails details() {
        return details;
    }

    /** @return the token endpoint's status, or 0 when it did not answer */
    int status() {
        return details.status();
    }

    /** @return true when the endpoint refused the key (400, 401, 403): retrying cannot help */
    boolean refused() {
        return status() == 400 || status() == 401 || status() == 403;
    }
}
