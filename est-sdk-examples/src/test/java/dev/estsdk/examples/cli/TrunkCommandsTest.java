package dev.estsdk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estsdk.examples.ExitCode;
import dev.estsdk.examples.Target;
import dev.estsdk.examples.cli.CliHarness.Run;
import dev.estsdk.testkit.EstSimulator;
import dev.estsdk.testkit.EstSimulatorExtension;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code est teardown}, {@code est diagnose} and {@code est trunks list} against a simulator. */
class TrunkCommandsTest {

    @RegisterExtension
    static final EstSimulatorExtension EST = EstSimulatorExtension.create();

    private EstSimulator simulator;

    @BeforeEach
    void bind(EstSimulator sim) {
        simulator = sim;
    }

    private String provisionWorkflowC() {
        Run run = CliHarness.onSimulator(simulator, "provision", "--direction", "both", "--auth", "acl",
                "--endpoint", "static", "--host-name", "acme-pbx", "--number", "+12025550101");
        assertThat(run.exitCode()).as(run.err()).isZero();
        return trunkId();
    }

    private String trunkId() {
        Run list = CliHarness.onSimulator(simulator, "trunks", "list");
        return list.out().lines().filter(l -> l.contains("acme-pbx.pstn.sinch.com")).map(l -> l.split("\\s+")[0])
                .findFirst().orElseThrow();
    }

    @Test
    void trunksList_showsIdsNamesAndDomains() {
        provisionWorkflowC();

        Run run = CliHarness.onSimulator(simulator, "trunks", "list");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("ID", "SIP DOMAIN", "acme-pbx.pstn.sinch.com");
    }

    @Test
    void trunksList_whenEmpty_saysSo() {
        Run run = CliHarness.onSimulator(simulator, "trunks", "list");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("No trunks in project sim-project.");
    }

    @Test
    void teardown_onTheSimulator_removesEverythingWithoutConfirmation() {
        String trunkId = provisionWorkflowC();

        Run run = CliHarness.onSimulator(simulator, "teardown", trunkId, "--delete-unused-lists");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("unassign number +12025550101", "delete trunk",
                "Trunk " + trunkId + " removed.");
        assertThat(simulator.counts().isEmpty()).isTrue();
    }

    @Test
    void teardown_withoutDeletingLists_keepsTheAclAndSaysHowToDeleteIt() {
        String trunkId = provisionWorkflowC();

        Run run = CliHarness.onSimulator(simulator, "teardown", trunkId);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--delete-unused-lists");
        assertThat(simulator.counts().trunks()).isZero();
        assertThat(simulator.counts().accessControlLists()).isEqualTo(1);
    }

    @Test
    void teardown_onARealTargetWithoutYes_refusesAndDeletesNothing() {
        String trunkId = provisionWorkflowC();

        Run run = CliHarness.withEnvironment(CliHarness.remote(simulator), "teardown", trunkId);

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.errLines()).singleElement().asString().startsWith("error: teardown deletes trunk " + trunkId)
                .endsWith("add --yes to confirm");
        assertThat(simulator.counts().trunks()).isEqualTo(1);
    }

    @Test
    void teardown_onARealTargetWithYes_removesTheTrunk() {
        String trunkId = provisionWorkflowC();

        Run run = CliHarness.withEnvironment(CliHarness.remote(simulator), "teardown", trunkId, "--yes");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Target: project sim-project at " + simulator.baseUrl());
        assertThat(simulator.counts().trunks()).isZero();
        assertThat(simulator.counts().assignedNumbers()).isZero();
    }

    @Test
    void teardown_ofAMissingTrunk_doesNothing() {
        Run run = CliHarness.onSimulator(simulator, "teardown", "no-such-trunk");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Nothing to remove");
    }

    @Test
    void diagnose_aHealthyTrunk_findsNothing() {
        String trunkId = provisionWorkflowC();
        simulator.advance(Duration.ofMinutes(2));

        Run run = CliHarness.onSimulator(simulator, "diagnose", trunkId);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("No problems found on trunk " + trunkId);
    }

    @Test
    void diagnose_aTrunkWhoseAclWasUnlinked_printsTheSymptomAndExitsWithProblemsFound() {
        Run created = CliHarness.onSimulator(simulator, "provision", "--direction", "outbound", "--auth", "acl",
                "--host-name", "acme-pbx");
        assertThat(created.exitCode()).isZero();
        String trunkId = trunkId();
        try (Target target = Target.simulator(simulator)) {
            target.api().sipTrunks().listAccessControlLists(trunkId)
                    .forEach(id -> target.api().sipTrunks().removeAccessControlList(trunkId, id));
        }

        Run run = CliHarness.onSimulator(simulator, "diagnose", trunkId);

        assertThat(run.exitCode()).isEqualTo(ExitCode.PROBLEMS_FOUND.code());
        assertThat(run.out()).contains("error: outbound INVITE rejected with SIP 403", "fix:", "cause:");
    }

    @Test
    void diagnose_aMissingTrunk_failsWithOneLine() {
        Run run = CliHarness.onSimulator(simulator, "diagnose", "no-such-trunk");

        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILED.code());
        assertThat(run.errLines()).singleElement().asString().startsWith("error: HTTP 404")
                .endsWith("check the id ('est trunks list' shows the trunks)");
    }

    /** The variables of a simulator that has stopped: nothing listens on its port any more. */
    private static Map<String, String> stoppedServer() {
        try (EstSimulator stopped = EstSimulator.start()) {
            return CliHarness.remote(stopped);
        }
    }

    @Test
    void anyCommand_whenTheServerIsUnreachable_failsWithOneLineAndNoStackTrace() {
        Map<String, String> variables = stoppedServer();

        Run run = CliHarness.withEnvironment(variables, "trunks", "list");

        assertThat(run.exitCode()).isEqualTo(ExitCode.UNAVAILABLE.code());
        assertThat(run.errLines()).singleElement().asString().startsWith("error: ")
                .contains("check that the target is reachable (EST_BASE_URL");
    }

    @Test
    void verbose_addsTheStackTrace() {
        Map<String, String> variables = stoppedServer();

        Run run = CliHarness.withEnvironment(variables, "trunks", "list", "--verbose");

        assertThat(run.exitCode()).isEqualTo(ExitCode.UNAVAILABLE.code());
        assertThat(run.errLines().get(0)).startsWith("error: ");
        assertThat(run.err()).contains("\tat ");
    }

    @Test
    void anyCommand_whenTheAccessKeyIsWrong_saysWhichVariablesToCheck() {
        Map<String, String> variables = new HashMap<>(CliHarness.remote(simulator));
        variables.put("EST_KEY_SECRET", "not-the-secret-0000");

        Run run = CliHarness.withEnvironment(variables, "trunks", "list");

        assertThat(run.exitCode()).isEqualTo(ExitCode.UNAVAILABLE.code());
        assertThat(run.errLines()).singleElement().asString().contains("HTTP 401")
                .endsWith("check EST_KEY_ID and EST_KEY_SECRET (an access key of the project in EST_PROJECT_ID)")
                .doesNotContain("not-the-secret");
    }
}
