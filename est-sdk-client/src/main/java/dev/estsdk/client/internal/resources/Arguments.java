package dev.estsdk.client.internal.resources;

import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.FieldViolation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Checks arguments that travel in a request body or query rather than in the path, such as the
 * ids of the lists to link to a trunk, before any request.
 */
final class Arguments {

    private Arguments() {
    }

    /**
     * Checks that a text is neither null nor blank.
     *
     * @param field the field, e.g. {@code domain}
     * @param value the text
     * @return the text
     * @throws EstValidationException naming the field
     */
    static String requireNonBlank(String field, String value) {
        if (value == null || value.isBlank()) {
            throw invalid(List.of(new FieldViolation(field, value == null ? "is required" : "must not be blank")));
        }
        return value;
    }

    /**
     * Checks that at least one id is given and that none is null or blank.
     *
     * @param field the body field, e.g. {@code accessControlListIds}
     * @param ids   the ids
     * @return an unmodifiable copy, in the given order
     * @throws EstValidationException naming the field or the offending element
     */
    static List<String> requireSomeIds(String field, Collection<String> ids) {
        Objects.requireNonNull(ids, field);
        if (ids.isEmpty()) {
            throw invalid(List.of(new FieldViolation(field, "must contain at least one id")));
        }
        return requireEachId(field, ids);
    }

    /**
     * Checks that no id is null or blank; an empty collection is fine.
     *
     * @param field the body field
     * @param ids   the ids
     * @return an unmodifiable copy, in the given order
     * @throws EstValidationException naming each offending element
     */
    static List<String> requireEachId(String field, Collection<String> ids) {
        Objects.requireNonNull(ids, field);
        List<String> copy = new ArrayList<>(ids);
        List<FieldViolation> violations = new ArrayList<>();
        for (int i = 0; i < copy.size(); i++) {
            String id = copy.get(i);
            if (id == null || id.isBlank()) {
                violations.add(new FieldViolation(field + "[" + i + "]",
                        id == null ? "is required" : "must not be blank"));
            }
        }
        if (!violations.isEmpty()) {
            throw invalid(violations);
        }
        return List.copyOf(copy);
    }

    private static EstValidationException invalid(List<FieldViolation> violations) {
        return new EstValidationException("request", violations);
    }
}
