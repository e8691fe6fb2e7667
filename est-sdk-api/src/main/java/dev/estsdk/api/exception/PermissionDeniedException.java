package dev.estsdk.api.exception;

/**
 * HTTP 403: the credentials are valid but may not perform this call.
 *
 * <p>Check that the access key belongs to the project in the path and that EST is enabled for it.
 * Never retried.
 */
public class PermissionDeniedException extends EstServiceException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception from the failed call's details.
     * @param details the call and the error response
     */
    public PermissionDeniedException(EstErrorDetails details) {
        super(details);
    }
}
