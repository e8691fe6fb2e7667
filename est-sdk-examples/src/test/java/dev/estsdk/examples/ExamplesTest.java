package dev.estsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estsdk.api.model.SipEndpoint;
import dev.estsdk.api.model.SipTrunk;
import dev.estsdk.api.model.StaticEndpoint;
import dev.estsdk.testkit.EstSimulator;
import dev.estsdk.testkit.EstSimulatorExtension;
import dev.estsdk.testkit.ResourceCounts;
import dev.estsdk.testkit.SipInvite;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Runs every example the way its {@code main} does, against a simulator, and checks what it left behind. */
class ExamplesTest {

    @RegisterExtension
    static final EstSimulatorExtension EST = EstSimulatorExtension.create();

    private EstSimulator simulator;
    private Target target;

    @BeforeEach
    void connect(EstSimulator sim) {
        simulator = sim;
        target = Target.simulator(sim);
    }

    @AfterEach
    void disconnect() {
        target.close();
    }

    private record Run(int exitCode, String out, String err) {
    }

    private Run run(Example example) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            int code = ExampleRunner.run(example, target, o, e);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    private static Run runWithEnvironment(Example example, Map<String, String> environment) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            int code = ExampleRunner.run(example, environment, o, e);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void workflowA_linksAnAclSoTheSbcCanCallOut() {
        Run run = run(OutboundTrunkWithAcl::run);

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("Workflow A", "SIP domain: acme-outbound.pstn.sinch.com");
        assertThat(simulator.counts()).isEqualTo(new ResourceCounts(1, 0, 1, 0, 0, 0));
        assertThat(simulator.sip().invite(SipInvite.outbound("203.0.113.10",
                "sip:+12025550101@acme-outbound.pstn.sinch.com", "+12025550199", "acme-outbound.pstn.sinch.com"))
                .isSuccess()).isTrue();
    }

    @Test
    void workflowB_deliversCallsToTheNumberToTheStaticEndpoint() {
        Run run = run(InboundTrunkWithStaticEndpoint::run);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Workflow B", "SIP domain: acme-inbound.pstn.sinch.com");
        assertThat(simulator.counts()).isEqualTo(new ResourceCounts(1, 1, 0, 0, 1, 0));
        assertThat(simulator.sip().invite(SipInvite.inbound("+14155550123", "+12025550102")).isSuccess()).isTrue();
    }

    @Test
    void workflowC_provisionsBothDirectionsOnOneTrunk() {
        Run run = run(BidirectionalTrunk::run);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Workflow C", "SIP domain: acme-pbx.pstn.sinch.com", "propagation wait");
        assertThat(simulator.counts()).isEqualTo(new ResourceCounts(1, 1, 1, 0, 1, 0));
        assertThat(simulator.sip().invite(SipInvite.inbound("+14155550123", "+12025550101")).isSuccess()).isTrue();
        assertThat(simulator.sip().invite(SipInvite.outbound("203.0.113.10",
                "sip:+12025550101@acme-pbx.pstn.sinch.com", "+12025550199", "acme-pbx.pstn.sinch.com"))
                .isSuccess()).isTrue();
    }

    @Test
    void workflowD_linksTheCredentialListSoTheEndpointCanRegister() {
        Run run = run(InboundTrunkWithRegisteredEndpoint::run);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Workflow D", "SIP domain: acme-office.pstn.sinch.com");
        assertThat(simulator.counts()).isEqualTo(new ResourceCounts(1, 1, 0, 1, 1, 0));
        assertThat(simulator.sip().register("acme-office.pstn.sinch.com", "acme-office-pbx",
                SipPasswords.forTarget(target)).isSuccess()).isTrue();
    }

    @Test
    void workflowE_authorisesOutboundCallsByDigest() {
        Run run = run(OutboundTrunkWithCredentials::run);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Workflow E", "SIP domain: acme-mobile.pstn.sinch.com");
        assertThat(simulator.counts()).isEqualTo(new ResourceCounts(1, 0, 0, 1, 0, 0));
        assertThat(simulator.sip().invite(SipInvite.outbound("198.51.100.7",
                "sip:+12025550101@acme-mobile.pstn.sinch.com", "+12025550199", "acme-mobile.pstn.sinch.com")
                .withDigest("acme-softphone", SipPasswords.forTarget(target))).isSuccess()).isTrue();
    }

