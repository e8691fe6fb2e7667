package dev.estsdk.examples;

import dev.estsdk.workflows.PropagationReport;
import dev.estsdk.workflows.ProvisioningPlan;
import dev.estsdk.workflows.ProvisioningResult;
import dev.estsdk.workflows.TrunkAuth;
import dev.estsdk.workflows.TrunkProvisioner;
import java.io.PrintStream;

/**
 * Workflow E: outbound calls from a PBX without a fixed public IP, authorised by SIP digest. The
 * credential list is created (its password policy is checked before any request) and linked to the
 * trunk; the PBX answers Sinch's digest challenge with the username and password.
 */
public final class OutboundTrunkWithCredentials {

    private OutboundTrunkWithCredentials() {
    }

    /**
     * Runs the example and exits with its {@link ExitCode}.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        System.exit(ExampleRunner.run(OutboundTrunkWithCredentials::run));
    }

    /**
     * Provisions the trunk.
     *
     * @param target where to provision it
     * @param out where to print the steps and the SIP domain
     */
    public static void run(Target target, PrintStream out) {
        String password = SipPasswords.forTarget(target);          // EST_SIP_PASSWORD
        ProvisioningPlan plan = ProvisioningPlan.builder()
                .trunk(trunk -> trunk.name("Acme mobile").hostName("acme-mobile"))
                .outboundAuth(TrunkAuth.credentials(list -> list.name("Acme softphones")
                        .credential("acme-softphone", password)))
                .build();                                          // workflow E

        TrunkProvisioner provisioner = target.provisioner().listener(ExampleOutput.steps(out)).build();
        ProvisioningResult result = provisioner.apply(plan);
        PropagationReport propagation = result.awaitPropagation();
        ExampleOutput.ready(out, result, propagation);
    }
}
