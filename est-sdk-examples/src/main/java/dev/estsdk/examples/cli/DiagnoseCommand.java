package dev.estsdk.examples.cli;

import dev.estsdk.examples.ExitCode;
import dev.estsdk.workflows.Diagnosis;
import dev.estsdk.workflows.Finding;
import dev.estsdk.workflows.FindingType;
import java.io.PrintStream;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code est diagnose <trunkId>}: checks a trunk for what makes calls fail and prints, per problem,
 * the SIP symptom, the cause and the fix. Exits with {@link ExitCode#PROBLEMS_FOUND} when a problem
 * will make calls fail.
 */
@Command(name = "diagnose",
        description = {"Check a trunk for the configuration problems behind failing calls and registrations:"
                + " missing outbound auth, an unlinked credential list, no enabled endpoint, no numbers, changes"
                + " that have not propagated yet. Exits with 4 when a problem will make calls fail."})
final class DiagnoseCommand extends TargetCommand {

    @Parameters(paramLabel = "TRUNK_ID", description = "The trunk to check ('est trunks list' shows the ids).")
    private String trunkId;

    DiagnoseCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    int run(CarrierTarget target, PrintStream out) {
        Diagnosis diagnosis = target.provisioner().build().check(trunkId);
        return print(out, diagnosis) ? ExitCode.PROBLEMS_FOUND.code() : ExitCode.OK.code();
    }

    /**
     * Prints each finding with its SIP symptom, cause and fix, or that there are none.
     *
     * @return whether a finding will make calls fail
     */
    static boolean print(PrintStream out, Diagnosis diagnosis) {
        if (diagnosis.findings().isEmpty()) {
            out.println("No problems found on trunk " + diagnosis.trunkId() + ".");
            return false;
        }
        boolean errors = false;
        for (Finding finding : diagnosis.findings()) {
            FindingType type = finding.type();
            errors |= type.severity() == FindingType.Severity.ERROR;
            out.println(type.severity().name().toLowerCase(Locale.ROOT) + ": " + type.sipSymptom());
            out.println("  cause:   " + type.cause() + (finding.detail().isEmpty() ? "" : " (" + finding.detail()
                    + ")"));
            out.println("  fix:     " + type.fix());
            out.println("  checked: " + type.checkedBy());
        }
        return errors;
    }
}
