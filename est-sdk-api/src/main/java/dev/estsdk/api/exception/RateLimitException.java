package dev.estsdk.api.exception;

import java.time.Duration;
import java.util.Optional;

/**
 * HTTP 429: too many requests. The client retries with backoff and honours
 * {@code Retry-After}; this is thrown when the attempts are used up, or at once when the server
 * asks for a wait longer than the client is allowed to spend.
 */
public class RateLimitException extends EstServiceException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception from the failed call's details.
     * @param details the call and the error response, with {@code retryAfter} when sent
     */
    public RateLimitException(EstErrorDetails details) {
        super(details);
    }

    /** {@return the wait the server asked for in {@code Retry-After}, if any} */
    public Optional<Duration> retryAfter() {
        return details().retryAfter();
    }
}
