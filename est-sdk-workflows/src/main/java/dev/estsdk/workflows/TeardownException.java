package dev.estsdk.workflows;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A teardown removed what it could but some resources remain. Running the teardown again after
 * fixing the cause continues where it stopped.
 */
public class TeardownException extends WorkflowException {

    private static final long serialVersionUID = 1L;

    private final transient List<Change> done;
    private final transient List<FailedRemoval> failures;

    /**
     * Creates the exception.
     *
     * @param done     the removals that succeeded
     * @param failures the resources that remain, with the reason
     */
    public TeardownException(List<Change> done, List<FailedRemoval> failures) {
        super("Teardown left " + failures.size() + " resource(s) behind: "
                + failures.stream().map(FailedRemoval::toString).collect(Collectors.joining("; ")), null);
        this.done = List.copyOf(done);
        this.failures = List.copyOf(failures);
    }

    /**
     * The removals that succeeded.
     *
     * @return the changes, unmodifiable
     */
    public List<Change> done() {
        return done;
    }

    /**
     * The resources that remain.
     *
     * @return the failures, unmodifiable
     */
    public List<FailedRemoval> failures() {
        return failures;
    }
}