    @Test
    void teardown_leavesNothingBehind_andASecondTeardownDoesNothing() {
        Run run = run(TeardownTrunk::provisionAndRemove);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Removed trunk");
        assertThat(simulator.counts().isEmpty()).isTrue();

        String trunkId = run.out().lines().filter(l -> l.startsWith("Provisioned trunk"))
                .map(l -> l.split(" ")[2]).findFirst().orElseThrow();
        Run again = run(TeardownTrunk.trunk(trunkId));
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("Nothing to remove");
    }

    @Test
    void modify_changesOneFieldAndKeepsTheOthers() {
        Run run = run(ModifyTrunkAndEndpoint::run);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("calls forwarded to +12025550150", "priority 2", "203.0.113.10:5060 UDP");
        SipTrunk trunk = target.api().sipTrunks().list().stream().findFirst().orElseThrow();
        assertThat(trunk.hostName()).isEqualTo("acme-pbx");
        assertThat(trunk.enableCallForward()).isTrue();
        SipEndpoint endpoint = target.api().sipEndpoints().list(trunk.id()).stream().findFirst().orElseThrow();
        assertThat(endpoint.priority()).isEqualTo(2);
        assertThat(((StaticEndpoint) endpoint).address()).isEqualTo("203.0.113.10");
    }

    @Test
    void diagnose_namesTheSipSymptomsOfAHalfProvisionedTrunk() {
        Run run = run(DiagnoseTrunk::halfProvisioned);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("SIP 403", "fix:");
        assertThat(simulator.counts().trunks()).isEqualTo(1);
    }

    @Test
    void diagnose_whenTrunkMissing_failsWithOneLine() {
        Run run = run(DiagnoseTrunk.trunk("no-such-trunk"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILED.code());
        assertThat(run.err().lines().toList()).singleElement().asString().startsWith("error: HTTP 404");
    }

    @Test
    void exportCallRecords_listsCompletedCallsAndWritesTheCsv(@TempDir Path directory) throws IOException {
        Run run = run(ExportCallRecords.into(directory));

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("completed calls in the last 24 hours", "Exported to");
        List<Path> files;
        try (var listing = Files.list(directory)) {
            files = listing.toList();
        }
        assertThat(files).singleElement().satisfies(file -> assertThat(Files.readString(file)).isNotBlank());
    }

    @Test
    void enableCountryPermission_enablesTheCountry() {
        assertThat(target.api().countryPermissions().get("SE").enabled()).isFalse();

        Run run = run(EnableCountryPermission.forCountry("se"));

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("(SE", "now enabled");
        assertThat(target.api().countryPermissions().get("SE").enabled()).isTrue();
    }

    @Test
    void enableCountryPermission_whenCountryInvalid_failsWithOneLineBeforeAnyRequest() {
        Run run = run(EnableCountryPermission.forCountry("Sweden"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err().lines().toList()).singleElement().asString().startsWith("error: ");
        assertThat(simulator.wireMock().getAllServeEvents()).isEmpty();
    }

    @Test
    void runner_withoutVariables_usesAnEmbeddedSimulator() {
        Run run = runWithEnvironment(BidirectionalTrunk::run, Map.of());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Target: embedded EST simulator at http://127.0.0.1:")
                .contains("SIP domain: acme-pbx.pstn.sinch.com");
    }

    @Test
    void runner_withSomeCredentialsMissing_namesTheMissingVariables() {
        Run run = runWithEnvironment(BidirectionalTrunk::run, Map.of("EST_PROJECT_ID", "p"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err().lines().toList()).singleElement().asString()
                .startsWith("error: EST_KEY_ID, EST_KEY_SECRET are not set");
        assertThat(run.out()).isEmpty();
    }
}
