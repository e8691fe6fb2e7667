package dev.estsdk.examples.cli;

import dev.estsdk.api.model.FieldRules;
import dev.estsdk.examples.ExitCode;
import dev.estsdk.workflows.Migration;
import dev.estsdk.workflows.MigrationResult;
import dev.estsdk.workflows.ProvisioningResult;
import dev.estsdk.workflows.ResourceRef;
import dev.estsdk.workflows.SecretResolver;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code est migrate TRUNK_ID --from sinch --to twilio}: runs a {@link Migration}: exports the
 * trunk from one carrier, provisions it on the other (numbers mapped, or listed as needing a
 * port), checks the new trunk (and on a simulator places the test calls on its SIP edge), and with
 * {@code --teardown-source} removes the source trunk once the target is healthy.
 */
@Command(name = "migrate",
        description = {"Move a trunk to the other carrier: export it from --from, provision the same plan on --to"
                + " (numbers mapped with --map OLD=NEW; the others need a port, which the result lists), check it"
                + " (and on a simulator place the test calls), and with --teardown-source remove the source trunk"
                + " once the target is healthy. Exits with 4 when the target has problems."},
        footerHeading = "%n",
        footer = {"Examples:",
            "  est migrate TRUNK_ID --from sinch --to twilio --map +12025550101=+14155550101",
            "",
            "The embedded simulators start empty on every run; --seed-plan FILE first applies",
            "a plan file on the embedded source and migrates the trunk it creates:",
            "  est migrate --seed-plan examples/plans/trunk.yaml --from sinch --to twilio",
            "",
            "Passwords cannot be read back from a carrier: the plan's $${env:NAME} references",
            "must be set (on an embedded target simulator unset ones get demo values)."})
