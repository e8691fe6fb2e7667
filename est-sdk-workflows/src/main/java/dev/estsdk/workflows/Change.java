package dev.estsdk.workflows;

import java.util.List;
import java.util.Objects;

/**
 * One write a workflow makes (or, in a dry run, would make).
 *
 * @param type     what the write does
 * @param resource the resource written
 * @param detail   why, in words, e.g. {@code enabled: false -> true}; empty when obvious
 * @param fields   the fields the write sets, with their value before and after (secrets as
 *                 {@code ***}); empty when not known field by field
 */
public record Change(ChangeType type, ResourceRef resource, String detail, List<FieldChange> fields) {

    /**
     * Checks the fields.
     *
     * @param type     what the write does
     * @param resource the resource written
     * @param detail   why, in words, e.g. {@code enabled: false -> true}; empty when obvious
     * @param fields   the fields before and after; null means none
     * @throws NullPointerException if type or resource is null
     */
    public Change {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(resource, "resource");
        detail = detail == null ? "" : detail;
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    /**
     * A change without field-by-field values.
     *
     * @param type     what the write does
     * @param resource the resource written
     * @param detail   why, in words, e.g. {@code enabled: false -> true}; empty when obvious
     * @throws NullPointerException if type or resource is null
     */
    public Change(ChangeType type, ResourceRef resource, String detail) {
        this(type, resource, detail, List.of());
    }

    /**
     * The same change with the resource's id, once known.
     *
     * @param id the id
     * @return a copy
     */
    public Change withId(String id) {
        return new Change(type, resource.withId(id), detail, fields);
    }

    /**
     * Describes the change, e.g. {@code CREATE ENDPOINT "sbc-1"}.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return type + " " + resource + (detail.isEmpty() ? "" : ": " + detail);
    }
}
