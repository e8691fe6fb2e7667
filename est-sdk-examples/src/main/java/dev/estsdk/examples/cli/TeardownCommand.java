package dev.estsdk.examples.cli;

import dev.estsdk.examples.ExitCode;
import dev.estsdk.workflows.ListCleanup;
import dev.estsdk.workflows.ResourceRef;
import dev.estsdk.workflows.TeardownResult;
import java.io.PrintStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code est teardown <trunkId>}: removes a trunk and what hangs on it in reverse order. Against
 * anything but the embedded simulator it needs {@code --yes}.
 */
@Command(name = "teardown",
        description = {"Remove a trunk and everything on it, in reverse order: unassign numbers, delete endpoints,"
                + " unlink access control and credential lists, delete the trunk. Removing a trunk that is already"
                + " gone does nothing."})
final class TeardownCommand extends TargetCommand {

    @Parameters(paramLabel = "TRUNK_ID", description = "The trunk to remove ('est trunks list' shows the ids).")
    private String trunkId;

    @Option(names = "--yes", description = "Confirm the deletion (required unless the target is the embedded"
            + " simulator).")
    private boolean yes;

    @Option(names = "--delete-unused-lists",
            description = "Also delete the trunk's access control and credential lists that no other trunk uses.")
    private boolean deleteUnusedLists;

    TeardownCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    int run(CarrierTarget target, PrintStream out) {
        if (!target.isSimulator() && !yes) {
            throw new IllegalArgumentException("teardown deletes trunk " + trunkId + " and everything on it in "
                    + target.description() + ": add --yes to confirm");
        }
        TeardownResult result = target.provisioner().listener(new StepPrinter(out)).build()
                .teardown(trunkId, deleteUnusedLists ? ListCleanup.DELETE_UNUSED_LISTS : ListCleanup.KEEP_LISTS);
        if (result.isNoOp()) {
            out.println("Nothing to remove: trunk " + trunkId + " does not exist"
                    + (target.isSimulator() ? " (the embedded simulator starts empty on every run)." : "."));
        } else {
            out.println("Trunk " + trunkId + " removed.");
        }
        for (ResourceRef kept : result.kept()) {
            out.println("  kept " + kept + (deleteUnusedLists ? " (another trunk uses it)"
                    : " (add --delete-unused-lists to delete lists no other trunk uses)"));
        }
        return ExitCode.OK.code();
    }
}
