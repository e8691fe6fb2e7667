package dev.estsdk.testkit.internal.http;

/**
 * The string error code ({@code status} in the {@code Error} body) that goes with an HTTP status,
 * for every error the simulator raises without a more specific code (such as
 * {@code CREDENTIAL_NOT_FOUND}): its own refusals and injected faults alike.
 */
public final class ErrorCodes {

    private ErrorCodes() {
    }

    /**
     * @param status an HTTP error status (400–599)
     * @return its error code, e.g. {@code NO_RESOURCE_FOUND} for 404 and {@code UNAVAILABLE} for 503
     */
    public static String forStatus(int status) {
        return switch (status) {
            case 400 -> "VALIDATION_FAILED";
            case 401 -> "UNAUTHENTICATED";
            case 403 -> "PERMISSION_DENIED";
            case 404 -> "NO_RESOURCE_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 406 -> "NOT_ACCEPTABLE";
            case 408 -> "REQUEST_TIMEOUT";
            case 409 -> "CONFLICT";
            case 410 -> "GONE";
            case 412 -> "PRECONDITION_FAILED";
            case 413 -> "PAYLOAD_TOO_LARGE";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            case 422 -> "UNPROCESSABLE_ENTITY";
            case 429 -> "RESOURCE_EXHAUSTED";
            case 501 -> "NOT_IMPLEMENTED";
            case 502 -> "BAD_GATEWAY";
            case 503 -> "UNAVAILABLE";
            case 504 -> "DEADLINE_EXCEEDED";
            default -> status < 500 ? "CLIENT_ERROR" : "INTERNAL";
        };
    }
}
