package dev.estsdk.examples;

import dev.estsdk.workflows.PropagationReport;
import dev.estsdk.workflows.ProvisioningPlan;
import dev.estsdk.workflows.ProvisioningResult;
import dev.estsdk.workflows.TrunkAuth;
import dev.estsdk.workflows.TrunkProvisioner;
import java.io.PrintStream;

/**
 * Workflow D: inbound calls to a PBX that registers (SIP REGISTER) instead of having a fixed
 * address. The credential list holding its username must exist before the endpoint and be linked
 * to the trunk: creating the endpoint alone leaves every REGISTER failing with SIP 401. The plan
 * makes the provisioner do both.
 */
public final class InboundTrunkWithRegisteredEndpoint {

    private InboundTrunkWithRegisteredEndpoint() {
    }

    /**
     * Runs the example and exits with its {@link ExitCode}.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        System.exit(ExampleRunner.run(InboundTrunkWithRegisteredEndpoint::run));
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
                .trunk(trunk -> trunk.name("Acme office").hostName("acme-office"))
                .registrationCredentials(TrunkAuth.credentials(list -> list.name("Acme phones")
                        .credential("acme-office-pbx", password)))
                .registeredEndpoint(pbx -> pbx.name("Acme office PBX").credentialUsername("acme-office-pbx"))
                .phoneNumbers("+12025550103")
                .build();                                          // workflow D

        TrunkProvisioner provisioner = target.provisioner().listener(ExampleOutput.steps(out)).build();
        ProvisioningResult result = provisioner.apply(plan);
        PropagationReport propagation = result.awaitPropagation();
        ExampleOutput.ready(out, result, propagation);
        out.println("Register acme-office-pbx at " + result.domain());
    }
}
