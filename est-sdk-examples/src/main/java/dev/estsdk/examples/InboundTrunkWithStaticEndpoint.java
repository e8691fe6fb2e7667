package dev.estsdk.examples;

import dev.estsdk.workflows.PropagationReport;
import dev.estsdk.workflows.ProvisioningPlan;
import dev.estsdk.workflows.ProvisioningResult;
import dev.estsdk.workflows.TrunkProvisioner;
import java.io.PrintStream;

/**
 * Workflow B: a trunk that delivers calls to a number to a PBX at a fixed address. The endpoint is
 * created before the number is assigned, so no call arrives at a trunk that has nowhere to send it.
 */
public final class InboundTrunkWithStaticEndpoint {

    private InboundTrunkWithStaticEndpoint() {
    }

    /**
     * Runs the example and exits with its {@link ExitCode}.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        System.exit(ExampleRunner.run(InboundTrunkWithStaticEndpoint::run));
    }

    /**
     * Provisions the trunk.
     *
     * @param target where to provision it
     * @param out where to print the steps and the SIP domain
     */
    public static void run(Target target, PrintStream out) {
        ProvisioningPlan plan = ProvisioningPlan.builder()
                .trunk(trunk -> trunk.name("Acme inbound").hostName("acme-inbound"))
                .staticEndpoint(pbx -> pbx.name("Acme PBX").address("203.0.113.20").port(5060).priority(1))
                .phoneNumbers("+12025550102")
                .build();                                          // workflow B

        TrunkProvisioner provisioner = target.provisioner().listener(ExampleOutput.steps(out)).build();
        ProvisioningResult result = provisioner.apply(plan);
        PropagationReport propagation = result.awaitPropagation();
        ExampleOutput.ready(out, result, propagation);
    }
}
