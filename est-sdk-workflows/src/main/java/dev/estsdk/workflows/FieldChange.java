package dev.estsdk.workflows;

import org.jspecify.annotations.Nullable;

import java.util.Objects;

/**
 * One field of a resource that differs between what is live and what a plan wants. Secrets are
 * never shown: a password reads {@code ***}.
 *
 * @param field  the field, e.g. {@code port} or {@code twilio.secure}
 * @param before the live value, or null when the resource or the field does not exist yet
 * @param after  the wanted value, or null when the field is to be removed
 */
public record FieldChange(String field, @Nullable String before, @Nullable String after) {

    /**
     * Checks the fields.
     *
     * @param field  the field
     * @param before the live value, or null
     * @param after  the wanted value, or null
     * @throws NullPointerException if field is null
     */
    public FieldChange {
        Objects.requireNonNull(field, "field");
    }

    /**
     * Describes the change, e.g. {@code port: 5060 -> 5061}.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return field + ": " + before + " -> " + after;
    }
}
