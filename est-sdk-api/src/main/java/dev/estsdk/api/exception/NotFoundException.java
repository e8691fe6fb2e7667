package dev.estsdk.api.exception;

/**
 * HTTP 404: the resource does not exist ({@code NO_RESOURCE_FOUND}), or a reference inside the
 * request does not ({@code CREDENTIAL_NOT_FOUND} when a registered endpoint names a username that
 * no credential list of the project holds).
 *
 * <p>Never retried.
 */
public class NotFoundException extends EstServiceException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception from the failed call's details.
     * @param details the call and the error response
     */
    public NotFoundException(EstErrorDetails details) {
        super(details);
    }
}
