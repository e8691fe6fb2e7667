package dev.estsdk.api.exception;

/**
 * HTTP 401: the credentials were refused.
 *
 * <p>The client already fetched a fresh token and replayed the call once before throwing this;
 * check the key id, the key secret and that the key belongs to the project.
 */
public class AuthenticationException extends EstServiceException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception from the failed call's details.
     * @param details the call and the error response
     */
    public AuthenticationException(EstErrorDetails details) {
        super(details);
    }
}
