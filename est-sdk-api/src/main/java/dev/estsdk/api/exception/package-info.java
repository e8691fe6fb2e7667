/**
 * The unchecked exceptions of the SDK.
 *
 * <pre>
 * EstException                     method(), path(), requestId(), attempts(), isOutcomeUnknown()
 * +-- EstValidationException       bad input, before any I/O; violations()
 * +-- EstServiceException          error status: status(), errorCode(), serverMessage(), fieldViolations()
 * |   +-- BadRequestException         400 and 422
 * |   +-- AuthenticationException     401
 * |   +-- PermissionDeniedException   403
 * |   +-- NotFoundException           404
 * |   +-- ConflictException           409
 * |   +-- RateLimitException          429, retryAfter()
 * |   +-- ServerErrorException        5xx
 * +-- EstClientException           I/O, decoding, redirects
 *     +-- EstTimeoutException         attempt timeout or call deadline
 * </pre>
 *
 * <p>No message ever contains a password, a key secret or an access token. Constructor
 * arguments are non-null unless marked {@code @Nullable}; a null one throws
 * {@link java.lang.NullPointerException}.
 */
@NullMarked
package dev.estsdk.api.exception;

import org.jspecify.annotations.NullMarked;
