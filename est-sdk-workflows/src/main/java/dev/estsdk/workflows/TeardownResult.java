package dev.estsdk.workflows;

import java.util.List;
import java.util.Objects;

/**
 * What a teardown removed, in order, and which lists it kept because other trunks use them.
 *
 * @param trunkId the trunk
 * @param changes the removals, in the order made (numbers, endpoints, links, trunk, lists)
 * @param kept    unlinked lists kept because another trunk uses them (or because lists are kept)
 */
public record TeardownResult(String trunkId, List<Change> changes, List<ResourceRef> kept) {

    /**
     * Copies the lists.
     *
     * @param trunkId the trunk
     * @param changes the removals, in the order made (numbers, endpoints, links, trunk, lists)
     * @param kept unlinked lists kept because another trunk uses them (or because lists are kept)
     * @throws NullPointerException if a field is null
     */
    public TeardownResult {
        Objects.requireNonNull(trunkId, "trunkId");
        changes = List.copyOf(changes);
        kept = List.copyOf(kept);
    }

    /**
     * Whether there was nothing to remove (the trunk was already gone).
     *
     * @return true when nothing was removed
     */
    public boolean isNoOp() {
        return changes.isEmpty();
    }
}
