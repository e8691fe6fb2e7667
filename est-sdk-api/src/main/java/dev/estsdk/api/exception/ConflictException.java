package dev.estsdk.api.exception;

/**
 * HTTP 409: the request conflicts with the current state, e.g. a host name that another trunk
 * already uses.
 *
 * <p>Never retried; read the current state and decide.
 */
public class ConflictException extends EstServiceException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception from the failed call's details.
     * @param details the call and the error response
     */
    public ConflictException(EstErrorDetails details) {
        super(details);
    }
}
