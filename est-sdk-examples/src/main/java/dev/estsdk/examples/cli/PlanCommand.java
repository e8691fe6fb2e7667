package dev.estsdk.examples.cli;

import dev.estsdk.examples.ExitCode;
import dev.estsdk.workflows.Drift;
import dev.estsdk.workflows.ProvisioningPlan;
import java.io.PrintStream;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code est plan -f FILE}: compares a plan file with what is live on the carrier and prints the
 * difference like {@code terraform plan}; it writes nothing.
 */
@Command(name = "plan",
        description = {"Show what 'est apply' would change to make the carrier match a plan file: + create,"
                + " ~ update (field: before -> after), - remove, and resources on the trunk that the plan does not"
                + " mention (apply leaves those alone). Writes nothing."},
        footerHeading = "%n",
        footer = {"Example:",
            "  est plan -f examples/plans/trunk.yaml --carrier twilio"})
final class PlanCommand extends TargetCommand {

    @Option(names = {"-f", "--file"}, required = true, paramLabel = "FILE",
            description = "The plan file (YAML or JSON).")
    private Path file;

    private PlanInput input;

    PlanCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    void validate() {
        input = PlanInput.read("-f", file);
    }

    @Override
    int run(CarrierTarget target, PrintStream out) {
        ProvisioningPlan plan = input.plan(env.variables(), target.isSimulator(), out);
        Drift drift = target.provisioner().build().drift(plan);
        out.println("Plan " + file + ": trunk " + input.hostName() + " (" + target.carrier().sipDomain(input.hostName())
                + ") on " + target.choice().displayName() + ", workflow " + plan.workflow());
        out.println();
        PlanDiff.print(out, drift);
        return ExitCode.OK.code();
    }
}
