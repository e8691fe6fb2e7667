package dev.estsdk.examples;

import dev.estsdk.api.EstApi;
import dev.estsdk.workflows.Diagnosis;
import dev.estsdk.workflows.Finding;
import java.io.PrintStream;

/**
 * Diagnoses a trunk: each finding names the SIP symptom it causes (403 on outbound INVITEs, 401 on
 * REGISTER, 503 on inbound calls, ...), its cause, and the SDK call that fixes it.
 *
 * <p>Run: {@code java dev.estsdk.examples.DiagnoseTrunk <trunkId>}; without an id it creates a
 * half-provisioned trunk (created directly, without the workflow layer) and diagnoses that.
 */
public final class DiagnoseTrunk {

    private DiagnoseTrunk() {
    }

    /**
     * Runs the example and exits with its {@link ExitCode}.
     *
     * @param args optionally, the id of the trunk to check
     */
    public static void main(String[] args) {
        System.exit(ExampleRunner.run(withArgs(args)));
    }

    /**
     * Returns the example for these arguments.
     *
     * @param args optionally, the id of the trunk to check
     * @return the example for these arguments
     */
    public static Example withArgs(String... args) {
        return args.length > 0 ? trunk(args[0]) : DiagnoseTrunk::halfProvisioned;
    }

    /**
     * Returns the example, checking that trunk.
     *
     * @param trunkId the trunk to check
     * @return the example, checking that trunk
     */
    public static Example trunk(String trunkId) {
        return (target, out) -> diagnose(target, trunkId, out);
    }

    /**
     * Creates a trunk with an endpoint but no access control list, credential list or number, the
     * way hand-written provisioning code often leaves it, then diagnoses it.
     *
     * @param target where to run
     * @param out where to print the findings
     */
    public static void halfProvisioned(Target target, PrintStream out) {
        EstApi est = target.api();
        String trunkId = est.sipTrunks().create(trunk -> trunk.name("Acme half done").hostName("acme-half")).id();
        est.sipEndpoints().createStatic(trunkId, pbx -> pbx.name("Acme PBX").address("203.0.113.30"));
        diagnose(target, trunkId, out);
    }

    private static void diagnose(Target target, String trunkId, PrintStream out) {
        Diagnosis diagnosis = target.provisioner().build().check(trunkId);
        out.println("Trunk " + trunkId + (diagnosis.isHealthy() ? ": no problems found" : ":"));
        for (Finding finding : diagnosis.findings()) {
            out.println("  " + finding.type().severity() + " " + finding.type().sipSymptom());
            out.println("    cause: " + finding.type().cause());
            out.println("    fix:   " + finding.type().fix());
        }
    }
}
