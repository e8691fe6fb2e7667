package dev.estsdk.api.exception;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * The server answered with an error status. Subclasses name the common families so callers can
 * catch what they can handle ({@link NotFoundException}, {@link ConflictException}, ...); other
 * statuses (405, 408, 415, ...) arrive as this class. The message reads like
 * {@code HTTP 404 GET /v1/projects/p/trunks/t: SIP trunk not found (code=NO_RESOURCE_FOUND,
 * requestId=0f8e...)}, with {@code attempts=n} when the call was retried; quote the request id
 * to support.
 */
public class EstServiceException extends EstException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception from the failed call's details.
     *
     * @param details the call and the error response; {@code status()} should be set
     * @throws NullPointerException if details is null
     */
    public EstServiceException(EstErrorDetails details) {
        this(details, null);
    }

    /**
     * Creates the exception from the failed call's details and the failure that revealed it.
     *
     * @param details the call and the error response; {@code status()} should be set
     * @param cause   the underlying failure, or null
     * @throws NullPointerException if details is null
     */
    public EstServiceException(EstErrorDetails details, @Nullable Throwable cause) {
        super(ErrorMessages.service(details), details, cause);
    }

    /**
     * Creates the subclass that matches {@code details.status()}: 400 and 422
     * {@link BadRequestException}, 401 {@link AuthenticationException}, 403
     * {@link PermissionDeniedException}, 404 {@link NotFoundException}, 409
     * {@link ConflictException}, 429 {@link RateLimitException}, 5xx {@link ServerErrorException},
     * anything else {@link EstServiceException}.
     *
     * @param details the call and the error response
     * @return the exception to throw
     * @throws NullPointerException if details is null
     */
    public static EstServiceException forStatus(EstErrorDetails details) {
        int status = details.status();
        if (status >= 500 && status <= 599) {
            return new ServerErrorException(details);
        }
        return switch (status) {
            case 400, 422 -> new BadRequestException(details);
            case 401 -> new AuthenticationException(details);
            case 403 -> new PermissionDeniedException(details);
            case 404 -> new NotFoundException(details);
            case 409 -> new ConflictException(details);
            case 429 -> new RateLimitException(details);
            default -> new EstServiceException(details);
        };
    }

    /**
     * The HTTP status of the error response.
     *
     * @return e.g. 404
     */
    public int status() {
        return details().status();
    }

    /**
     * The server's error code, e.g. {@code NO_RESOURCE_FOUND}, {@code VALIDATION_FAILED} or
     * {@code CREDENTIAL_NOT_FOUND}.
     *
     * @return the code, or null when the body carried none
     */
    public @Nullable String errorCode() {
        return details().errorCode();
    }

    /**
     * The server's message, with any secret of the request replaced by {@code ***}.
     *
     * @return the message, or null when the body carried none
     */
    public @Nullable String serverMessage() {
        return details().serverMessage();
    }

    /**
     * The field violations the server reported.
     *
     * @return an unmodifiable list, empty when there were none
     */
    public List<FieldViolation> fieldViolations() {
        return details().fieldViolations();
    }
}
