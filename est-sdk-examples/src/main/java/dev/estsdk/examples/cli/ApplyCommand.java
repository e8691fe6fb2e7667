package dev.estsdk.examples.cli;

import dev.estsdk.examples.ExitCode;
import dev.estsdk.workflows.ProvisioningPlan;
import dev.estsdk.workflows.ProvisioningResult;
import java.io.PrintStream;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code est apply -f FILE}: provisions a plan file on the chosen carrier in dependency order, one
 * line per step (rolling back on failure), waits for propagation where the carrier has a delay,
 * and prints the SIP domain and what to test. A second apply changes nothing.
 */
@Command(name = "apply",
        description = {"Make the carrier match a plan file: create or update the trunk, its lists, endpoints and"
                + " numbers in dependency order, one line per step; roll back if a step fails. Resources the plan"
                + " does not mention are left alone. Then the SIP domain and what to test."},
        footerHeading = "%n",
        footer = {"Example:",
            "  est apply -f examples/plans/trunk.yaml --carrier twilio",
            "",
            "Secrets in the file are references such as $${env:EST_SIP_PASSWORD_ALICE}: set",
            "those variables. On the embedded simulator unset ones get generated demo values",
            "(never printed); on a real carrier an unset one is an error naming it."})
final class ApplyCommand extends TargetCommand {

    @Option(names = {"-f", "--file"}, required = true, paramLabel = "FILE",
            description = "The plan file (YAML or JSON).")
    private Path file;

    @Option(names = "--no-wait", description = "Do not wait the ~60 s the changes take to reach Sinch's SIP edge"
            + " (Twilio has no such wait).")
    private boolean noWait;

    private PlanInput input;

    ApplyCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    void validate() {
        input = PlanInput.read("-f", file);
    }

    @Override
    int run(CarrierTarget target, PrintStream out) {
        ProvisioningPlan plan = input.plan(env.variables(), target.isSimulator(), out);
        out.println("Plan " + file + ": workflow " + plan.workflow() + ": " + plan.workflow().description());
        ProvisioningResult result = target.provisioner().listener(new StepPrinter(out)).build().apply(plan);
        ApplyOutput.finish(out, target, plan, result, input.hostName(), noWait);
        return ExitCode.OK.code();
    }
}
