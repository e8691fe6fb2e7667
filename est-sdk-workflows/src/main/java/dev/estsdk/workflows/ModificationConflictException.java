package dev.estsdk.workflows;

/**
 * A read-modify-write kept finding the resource changed by someone else between its read and
 * its write, more often than the configured number of attempts allows. Nothing was written in
 * the last attempt.
 */
public class ModificationConflictException extends WorkflowException {

    private static final long serialVersionUID = 1L;

    /** How many read-modify-write attempts were made. */
    private final int attempts;

    /**
     * Creates the exception.
     *
     * @param resource the resource, e.g. {@code trunk 01HA...}
     * @param attempts how many read-modify-write attempts were made
     */
    public ModificationConflictException(String resource, int attempts) {
        super(resource + " changed between read and write in each of " + attempts
                + " attempts; nothing was written in the last one. Retry later.", null);
        this.attempts = attempts;
    }

    /**
     * How many attempts were made.
     *
     * @return the attempts
     */
    public int attempts() {
        return attempts;
    }
}
