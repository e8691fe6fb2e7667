package dev.estsdk.workflows;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Delivers step events so that a failing listener cannot break a workflow. */
final class Events {

    private static final Logger LOG = LoggerFactory.getLogger(Events.class);

    private Events() {
    }

    static void emit(ProvisioningListener listener, StepEvent event) {
        LOG.debug("{}", event);
        try {
            listener.onStep(event);
        } catch (RuntimeException e) {
            LOG.warn("The provisioning listener failed on {}; continuing", event, e);
        }
    }
}
