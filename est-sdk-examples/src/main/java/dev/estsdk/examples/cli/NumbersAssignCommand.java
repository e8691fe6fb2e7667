package dev.estsdk.examples.cli;

import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.examples.ExitCode;
import dev.estsdk.examples.Failure;
import dev.estsdk.workflows.BulkResult;
import dev.estsdk.workflows.TrunkProvisioner;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code est numbers assign TRUNK_ID --file numbers.txt}: assigns many numbers to a trunk with
 * bounded concurrency ({@link TrunkProvisioner#assignNumbers}), a live progress bar in a terminal
 * (plain lines otherwise), and a summary of what was assigned and what failed, with reasons.
 */
@Command(name = "assign",
        description = {"Assign the numbers in a file (one E.164 number a line, # starts a comment) to a trunk,"
                + " several at a time, with a progress bar in a terminal. Every bad line is reported before"
                + " anything is sent. Exits with 1 when a number could not be assigned."},
        footerHeading = "%n",
        footer = {"Example:",
            "  est numbers assign TRUNK_ID --file numbers.txt [--carrier twilio]",
            "",
            "On the embedded simulator (which starts empty on every run), --seed-plan FILE",
            "first applies a plan file and assigns the numbers to the trunk it creates:",
            "  est numbers assign --seed-plan examples/plans/trunk.yaml --file examples/numbers.txt"})
final class NumbersAssignCommand extends TargetCommand {

    /** How many numbers one progress step covers; each batch still runs several at once. */
    static final int BATCH = 10;

    /** The fewest columns in which the bar still shows its percentage and count. */
    static final int MIN_BAR_COLUMNS = 60;

    @Parameters(paramLabel = "TRUNK_ID", arity = "0..1",
            description = "The trunk ('est trunks list' shows the ids); leave out with --seed-plan.")
    private String trunkId;

    @Option(names = "--file", required = true, paramLabel = "FILE",
            description = "The numbers: one E.164 number a line; blank lines and # comments are skipped.")
    private Path file;

    @Option(names = "--seed-plan", paramLabel = "FILE",
            description = "Embedded simulator only: apply this plan file first and use the trunk it creates.")
    private Path seedPlan;

    private List<String> numbers;

    NumbersAssignCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    void validate() {
        Seed.checkTrunkOrSeed(trunkId, seedPlan);
        numbers = NumbersFile.read(file);
    }

    @Override
    int run(CarrierTarget target, PrintStream out) {
        String trunk = seedPlan == null ? trunkId : Seed.apply(target, seedPlan, env, out).trunkId();
        TrunkProvisioner provisioner = target.provisioner().build();
        // Read the trunk first: a missing trunk fails once, in one line, and numbers already on it are not
        // sent again (Twilio answers 400 to associating a number a second time).
        Set<String> already = new HashSet<>(provisioner.export(trunk).phoneNumbers());
        List<String> pending = numbers.stream().filter(n -> !already.contains(n)).toList();
        int onTrunk = numbers.size() - pending.size();
        out.println("Assigning " + pending.size() + " number" + (pending.size() == 1 ? "" : "s") + " from " + file
                + " to trunk " + trunk + (onTrunk == 0 ? "" : " (" + onTrunk + " already on it)") + "...");
        List<String> assigned = new ArrayList<>();
        Map<String, String> failed = new LinkedHashMap<>();
        int rateLimited = 0;
        try (BulkProgress progress = BulkProgress.of(out, drawsBar(), "Assigning", pending.size(), columns())) {
            for (int from = 0; from < pending.size(); from += BATCH) {
                List<String> batch = pending.subList(from, Math.min(pending.size(), from + BATCH));
                rateLimited += assign(provisioner, trunk, batch, assigned, failed);
                progress.update(assigned.size() + failed.size(), failed.size());
            }
        }
        out.println();
        out.println("Assigned " + assigned.size() + " of " + pending.size() + " to trunk " + trunk
                + (onTrunk == 0 ? "" : " (" + onTrunk + " of the file's " + numbers.size() + " were on it already)")
                + (failed.isEmpty() ? "." : "; " + failed.size() + " failed:"));
        failed.forEach((n, reason) -> out.println("  " + n + ": " + new Failure(ExitCode.FAILED, reason).message()));
        if (rateLimited > 0) {
            out.println("  (" + target.choice().displayName() + " asked to slow down " + rateLimited
                    + " time" + (rateLimited == 1 ? "" : "s") + "; the run slowed down and went on)");
        }
        return failed.isEmpty() ? ExitCode.OK.code() : ExitCode.FAILED.code();
    }

    /**
     * Assigns one batch. A carrier that refuses a whole batch for one number (Twilio checks that the
     * account owns every number before sending any) gets the batch again one number at a time, so
     * that only the refused numbers fail, each with its reason.
     *
     * @return how often the carrier asked to slow down
     */
    private static int assign(TrunkProvisioner provisioner, String trunk, List<String> batch, List<String> assigned,
            Map<String, String> failed) {
        BulkResult result;
        try {
            result = provisioner.assignNumbers(trunk, batch);
        } catch (EstValidationException refused) {
            if (batch.size() == 1) {
                failed.put(batch.get(0), refused.violations().isEmpty() ? refused.getMessage()
                        : refused.violations().get(0).description());
                return 0;
            }
            int slowDowns = 0;
            for (String n : batch) {
                slowDowns += assign(provisioner, trunk, List.of(n), assigned, failed);
            }
            return slowDowns;
        }
        assigned.addAll(result.succeeded());
        for (String n : batch) {
            String reason = result.failed().get(n);
            if (reason != null) {
                failed.put(n, reason);
            }
        }
        return result.rateLimited();
    }

    /**
     * A bar is redrawn in place with a carriage return: only in a terminal that can show it, not in a
     * file or a pipe, nor under {@code TERM=dumb}, nor in fewer columns than the bar needs to show the
     * count (it would be cut to a stump).
     */
    private boolean drawsBar() {
        int columns = columns();
        return env.prompter().isPresent() && !"dumb".equals(env.variables().get("TERM"))
                && (columns == 0 || columns >= MIN_BAR_COLUMNS);
    }

    private int columns() {
        String columns = env.variables().get("COLUMNS");
        try {
            return columns == null ? 0 : Math.max(0, Integer.parseInt(columns.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
