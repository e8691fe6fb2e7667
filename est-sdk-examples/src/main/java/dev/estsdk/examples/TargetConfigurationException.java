package dev.estsdk.examples;

/**
 * The environment does not describe a usable target, for example only some of the
 * {@code EST_*} variables are set. The message says what is wrong and how to fix it.
 */
public final class TargetConfigurationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong and how to fix it, in one line
     */
    public TargetConfigurationException(String message) {
        super(message);
    }
}
