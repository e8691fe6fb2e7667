package dev.estsdk.examples.cli;

import dev.estsdk.examples.ExitCode;
import dev.estsdk.workflows.PlanDocument;
import dev.estsdk.workflows.PlanFiles;
import java.io.PrintStream;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code est export TRUNK_ID}: reads a live trunk back into a plan file on standard output, secrets
 * as {@code ${env:…}} references (never their values); progress goes to standard error, so
 * {@code est export TRUNK_ID > trunk.yaml} writes a plan that {@code est apply} takes.
 */
@Command(name = "export",
        description = {"Print a live trunk as a plan file (YAML by default), with passwords as $${env:NAME}"
                + " references, never their values. Only the plan goes to standard output."},
        footerHeading = "%n",
        footer = {"Examples:",
            "  est export TRUNK_ID > trunk.yaml",
            "  est export TRUNK_ID -o json --carrier twilio",
            "",
            "On the embedded simulator (which starts empty on every run), --seed-plan FILE",
            "first applies a plan file and exports the trunk it creates."})
final class ExportCommand extends TargetCommand {

    @Parameters(paramLabel = "TRUNK_ID", arity = "0..1",
            description = "The trunk ('est trunks list' shows the ids); leave out with --seed-plan.")
    private String trunkId;

    @Option(names = {"-o", "--output"}, paramLabel = "yaml|json", defaultValue = "yaml",
            description = "The format (default: ${DEFAULT-VALUE}).")
    private String output;

    @Option(names = "--seed-plan", paramLabel = "FILE",
            description = "Embedded simulator only: apply this plan file first and export the trunk it creates.")
    private Path seedPlan;

    private PlanFiles.Format format;

    ExportCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    PrintStream status() {
        return env.err();
    }

    @Override
    void validate() {
        Seed.checkTrunkOrSeed(trunkId, seedPlan);
        format = switch (output.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "yaml", "yml" -> PlanFiles.Format.YAML;
            case "json" -> PlanFiles.Format.JSON;
            default -> throw new IllegalArgumentException("-o must be yaml or json (was '" + output + "')");
        };
    }

    @Override
    int run(CarrierTarget target, PrintStream status) {
        String trunk = seedPlan == null ? trunkId : Seed.apply(target, seedPlan, env, status).trunkId();
        PlanDocument document = target.provisioner().build().export(trunk);
        String text = PlanFiles.toString(document, format);
        env.out().print(text.endsWith("\n") ? text : text + "\n");
        env.out().flush();
        return ExitCode.OK.code();
    }
}
