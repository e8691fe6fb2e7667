package dev.estsdk.workflows;

/**
 * Receives one {@link StepEvent} per completed step, on the thread running the workflow. A
 * listener that throws does not break the workflow (the exception is logged and dropped).
 *
 * <pre>{@code
 * TrunkProvisioner.builder(est).listener(e -> log.info("{}", e)).build();
 * }</pre>
 */
@FunctionalInterface
public interface ProvisioningListener {

    /**
     * Called after each step.
     *
     * @param event the step
     */
    void onStep(StepEvent event);

    /**
     * The listener that ignores every event.
     *
     * @return a no-op listener
     */
    static ProvisioningListener none() {
        return event -> { };
    }
}
