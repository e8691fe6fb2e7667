package dev.estsdk.examples;

import dev.estsdk.workflows.PropagationReport;
import dev.estsdk.workflows.ProvisioningListener;
import dev.estsdk.workflows.ProvisioningResult;
import java.io.PrintStream;

/** How the examples print their progress and outcome, kept out of their bodies so those read like user code. */
final class ExampleOutput {

    private ExampleOutput() {
    }

    /** @return a listener printing one line per step, e.g. {@code [2/4] CREATE ACCESS_CONTROL_LIST "SBC" (01HA...)} */
    static ProvisioningListener steps(PrintStream out) {
        return event -> out.printf("  [%d/%d] %s%n", event.number(), event.total(), event.change());
    }

    /** Prints the workflow, the trunk, how long propagation took and the SIP domain. */
    static void ready(PrintStream out, ProvisioningResult result, PropagationReport propagation) {
        out.printf("Workflow %s (%s): trunk %s ready after a %d s propagation wait%n", result.workflow(),
                result.workflow().description(), result.trunkId(), propagation.waited().toSeconds());
        out.println("SIP domain: " + result.domain());
    }
}
