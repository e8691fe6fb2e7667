package dev.estsdk.examples;

import dev.estsdk.workflows.PropagationReport;
import dev.estsdk.workflows.ProvisioningPlan;
import dev.estsdk.workflows.ProvisioningResult;
import dev.estsdk.workflows.TrunkAuth;
import dev.estsdk.workflows.TrunkProvisioner;
import java.io.PrintStream;

/**
 * Workflow A: a trunk for outbound calls from a PBX that Sinch recognises by its public IP. The
 * provisioner creates the trunk and the access control list, links the list to the trunk (without
 * the link every INVITE gets SIP 403), then waits until the change has reached the SIP edge.
 */
public final class OutboundTrunkWithAcl {

    private OutboundTrunkWithAcl() {
    }

    /**
     * Runs the example and exits with its {@link ExitCode}.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        System.exit(ExampleRunner.run(OutboundTrunkWithAcl::run));
    }

    /**
     * Provisions the trunk.
     *
     * @param target where to provision it
     * @param out where to print the steps and the SIP domain
     */
    public static void run(Target target, PrintStream out) {
        ProvisioningPlan plan = ProvisioningPlan.builder()
                .trunk(trunk -> trunk.name("Acme outbound").hostName("acme-outbound"))
                .outboundAuth(TrunkAuth.acl(acl -> acl.name("Acme SBC").ipRange("203.0.113.10", 32)))
                .build();                                          // workflow A, checked before any request

        TrunkProvisioner provisioner = target.provisioner().listener(ExampleOutput.steps(out)).build();
        ProvisioningResult result = provisioner.apply(plan);
        PropagationReport propagation = result.awaitPropagation(); // about 60 s after the link
        ExampleOutput.ready(out, result, propagation);
    }
}
