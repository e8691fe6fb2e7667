package dev.estsdk.workflows;

import java.util.Objects;

/**
 * One write a workflow makes (or, in a dry run, would make).
 *
 * @param type     what the write does
 * @param resource the resource written
 * @param detail   why, in words, e.g. {@code enabled: false -> true}; empty when obvious
 */
public record Change(ChangeType type, ResourceRef resource, String detail) {

    /**
     * Checks the fields.
     *
     * @param type what the write does
     * @param resource the resource written
     * @param detail why, in words, e.g. {@code enabled: false -> true}; empty when obvious
     * @throws NullPointerException if type or resource is null
     */
    public Change {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(resource, "resource");
        detail = detail == null ? "" : detail;
    }

    /**
     * The same change with the resource's id, once known.
     *
     * @param id the id
     * @return a copy
     */
    public Change withId(String id) {
        return new Change(type, resource.withId(id), detail);
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
