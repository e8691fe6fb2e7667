package dev.estsdk.examples.cli;

import dev.estsdk.workflows.PropagationReport;
import dev.estsdk.workflows.ProvisioningPlan;
import dev.estsdk.workflows.ProvisioningResult;
import java.io.PrintStream;

/**
 * What {@code est provision} and {@code est apply} print after the steps: the trunk, the
 * propagation wait where the carrier has one (on the simulator a clock advance, and it says so),
 * the SIP domain and header rules, what to test, and on an embedded simulator the calls placed on
 * its simulated SIP edge.
 */
final class ApplyOutput {

    private ApplyOutput() {
    }

    /**
     * @param name what to call the trunk, e.g. its host name
     * @param noWait whether the user asked not to wait for propagation
     * @return whether every call placed on the simulator's SIP edge succeeded (true when none was)
     */
    static boolean finish(PrintStream out, CarrierTarget target, ProvisioningPlan plan, ProvisioningResult result,
            String name, boolean noWait) {
        if (result.isUnchanged()) {
            out.println("  nothing to change: the trunk already matches");
        }
        out.println("Trunk " + name + " is provisioned on " + target.choice().displayName() + " (id "
                + result.trunkId() + ").");
        boolean propagated = !target.hasPropagationDelay() || !noWait;
        if (target.hasPropagationDelay() && !noWait) {
            awaitPropagation(out, target, result);
        }
        SipSummary sip = SipSummary.of(plan);
        SipGuide.print(out, target.choice(), sip, result.trunkId(), result.domain(), result.phoneNumbers(),
                propagated);
        return !propagated || SimulatorSipCheck.print(out, target, sip, result.domain(), result.phoneNumbers());
    }

    private static void awaitPropagation(PrintStream out, CarrierTarget target, ProvisioningResult result) {
        out.println("Waiting for the changes to reach Sinch's SIP edge (about 60 s after the last change)...");
        out.flush();
        PropagationReport report = result.awaitPropagation();
        out.println("  verified: " + String.join(", ", report.verified()));
        out.println("  waited " + report.waited().toSeconds() + " s" + (target.isSimulator()
                ? " on the simulator's clock, advanced at once instead of sleeping (against Sinch this is real time)"
                : ""));
    }
}
