package dev.estsdk.workflows;

import org.jspecify.annotations.Nullable;

import java.util.Objects;

/**
 * Names one resource a workflow touched: its kind, its id (null while not yet created) and a
 * label people recognise (the name, host name or number).
 *
 * @param type  the kind of resource
 * @param id    the server id; for a link, the linked list's id; for a number, the number
 * @param label the name, host name or number
 */
public record ResourceRef(ResourceType type, @Nullable String id, @Nullable String label) {

    /**
     * Checks the kind is given.
     *
     * @param type the kind of resource
     * @param id the server id; for a link, the linked list's id; for a number, the number
     * @param label the name, host name or number
     * @throws NullPointerException if type is null
     */
    public ResourceRef {
        Objects.requireNonNull(type, "type");
    }

    /**
     * The same resource with its server id, once known.
     *
     * @param newId the id
     * @return a copy with the id
     */
    public ResourceRef withId(String newId) {
        return new ResourceRef(type, newId, label);
    }

    /**
     * Describes the resource, e.g. {@code ENDPOINT "sbc-1" (01HA2E80QC)}.
     *
     * @return the description
     */
    @Override
    public String toString() {
        String name = label == null ? "" : " \"" + label + "\"";
        String ref = id == null || id.equals(label) ? "" : " (" + id + ")";
        return type + name + ref;
    }
}
