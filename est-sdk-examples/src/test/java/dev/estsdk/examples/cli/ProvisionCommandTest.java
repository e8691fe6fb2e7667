package dev.estsdk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estsdk.examples.ExitCode;
import dev.estsdk.examples.cli.CliHarness.Run;
import dev.estsdk.examples.cli.CliHarness.ScriptedPrompter;
import dev.estsdk.testkit.EstOperation;
import dev.estsdk.testkit.EstSimulator;
import dev.estsdk.testkit.EstSimulatorExtension;
import dev.estsdk.testkit.ResourceCounts;
import dev.estsdk.testkit.SipInvite;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProvisionCommandTest {

    private static final String DOMAIN = "acme-pbx.pstn.sinch.com";

    @RegisterExtension
    static final EstSimulatorExtension EST = EstSimulatorExtension.create();

    private EstSimulator simulator;

    @BeforeEach
    void bind(EstSimulator sim) {
        simulator = sim;
    }

    @Test
    void provision_bothAclStatic_runsWorkflowCAndPrintsStepsDomainAndHeaderRules() {
        Run run = CliHarness.onSimulator(simulator, "provision", "--direction", "both", "--auth", "acl",
                "--endpoint", "static", "--host-name", "acme-pbx", "--number", "+12025550101");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains(
                "Workflow C",
                "[1/", "create trunk \"acme-pbx\"", "link access control list", "assign number +12025550101",
                "on the simulator's clock",
                "SIP domain: " + DOMAIN,
                "Request-URI  sip:+<destination>@" + DOMAIN,
                "From         sip:+12025550101@" + DOMAIN,
                "What to test now",
                "est diagnose ");
        assertThat(run.out()).contains("outbound INVITE +12025550101 -> +12025550199 from 203.0.113.10: 200",
                "inbound INVITE +14155550123 -> +12025550101: 200");
        assertThat(simulator.counts()).isEqualTo(new ResourceCounts(1, 1, 1, 0, 1, 0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "A, outbound, --auth=acl,            1, 0, 1, 0, 1",
        "B, inbound,  --endpoint=static,     1, 1, 0, 0, 1",
        "D, inbound,  --endpoint=registered, 1, 1, 0, 1, 1",
        "E, outbound, --auth=credentials,    1, 0, 0, 1, 1",
    })
    void provision_eachBranchOfTheDecisionTree_runsItsWorkflow(String workflow, String direction, String choice,
            int trunks, int endpoints, int acls, int credentialLists, int numbers) {
        Run run = CliHarness.onSimulator(simulator, "provision", "--direction", direction, choice,
                "--host-name", "acme-pbx", "--number", "+12025550101");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Workflow " + workflow, "SIP domain: " + DOMAIN);
        assertThat(simulatedSipOutcomes(run)).isNotEmpty().allSatisfy(line -> assertThat(line).contains(": 200 "));
        assertThat(simulator.counts()).isEqualTo(new ResourceCounts(trunks, endpoints, acls, credentialLists, numbers,
                0));
    }

    /** The lines under "Tried on the simulator's SIP edge:". */
    private static List<String> simulatedSipOutcomes(Run run) {
        return run.out().lines().dropWhile(l -> !l.startsWith("Tried on the simulator's SIP edge"))
                .skip(1).filter(l -> l.startsWith("  ")).toList();
    }

    @Test
    void provision_inATerminal_asksTheThreeQuestions() {
        ScriptedPrompter terminal = new ScriptedPrompter("3", "acl", "1", "acme-pbx", "", "");

        Run run = CliHarness.inTerminal(simulator, terminal, "provision");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Which calls will the trunk carry?",
                "How does Sinch recognise your PBX's outbound calls?",
                "How does Sinch reach your PBX for inbound calls?",
                "Workflow C", "SIP domain: " + DOMAIN);
        assertThat(terminal.unanswered()).isZero();
        assertThat(simulator.counts()).isEqualTo(new ResourceCounts(1, 1, 1, 0, 1, 0));
    }

    @Test
    void provision_inATerminal_readsTheSipPasswordWithoutEcho_forARegisteredEndpoint() {
        ScriptedPrompter terminal = new ScriptedPrompter("inbound", "registered", "acme-pbx", "", "pbx-1",
                "Office-Passw0rd-2026");

        Run run = CliHarness.inTerminal(simulator, terminal, "provision");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(terminal.prompts()).last().asString().startsWith("SIP password");
        assertThat(run.out()).contains("Workflow D", "REGISTER pbx-1 at " + DOMAIN + ": 200")
                .doesNotContain("Office-Passw0rd-2026");
        assertThat(simulator.counts()).isEqualTo(new ResourceCounts(1, 1, 0, 1, 1, 0));
    }

    @Test
    void provision_inATerminal_asksAgainAfterAnInvalidAnswer() {
        ScriptedPrompter terminal = new ScriptedPrompter("sideways", "outbound", "", "acme-pbx", "", "");

        Run run = CliHarness.inTerminal(simulator, terminal, "provision");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("expected one of outbound, inbound, both (was 'sideways')", "Workflow A");
    }

    @Test
    void provision_withoutATerminal_namesEveryMissingFlagInOneLine() {
        Run run = CliHarness.onSimulator(simulator, "provision", "--direction", "both");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.errLines()).singleElement().asString()
                .isEqualTo("error: missing --auth (acl, credentials), --endpoint (static, registered), --host-name:"
                        + " pass them as flags, or run 'est provision' in a terminal to be asked");
        assertThat(simulator.wireMock().getAllServeEvents()).isEmpty();
    }

    @Test
    void provision_withANumberNotInE164_failsBeforeAnyRequest() {
        Run run = CliHarness.onSimulator(simulator, "provision", "--direction", "both", "--auth", "acl",
                "--endpoint", "static", "--host-name", "acme-pbx", "--number", "202-555-0101");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("error: --number must be an E.164 number: + then 2 to 15 digits").contains("(was \"202-555-0101\")");
        assertThat(simulator.wireMock().getAllServeEvents()).isEmpty();
    }

    @Test
    void provision_withAnInvalidHostName_failsBeforeAnyRequest() {
        Run run = CliHarness.onSimulator(simulator, "provision", "--direction", "outbound", "--auth", "acl",
                "--host-name", "acme.example");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.errLines()).singleElement().asString().startsWith("error: --host-name ");
        assertThat(simulator.wireMock().getAllServeEvents()).isEmpty();
    }

    @Test
    void provision_withAnUnknownDirection_namesTheChoices() {
        Run run = CliHarness.onSimulator(simulator, "provision", "--direction", "sideways");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.errLines()).singleElement().asString()
                .contains("--direction", "expected one of outbound, inbound, both (was 'sideways')",
                        "see 'est provision --help'");
    }

    @Test
    void provision_withAuthForAnInboundTrunk_isRejected() {
        Run run = CliHarness.onSimulator(simulator, "provision", "--direction", "inbound", "--auth", "acl",
                "--endpoint", "static", "--host-name", "acme-pbx");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.errLines()).singleElement().asString()
                .isEqualTo("error: --auth only applies to outbound calls: drop it, or use --direction outbound"
                        + " or both");
    }

    @Test
    void provision_noWait_saysWhenToTest() {
        Run run = CliHarness.onSimulator(simulator, "provision", "--direction", "outbound", "--auth", "acl",
                "--host-name", "acme-pbx", "--no-wait");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("What to test in 60 s").doesNotContain("Tried on the simulator");
        assertThat(simulator.sip().invite(SipInvite.outbound("203.0.113.10", "sip:+12025550101@" + DOMAIN,
                "+12025550199", DOMAIN)).isSuccess()).isFalse();
    }

    @Test
    void provision_whenAStepFails_rollsBackAndSaysSoInOneLine() {
        simulator.faults().forOperation(EstOperation.CREATE_SIP_ENDPOINT).failNext(1, 400);

        Run run = CliHarness.onSimulator(simulator, "provision", "--direction", "both", "--auth", "acl",
                "--endpoint", "static", "--host-name", "acme-pbx", "--number", "+12025550101");

        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILED.code());
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("error: Provisioning failed at CREATE ENDPOINT").contains("HTTP 400", "Rolled back: ");
        assertThat(run.out()).contains("rollback:");
        assertThat(simulator.counts().isEmpty()).isTrue();
    }

    @Test
    void provision_twice_changesNothingTheSecondTime() {
        String[] args = {"provision", "--direction", "both", "--auth", "acl", "--endpoint", "static",
            "--host-name", "acme-pbx", "--number", "+12025550101"};
        CliHarness.onSimulator(simulator, args);

        Run again = CliHarness.onSimulator(simulator, args);

        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("nothing to change");
        assertThat(simulator.counts()).isEqualTo(new ResourceCounts(1, 1, 1, 0, 1, 0));
    }

    @Test
    void provision_credentialsOnARealTarget_needsThePasswordVariable() {
        Run run = CliHarness.withEnvironment(CliHarness.remote(simulator), "provision", "--direction", "outbound",
                "--auth", "credentials", "--host-name", "acme-pbx");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.errLines()).singleElement().asString().contains("missing EST_SIP_PASSWORD");
        assertThat(simulator.counts().isEmpty()).isTrue();
    }

    @Test
    void provision_withAWeakPassword_namesTheRuleNotThePassword() {
        Map<String, String> variables = new HashMap<>(CliHarness.remote(simulator));
        variables.put("EST_SIP_PASSWORD", "short");

        Run run = CliHarness.withEnvironment(variables, "provision", "--direction", "outbound", "--auth",
                "credentials", "--host-name", "acme-pbx");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.errLines()).singleElement().asString().startsWith("error: the SIP password (EST_SIP_PASSWORD)")
                .doesNotContain("short");
    }

    @Test
    void provision_aclOnARealTarget_needsTheIp() {
        Run run = CliHarness.withEnvironment(CliHarness.remote(simulator), "provision", "--direction", "outbound",
                "--auth", "acl", "--host-name", "acme-pbx");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.errLines()).singleElement().asString().contains("missing --ip");
    }

    @Test
    void provision_withoutVariables_runsOnAnEmbeddedSimulator() {
        Run run = CliHarness.withEnvironment(Map.of(), "provision", "--direction", "both", "--auth", "acl",
                "--endpoint", "static", "--host-name", "acme-pbx", "--number", "+12025550101");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Target: embedded EST simulator at http://127.0.0.1:")
                .contains("Workflow C", "SIP domain: " + DOMAIN);
    }
}
