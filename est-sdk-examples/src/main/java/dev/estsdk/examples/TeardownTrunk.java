package dev.estsdk.examples;

import dev.estsdk.workflows.ListCleanup;
import dev.estsdk.workflows.TeardownResult;
import dev.estsdk.workflows.TrunkProvisioner;
import java.io.PrintStream;

/**
 * Removes a trunk in the only order EST accepts: unassign its numbers, delete its endpoints, unlink
 * its access control and credential lists, delete the trunk, then delete the lists no other trunk
 * uses. What hangs on the trunk is discovered from the server; a second teardown does nothing.
 *
 * <p>Run: {@code java dev.estsdk.examples.TeardownTrunk <trunkId>}; without an id it first
 * provisions {@link BidirectionalTrunk}'s trunk to remove.
 */
public final class TeardownTrunk {

    private TeardownTrunk() {
    }

    /**
     * Runs the example and exits with its {@link ExitCode}.
     *
     * @param args optionally, the id of the trunk to remove
     */
    public static void main(String[] args) {
        System.exit(ExampleRunner.run(withArgs(args)));
    }

    /**
     * Returns the example for these arguments.
     *
     * @param args optionally, the id of the trunk to remove
     * @return the example for these arguments
     */
    public static Example withArgs(String... args) {
        return args.length > 0 ? trunk(args[0]) : TeardownTrunk::provisionAndRemove;
    }

    /**
     * Returns the example, removing that trunk.
     *
     * @param trunkId the trunk to remove
     * @return the example, removing that trunk
     */
    public static Example trunk(String trunkId) {
        return (target, out) -> remove(target, trunkId, out);
    }

    /**
     * Provisions the trunk of {@link BidirectionalTrunk}, then removes it.
     *
     * @param target where to run
     * @param out where to print the steps
     */
    public static void provisionAndRemove(Target target, PrintStream out) {
        String trunkId = target.provisioner().build().apply(BidirectionalTrunk.plan()).trunkId();
        out.println("Provisioned trunk " + trunkId + " to remove");
        remove(target, trunkId, out);
    }

    private static void remove(Target target, String trunkId, PrintStream out) {
        TrunkProvisioner provisioner = target.provisioner().listener(ExampleOutput.steps(out)).build();
        TeardownResult result = provisioner.teardown(trunkId, ListCleanup.DELETE_UNUSED_LISTS);
        out.println(result.isNoOp() ? "Nothing to remove: trunk " + trunkId + " is already gone"
                : "Removed trunk " + trunkId + " in " + result.changes().size() + " steps");
    }
}
