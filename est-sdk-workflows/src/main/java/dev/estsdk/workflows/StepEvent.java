package dev.estsdk.workflows;

import java.util.Objects;

/**
 * Reports one completed step of an apply, a rollback or a teardown: for progress bars and logs.
 *
 * @param phase  which run the step belongs to
 * @param number the step's number in its run, from 1
 * @param total  how many steps the run has (for a teardown, as discovered)
 * @param change what the step did, with the resource's id
 */
public record StepEvent(Phase phase, int number, int total, Change change) {

    /** The runs that report steps. */
    public enum Phase {
        /** {@link TrunkProvisioner#apply(ProvisioningPlan)} or a step of {@link ProvisioningSteps}. */
        APPLY,
        /** Undoing what a failed apply created. */
        ROLLBACK,
        /** {@link TrunkProvisioner#teardown(String)}. */
        TEARDOWN
    }

    /**
     * Checks the fields.
     *
     * @param phase which run the step belongs to
     * @param number the step's number in its run, from 1
     * @param total how many steps the run has (for a teardown, as discovered)
     * @param change what the step did, with the resource's id
     * @throws NullPointerException if phase or change is null
     */
    public StepEvent {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(change, "change");
    }

    /**
     * Describes the step, e.g. {@code APPLY 3/5 LINK ACCESS_CONTROL_LIST_LINK "HQ SBC" (01HA...)}.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return phase + " " + number + "/" + total + " " + change;
    }
}
