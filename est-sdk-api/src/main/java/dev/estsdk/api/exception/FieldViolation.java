package dev.estsdk.api.exception;

import java.io.Serializable;
import java.util.Objects;

/**
 * One rule that one field of a request broke, either found by a builder before any request
 * ({@link EstValidationException#violations()}) or reported by the server in the
 * {@code BadRequest} detail of an error body ({@link EstServiceException#fieldViolations()}).
 * @param field       the field's path as the reporter names it, e.g. {@code hostName} or
 *                    {@code credentials[0].password}; never null
 * @param description the rule that was broken, e.g. {@code must not be blank}; never null
 * @serial exclude
 */
public record FieldViolation(String field, String description) implements Serializable {

    /**
     * Creates a violation; null parts become empty so a partial server report stays printable.
     * @param field       the field's path
     * @param description the broken rule
     */
    public FieldViolation {
        field = Objects.requireNonNullElse(field, "");
        description = Objects.requireNonNullElse(description, "");
    }

    /** {@return {@code field: description}, as in exception messages} */
    @Override
    public String toString() {
        return field.isEmpty() ? description : field + ": " + description;
    }
}
