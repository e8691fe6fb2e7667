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
     * @param details the call and the error response, with its status
     */
    public EstServiceException(EstErrorDetails details) {
        this(details, null);
    }

    /**
     * Creates the exception from the failed call's details and the failure that revealed it.
     * @param details the call and the error response, with its status
     * @param cause   the underlying failure, or null
     */
    public EstServiceException(EstErrorDetails details, @Nullable Throwable cause) {
        super(ErrorMessages.service(details), details, cause);
    }

    /**
     * {@return the subclass matching {@code details.status()}: 400 and 422
     * {@link BadRequestException}, 401 {@link AuthenticationException}, 403
     * {@link PermissionDeniedException}, 404 {@link NotFoundException}, 409
     * {@link ConflictException}, 429 {@link RateLimitException}, 5xx {@link ServerErrorException},
     * else this class}
     * @param details the call and the error response
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

    /** {@return the HTTP status of the error response} */
    public int status() {
        return details().status();
    }

    /** {@return the server's error code, e.g. {@code NO_RESOURCE_FOUND}; null if none} */
    public @Nullable String errorCode() {
        return details().errorCode();
    }

    /** {@return the server's message, secrets redacted; null if none} */
    public @Nullable String serverMessage() {
        return details().serverMessage();
    }

    /** {@return the field violations the server reported, unmodifiable} */
    public List<FieldViolation> fieldViolations() {
        return details().fieldViolations();
    }
}
