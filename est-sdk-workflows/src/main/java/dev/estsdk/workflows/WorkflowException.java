package dev.estsdk.workflows;

/**
 * Base of the workflow layer's exceptions: a workflow could not do what was asked. Errors of a
 * single API call surface as {@link dev.estsdk.api.exception.EstException}, often as the cause.
 * Messages never contain a secret.
 */
public class WorkflowException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong and what to do
     * @param cause   the underlying failure, or null
     */
    public WorkflowException(String message, Throwable cause) {
        super(message, cause);
    }
}
