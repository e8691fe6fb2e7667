package dev.estsdk.examples;

import dev.estsdk.workflows.PropagationReport;
import dev.estsdk.workflows.ProvisioningPlan;
import dev.estsdk.workflows.ProvisioningResult;
import dev.estsdk.workflows.TrunkAuth;
import dev.estsdk.workflows.TrunkProvisioner;
import java.io.PrintStream;

/**
 * Workflow C: one trunk for calls both ways, the most common setup. Outbound calls are recognised by
 * the PBX's public IP; inbound calls to the number go to the same PBX. The provisioner runs the
 * order EST requires: trunk, access control list, link, endpoint, number.
 */
public final class BidirectionalTrunk {

    private BidirectionalTrunk() {
    }

    /**
     * Runs the example and exits with its {@link ExitCode}.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        System.exit(ExampleRunner.run(BidirectionalTrunk::run));
    }

    /**
     * The plan of this example, also used by {@link TeardownTrunk} and {@link DiagnoseTrunk}.
     *
     * @return a workflow C plan for host name {@code acme-pbx}
     */
    public static ProvisioningPlan plan() {
        return ProvisioningPlan.builder()
                .trunk(trunk -> trunk.name("Acme PBX").hostName("acme-pbx"))
                .outboundAuth(TrunkAuth.acl(acl -> acl.name("Acme PBX").ipRange("203.0.113.10", 32)))
                .staticEndpoint(pbx -> pbx.name("Acme PBX").address("203.0.113.10"))
                .phoneNumbers("+12025550101")
                .build();                                          // workflow C
    }

    /**
     * Provisions the trunk.
     *
     * @param target where to provision it
     * @param out where to print the steps and the SIP domain
     */
    public static void run(Target target, PrintStream out) {
        TrunkProvisioner provisioner = target.provisioner().listener(ExampleOutput.steps(out)).build();
        ProvisioningResult result = provisioner.apply(plan());
        PropagationReport propagation = result.awaitPropagation();
        ExampleOutput.ready(out, result, propagation);
    }
}
