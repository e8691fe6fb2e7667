package dev.estsdk.examples;

/**
 * The exit codes of the examples and of the {@code est} command, so scripts can tell a mistake
 * in what they passed from a service that said no or could not be reached.
 */
public enum ExitCode {

    /** The task completed. */
    OK(0),
    /** The service refused or failed the operation (an HTTP error, a rolled-back provisioning). */
    FAILED(1),
    /** Bad input: a flag, a value or an environment variable is wrong or missing; nothing was sent. */
    USAGE(2),
    /** The target could not be reached or did not accept the access key. */
    UNAVAILABLE(3),
    /** Diagnostics ran and found problems that will make calls fail. */
    PROBLEMS_FOUND(4);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    /**
     * Returns the process exit code.
     *
     * @return the process exit code
     */
    public int code() {
        return code;
    }
}