final class MigrateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "TRUNK_ID", arity = "0..1",
            description = "The source trunk ('est trunks list --carrier FROM' shows the ids); leave out with"
                    + " --seed-plan.")
    private String trunkId;

    @Option(names = {"--from", "--carrier"}, paramLabel = "sinch|twilio", defaultValue = "sinch",
            description = "The carrier the trunk is on now (default: ${DEFAULT-VALUE}); --carrier is the same.")
    private CarrierChoice from;

    @Option(names = "--to", required = true, paramLabel = "sinch|twilio", description = "The carrier to move it to.")
    private CarrierChoice to;

    @Option(names = "--map", paramLabel = "OLD=NEW",
            description = "Use the target's number NEW where the source has OLD (repeatable).")
    private List<String> maps = List.of();

    @Option(names = "--teardown-source", description = "Once the target is healthy, remove the source trunk.")
    private boolean teardownSource;

    @Option(names = "--yes", description = "Confirm --teardown-source (required unless the source is the embedded"
            + " simulator).")
    private boolean yes;

    @Option(names = "--seed-plan", paramLabel = "FILE",
            description = "Embedded source simulator only: apply this plan file there first and migrate its trunk.")
    private Path seedPlan;

    private final CliEnvironment env;

    MigrateCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        Seed.checkTrunkOrSeed(trunkId, seedPlan);
        if (from == to) {
            throw new IllegalArgumentException("--from and --to are both " + from.key() + ": migrate moves a trunk"
                    + " to the other carrier");
        }
        Map<String, String> numberMap = numberMap(maps);
        PrintStream out = env.out();
        try (CarrierTarget source = CarrierTarget.open(from, env); CarrierTarget target = CarrierTarget.open(to, env)) {
            out.println("Source: " + source.description());
            out.println("Target: " + target.description());
            if (teardownSource && !source.isSimulator() && !yes) {
                throw new IllegalArgumentException("--teardown-source deletes trunk " + trunkId + " and its unused"
                        + " lists in " + source.description() + " once the target is healthy: add --yes to confirm");
            }
            Map<String, String> demoSecrets = new ConcurrentHashMap<>();
            String sourceTrunk = trunkId;
            if (seedPlan != null) {
                Seed.Seeded seeded = Seed.apply(source, seedPlan, env, out);
                demoSecrets.putAll(seeded.secrets());
                sourceTrunk = seeded.result().trunkId();
            }
            List<String> generated = Collections.synchronizedList(new ArrayList<>());
            SecretResolver secrets = secrets(demoSecrets, target.isSimulator(), generated);
            out.println();
            out.println("Migrating trunk " + sourceTrunk + " from " + from.displayName() + " to " + to.displayName()
                    + (teardownSource ? ", then removing the source" : "") + ":");
            MigrationResult result = Migration.from(source.provisioner()
                            .listener(new StepPrinter(out, " removing the source from " + from.displayName() + ":"))
                            .build())
                    .to(target.provisioner()
                            .listener(new StepPrinter(out, " provisioning on " + to.displayName() + ":")).build())
                    .secrets(secrets)
                    .numberMapping(numberMap)
                    .teardownSource(teardownSource)
                    .run(sourceTrunk);
            if (!generated.isEmpty()) {
                out.println("SIP password" + (generated.size() == 1 ? " " : "s ") + String.join(", ", generated)
                        + ": not set, so generated for the target simulator (not shown).");
            }
            return report(out, target, result, secrets);
        }
    }

    private int report(PrintStream out, CarrierTarget target, MigrationResult result, SecretResolver secrets) {
        ProvisioningResult moved = result.target();
        out.println();
        out.println(to.displayName() + " trunk " + result.exported().trunk().hostName() + ": id " + moved.trunkId()
                + ", SIP domain " + moved.domain());
        result.numberMapping().forEach((old, now) -> out.println("  number " + old + " is " + now + " on "
                + to.displayName() + " (--map)"));
        if (result.numbersToPort().isEmpty()) {
            out.println("  every number moved: " + (moved.phoneNumbers().isEmpty() ? "(the trunk has none)"
                    : String.join(", ", moved.phoneNumbers())));
        } else {
            out.println("  numbers that need a port to " + to.displayName() + " (left off the new trunk; port them,"
                    + " then 'est numbers assign " + moved.trunkId() + " --carrier " + to.key() + "'): "
                    + String.join(", ", result.numbersToPort()));
        }
        out.println();
        out.println("Check of the " + to.displayName() + " trunk:");
        boolean problems = DiagnoseCommand.print(out, result.targetCheck());
        boolean callsOk = true;
        if (target.isSimulator()) {
            callsOk = SimulatorSipCheck.print(out, target, SipSummary.of(result.exported().toPlan(secrets)),
                    moved.domain(), moved.phoneNumbers());
        }
        out.println();
        if (result.sourceTeardown() != null) {
            out.println("Source trunk " + result.exported().trunk().hostName() + " on " + from.displayName()
                    + " removed.");
            for (ResourceRef kept : result.sourceTeardown().kept()) {
                out.println("  kept " + kept + " (another trunk uses it)");
            }
        } else {
            out.println("Source trunk kept on " + from.displayName() + ": " + result.sourceKeptBecause()
                    + (teardownSource ? "" : " (add --teardown-source to remove it once the target is healthy)"));
        }
        return problems || !callsOk ? ExitCode.PROBLEMS_FOUND.code() : ExitCode.OK.code();
    }

    /**
     * The environment first; then the values the seed generated (so source and target get the same
     * passwords); then, on an embedded target simulator only, generated demo values.
     */
    private SecretResolver secrets(Map<String, String> seeded, boolean simulator, List<String> generated) {
        Map<String, String> demo = new ConcurrentHashMap<>(seeded);
        return ref -> {
            String value = env.variables().get(ref.variable());
            if (value != null && !value.isBlank()) {
                return Optional.of(value);
            }
            if (demo.containsKey(ref.variable()) || !simulator) {
                return Optional.ofNullable(demo.get(ref.variable()));
            }
            return Optional.of(demo.computeIfAbsent(ref.variable(), v -> {
                generated.add(v);
                return AnswerResolver.generatePassword();
            }));
        };
    }

    /** @return the carriers the migration works on: --from and --to */
    Set<CarrierChoice> carriers() {
        Set<CarrierChoice> carriers = EnumSet.noneOf(CarrierChoice.class);
        carriers.add(from);
        if (to != null) {
            carriers.add(to);
        }
        return carriers;
    }

    static Map<String, String> numberMap(List<String> maps) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String m : maps) {
            int eq = m.indexOf('=');
            String old = eq < 0 ? m : m.substring(0, eq).strip();
            String now = eq < 0 ? "" : m.substring(eq + 1).strip();
            if (eq < 0 || FieldRules.e164(old).isPresent() || FieldRules.e164(now).isPresent()) {
                throw new IllegalArgumentException("--map must be OLD=NEW with two E.164 numbers, such as"
                        + " +12025550101=+14155550101 (was '" + m + "')");
            }
            if (map.putIfAbsent(old, now) != null) {
                throw new IllegalArgumentException("--map maps " + old + " twice");
            }
        }
        return map;
    }
}
