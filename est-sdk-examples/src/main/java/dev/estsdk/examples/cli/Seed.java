package dev.estsdk.examples.cli;

import dev.estsdk.workflows.ProvisioningPlan;
import dev.estsdk.workflows.ProvisioningResult;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code --seed-plan FILE}: the embedded simulator starts empty on every run, so commands that work
 * on an existing trunk ({@code numbers assign}, {@code export}, {@code migrate}) can first apply a
 * plan file there and work on the trunk it creates. Refused on a real carrier, where it would
 * write to a real account behind the user's back.
 */
final class Seed {

    private Seed() {
    }

    /** @throws IllegalArgumentException when neither or both of TRUNK_ID and --seed-plan are given */
    static void checkTrunkOrSeed(String trunkId, Path seedPlan) {
        if (trunkId == null && seedPlan == null) {
            throw new IllegalArgumentException("missing TRUNK_ID: give the trunk's id ('est trunks list' shows them),"
                    + " or --seed-plan FILE on the embedded simulator");
        }
        if (trunkId != null && seedPlan != null) {
            throw new IllegalArgumentException("give TRUNK_ID or --seed-plan, not both: --seed-plan works on the"
                    + " trunk it creates");
        }
    }

    /**
     * What seeding made.
     *
     * @param result the trunk on the simulator
     * @param secrets the plan's secret values by variable (from the environment or generated), so a
     *     migration can give the target the same passwords
     */
    record Seeded(ProvisioningResult result, Map<String, String> secrets) {
        Seeded {
            secrets = Map.copyOf(secrets);
        }

        String trunkId() {
            return result.trunkId();
        }
    }

    /** Applies the plan file on the embedded simulator, one line per step, and returns the trunk. */
    static Seeded apply(CarrierTarget target, Path file, CliEnvironment env, PrintStream out) {
        if (!target.isSimulator()) {
            throw new IllegalArgumentException("--seed-plan only works on the embedded simulator (it would write to "
                    + target.description() + "): run 'est apply -f " + file + "' there first and pass the trunk's id");
        }
        PlanInput input = PlanInput.read("--seed-plan", file);
        PlanSecrets secrets = PlanSecrets.resolve(input.document(), env.variables(), true);
        secrets.report(out);
        ProvisioningPlan plan = input.document().toPlan(secrets.resolver());
        out.println("Seeding the embedded " + target.choice().displayName() + " simulator from " + file + ":");
        ProvisioningResult result = target.provisioner().listener(new StepPrinter(out)).build().apply(plan);
        out.println("Trunk " + input.hostName() + " is on the simulator (id " + result.trunkId() + ").");
        Map<String, String> values = new HashMap<>();
        input.document().credentialLists().forEach(list -> list.credentials().forEach(c -> secrets.resolver()
                .resolve(c.password()).ifPresent(v -> values.put(c.password().variable(), v))));
        return new Seeded(result, values);
    }
}
