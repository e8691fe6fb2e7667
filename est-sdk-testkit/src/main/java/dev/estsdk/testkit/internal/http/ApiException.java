package dev.estsdk.testkit.internal.http;

import java.util.List;

/**
 * A request the simulator refuses, carried up to the transformer, which renders it in the spec's
 * flat {@code Error} shape.
 */
public final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A field-level problem, rendered under {@code details[].fieldViolations}. */
    public record FieldViolation(String field, String description) {
    }

    private final int status;
    private final String code;
    private final transient List<FieldViolation> violations;

    /**
     * @param status the HTTP status
     * @param code the string error code (e.g. {@code NO_RESOURCE_FOUND})
     * @param message the human-readable message
     * @param violations field violations, possibly empty
     */
    public ApiException(int status, String code, String message, List<FieldViolation> violations) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.violations = List.copyOf(violations);
    }

    /** @return the HTTP status */
    public int status() {
        return status;
    }

    /** @return the string error code */
    public String code() {
        return code;
    }

    /** @return the field violations */
    public List<FieldViolation> violations() {
        return violations;
    }

    /**
     * @param status the HTTP status
     * @param message the human-readable message
     */
    public ApiException(int status, String message) {
        this(status, ErrorCodes.forStatus(status), message, List.of());
    }

    /**
     * @param what the kind of resource, e.g. {@code "SIP trunk"}
     * @param id the unknown id
     * @return a 404 {@code NO_RESOURCE_FOUND}
     */
    public static ApiException notFound(String what, String id) {
        return new ApiException(404, what + " " + id + " not found");
    }

    /**
     * @param message what is wrong
     * @return a 400 {@code VALIDATION_FAILED} without field details
     */
    public static ApiException badRequest(String message) {
        return new ApiException(400, message);
    }

    /**
     * A body that cannot be bound to the operation's request type (malformed JSON, wrong JSON
     * type, a CIDR string where an IP-range object belongs), reported as the service does.
     *
     * @param field the offending field
     * @param description what was expected
     * @return a 400 {@code VALIDATION_FAILED} with message {@code Failed to read HTTP message}
     */
    public static ApiException unreadable(String field, String description) {
        return new ApiException(400, "VALIDATION_FAILED", "Failed to read HTTP message",
                List.of(new FieldViolation(field, description)));
    }
}
