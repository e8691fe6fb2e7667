package dev.estsdk.testkit.internal.http;

import java.util.ArrayList;
import java.util.List;

/** Collects every field violation of one request body, then fails once with all of them. */
public final class Violations {

    private final List<ApiException.FieldViolation> list = new ArrayList<>();

    /**
     * @param field the field path, e.g. {@code ipRanges[0].range}
     * @param description the rule broken
     */
    public void add(String field, String description) {
        list.add(new ApiException.FieldViolation(field, description));
    }

    /**
     * Adds a violation when a required value is missing or blank.
     *
     * @param field the field name
     * @param value the value read
     * @return whether the value is present
     */
    public boolean requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            add(field, "must not be blank");
            return false;
        }
        return true;
    }

    /**
     * Adds a violation when a required value is missing.
     *
     * @param field the field name
     * @param value the value read
     * @return whether the value is present
     */
    public boolean require(String field, Object value) {
        if (value == null) {
            add(field, "must not be null");
            return false;
        }
        return true;
    }

    /** @throws ApiException 400 {@code VALIDATION_FAILED} listing every violation, if any */
    public void throwIfAny() {
        if (list.isEmpty()) {
            return;
        }
        StringBuilder message = new StringBuilder("Validation failed: ");
        for (int i = 0; i < list.size(); i++) {
            ApiException.FieldViolation v = list.get(i);
            message.append(i == 0 ? "" : "; ").append(v.field()).append(": ").append(v.description());
        }
        throw new ApiException(400, "VALIDATION_FAILED", message.toString(), list);
    }
}
