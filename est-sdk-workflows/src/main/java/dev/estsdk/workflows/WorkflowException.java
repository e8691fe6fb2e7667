package dev.estsdk.workflows;

import dev.estsdk.api.exception.EstErrorDetails;
import dev.estsdk.api.exception.EstException;
import org.jspecify.annotations.Nullable;

/**
 * Base of the workflow layer's exceptions: a workflow could not do what was asked. Like every
 * exception of the SDK it is an {@link EstException}, so one {@code catch (EstException e)}
 * covers the client and the workflows. When an API call caused it, {@link #details()} are that
 * call's (status, request id, attempts) and the call's exception is the cause; otherwise they
 * say no request was involved. Messages never contain a secret.
 */
public class WorkflowException extends EstException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong and what to do
     * @param cause   the underlying failure, or null
     */
    public WorkflowException(String message, @Nullable Throwable cause) {
        super(message, cause instanceof EstException e ? e.details() : EstErrorDetails.builder().attempts(0).build(),
                cause);
    }
}
