package dev.estsdk.api.exception;

/**
 * HTTP 400 (or 422): the server rejected the request's content.
 *
 * <p>Typical EST causes: {@code VALIDATION_FAILED} with "Failed to read HTTP message" (a malformed
 * body such as a CIDR string where an IP range object is expected), a credential password below
 * the policy, deleting a trunk that still has phone numbers, or deleting a credential list that is
 * still linked to a trunk or referenced by an endpoint. {@link #fieldViolations()} names the
 * fields when the server reports them. Never retried.
 */
public class BadRequestException extends EstServiceException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception from the failed call's details.
     * @param details the call and the error response
     */
    public BadRequestException(EstErrorDetails details) {
        super(details);
    }
}
