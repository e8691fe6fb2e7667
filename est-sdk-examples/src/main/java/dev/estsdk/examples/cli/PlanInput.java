package dev.estsdk.examples.cli;

import dev.estsdk.workflows.PlanDocument;
import dev.estsdk.workflows.PlanFiles;
import dev.estsdk.workflows.ProvisioningPlan;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A plan file as the commands read it: parsed (bad files fail with their line and column, exit 2),
 * and turned into a {@link ProvisioningPlan} with its secrets resolved by {@link PlanSecrets}.
 *
 * @param file where it was read from
 * @param document the carrier-neutral plan, secrets as references
 */
record PlanInput(Path file, PlanDocument document) {

    /** @throws IllegalArgumentException or the plan file's validation error, both exit 2 */
    static PlanInput read(String flag, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(flag + " " + file + " does not exist (or is not a file)");
        }
        return new PlanInput(file, PlanFiles.read(file));
    }

    /**
     * Resolves the secrets (generating demo values on a simulator, saying so without showing them)
     * and builds the plan; the carrier's capabilities are checked when it is applied.
     */
    ProvisioningPlan plan(Map<String, String> variables, boolean simulator, PrintStream out) {
        PlanSecrets secrets = PlanSecrets.resolve(document, variables, simulator);
        secrets.report(out);
        return document.toPlan(secrets.resolver());
    }

    /** @return the trunk's host name, e.g. {@code acme-pbx} */
    String hostName() {
        return document.trunk().hostName();
    }
}
