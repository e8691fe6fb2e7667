package dev.estsdk.examples;

import dev.estsdk.api.model.SipTrunk;
import dev.estsdk.api.model.StaticEndpoint;
import dev.estsdk.workflows.ProvisioningResult;
import dev.estsdk.workflows.ResourceModifier;
import java.io.PrintStream;

/**
 * Changes one field of a trunk and of an endpoint without losing the others. EST's updates are full
 * replacements: a PUT carrying only the changed field resets every other writable field. A
 * {@link ResourceModifier} reads the resource, applies the change to a builder started from it and
 * writes the whole object back; if someone else changed it in between, it reads again and re-applies.
 *
 * <p>Works on {@link BidirectionalTrunk}'s trunk, provisioning it first if it is missing (apply is
 * idempotent, so an existing trunk is reused).
 */
public final class ModifyTrunkAndEndpoint {

    private ModifyTrunkAndEndpoint() {
    }

    /**
     * Runs the example and exits with its {@link ExitCode}.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        System.exit(ExampleRunner.run(ModifyTrunkAndEndpoint::run));
    }

    /**
     * Turns on call forwarding on the trunk and makes its endpoint a failover (priority 2).
     *
     * @param target where to run
     * @param out where to print the changed resources
     */
    public static void run(Target target, PrintStream out) {
        ProvisioningResult provisioned = target.provisioner().build().apply(BidirectionalTrunk.plan());
        String trunkId = provisioned.trunkId();
        String endpointId = provisioned.endpoints().get(0).id();

        ResourceModifier modify = ResourceModifier.of(target.api());
        SipTrunk trunk = modify.trunk(trunkId,
                t -> t.enableCallForward(true).callForwardNumber("+12025550150"));
        StaticEndpoint endpoint = modify.staticEndpoint(trunkId, endpointId, e -> e.priority(2));

        out.println("Trunk " + trunk.name() + ": calls forwarded to " + trunk.callForwardNumber()
                + " when no endpoint answers; host name still " + trunk.hostName());
        out.println("Endpoint " + endpoint.name() + ": priority " + endpoint.priority() + "; address still "
                + endpoint.address() + ":" + endpoint.port() + " " + endpoint.transport());
    }
}
