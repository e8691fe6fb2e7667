package dev.estsdk.workflows;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An apply failed at one step; what the run had created was then removed in reverse order. The
 * exception names the failed step, what was rolled back and, by id, anything that could not be.
 * Updates the run made to resources that already existed are not reverted ({@link #kept()}).
 * The cause is the API failure of the step.
 */
public class ProvisioningException extends WorkflowException {

    private static final long serialVersionUID = 1L;

    private final transient Change failedStep;
    private final transient List<ResourceRef> rolledBack;
    private final transient List<FailedRemoval> notRolledBack;
    private final transient List<Change> kept;

    /**
     * Creates the exception.
     *
     * @param failedStep    the step that failed
     * @param rolledBack    what the rollback removed, in the order removed
     * @param notRolledBack what the rollback could not remove, with the reason
     * @param kept          updates to pre-existing resources that stay in place
     * @param cause         the failure of the step
     */
    public ProvisioningException(Change failedStep, List<ResourceRef> rolledBack, List<FailedRemoval> notRolledBack,
                                 List<Change> kept, Throwable cause) {
        super(message(failedStep, rolledBack, notRolledBack, kept, cause), cause);
        this.failedStep = failedStep;
        this.rolledBack = List.copyOf(rolledBack);
        this.notRolledBack = List.copyOf(notRolledBack);
        this.kept = List.copyOf(kept);
    }

    private static String message(Change failed, List<ResourceRef> rolledBack, List<FailedRemoval> notRolledBack,
                                  List<Change> kept, Throwable cause) {
        StringBuilder sb = new StringBuilder("Provisioning failed at ").append(failed);
        if (cause != null) {
            sb.append(": ").append(cause.getMessage());
        }
        sb.append(". Rolled back: ").append(rolledBack.isEmpty() ? "nothing"
                : rolledBack.stream().map(ResourceRef::toString).collect(Collectors.joining(", ")));
        if (!notRolledBack.isEmpty()) {
            sb.append(". NOT rolled back (remove by hand): ")
                    .append(notRolledBack.stream().map(FailedRemoval::toString).collect(Collectors.joining("; ")));
        }
        if (!kept.isEmpty()) {
            sb.append(". Updates kept: ").append(kept.stream().map(Change::toString).collect(Collectors.joining(", ")));
        }
        return sb.append('.').toString();
    }

    /**
     * The step that failed.
     *
     * @return the step
     */
    public Change failedStep() {
        return failedStep;
    }

    /**
     * What the rollback removed, in the order removed (reverse of creation).
     *
     * @return the resources, unmodifiable
     */
    public List<ResourceRef> rolledBack() {
        return rolledBack;
    }

    /**
     * What the rollback could not remove; empty when nothing was left behind.
     *
     * @return the failures, unmodifiable
     */
    public List<FailedRemoval> notRolledBack() {
        return notRolledBack;
    }

    /**
     * Updates to resources that existed before the run; a rollback does not revert them.
     *
     * @return the updates, unmodifiable
     */
    public List<Change> kept() {
        return kept;
    }
}
