package dev.estsdk.workflows;

import java.util.List;
import java.util.Objects;

/**
 * How a live trunk differs from a plan: the writes {@link TrunkProvisioner#apply(ProvisioningPlan)}
 * would make, each with its fields before and after, and what exists on the trunk but is not in
 * the plan. Apply leaves the unmanaged resources alone.
 *
 * @param changes   the writes apply would make, in order; each {@link Change#fields()} says what
 *                  differs
 * @param unmanaged resources on the trunk the plan does not mention: endpoints (origination URLs),
 *                  linked lists, numbers
 */
public record Drift(List<Change> changes, List<ResourceRef> unmanaged) {

    /**
     * Copies the lists.
     *
     * @param changes   the writes
     * @param unmanaged the resources the plan does not mention
     * @throws NullPointerException if a list is null
     */
    public Drift {
        changes = List.copyOf(Objects.requireNonNull(changes, "changes"));
        unmanaged = List.copyOf(Objects.requireNonNull(unmanaged, "unmanaged"));
    }

    /**
     * Whether the live trunk matches the plan: no write needed and nothing unmanaged.
     *
     * @return true when in sync
     */
    public boolean inSync() {
        return changes.isEmpty() && unmanaged.isEmpty();
    }
}
