package dev.estsdk.workflows;

/**
 * A step of {@link ProvisioningSteps} was asked for before its prerequisites exist, e.g. an
 * endpoint before the trunk, or a registered endpoint before a credential list holding its
 * username is linked. Thrown before any request; the message says which step must come first.
 */
public class OrderViolationException extends WorkflowException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the refused step and the step that must come first
     */
    public OrderViolationException(String message) {
        super(message, null);
    }
}
