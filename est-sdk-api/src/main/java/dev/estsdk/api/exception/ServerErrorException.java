package dev.estsdk.api.exception;

/**
 * HTTP 5xx: the server failed.
 *
 * <p>Idempotent calls (GET, PUT, DELETE) were already retried before this was thrown; see {@link
 * #attempts()}. A failed POST is not retried: check {@link #isOutcomeUnknown()} and read before
 * repeating it.
 */
public class ServerErrorException extends EstServiceException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception from the failed call's details.
     * @param details the call and the error response
     */
    public ServerErrorException(EstErrorDetails details) {
        super(details);
    }
}
