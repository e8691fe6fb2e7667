package dev.estsdk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estsdk.examples.ExitCode;
import dev.estsdk.examples.cli.CliHarness.Run;
import dev.estsdk.testkit.EstSimulator;
import dev.estsdk.testkit.EstSimulatorExtension;
import dev.estsdk.testkit.twilio.TwilioSimulator;
import dev.estsdk.testkit.twilio.TwilioSimulatorExtension;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code --carrier twilio} on provision, trunks list, diagnose and teardown, against the Twilio simulator. */
class TwilioCommandsTest {

    private static final String DOMAIN = "acme-pbx.pstn.twilio.com";

    @RegisterExtension
    static final EstSimulatorExtension EST = EstSimulatorExtension.create();

    @RegisterExtension
    static final TwilioSimulatorExtension TWILIO = TwilioSimulatorExtension.create(
            b -> b.ownedNumbers(CliEnvironment.SIMULATOR_NUMBERS.toArray(String[]::new)));

    private EstSimulator sinch;
    private TwilioSimulator twilio;

    @BeforeEach
    void bind(EstSimulator est, TwilioSimulator tw) {
        sinch = est;
        twilio = tw;
    }

    private Run est(String... args) {
        return CliHarness.onSimulators(sinch, twilio, args);
    }

    @Test
    void provision_theReadmeCommandFromAFreshClone_printsTheTwilioDomainAndPassesTheSimulatedCalls() {
        Run run = CliHarness.fresh("provision", "--carrier", "twilio", "--direction", "both", "--auth", "acl",
                "--endpoint", "static", "--host-name", "acme-pbx", "--number", "+12025550101");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("Target: embedded Twilio simulator at http://127.0.0.1:").contains(
                "Workflow C", "[1/", "assign number +12025550101",
                "SIP domain: " + DOMAIN,
                "Request-URI  sip:+<destination>@" + DOMAIN,
                "Send from 203.0.113.10 (the associated IP access control list",
                "What to test now",
                "outbound INVITE sip:+12025550199@" + DOMAIN + " from 203.0.113.10: 200 OK",
                "inbound INVITE +14155550123 -> +12025550101: 200 OK, delivered to sip:203.0.113.10")
                .doesNotContain("pstn.sinch.com", "Waiting for the changes");
    }

    @Test
    void provision_onTwilio_writesToTheTwilioSimulatorOnly() {
        Run run = est("provision", "--carrier", "twilio", "--direction", "both", "--auth", "acl", "--endpoint",
                "static", "--host-name", "acme-pbx", "--number", "+12025550101");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(twilio.counts().trunks()).isEqualTo(1);
        assertThat(twilio.counts().ipAccessControlLists()).isEqualTo(1);
        assertThat(twilio.counts().originationUrls()).isEqualTo(1);
        assertThat(sinch.counts().trunks()).isZero();
    }

    @Test
    void provision_credentialsOnTwilio_answersTheDigestChallengeOnTheSimulatedEdge() {
        Run run = est("provision", "--carrier", "twilio", "--direction", "outbound", "--auth", "credentials",
                "--host-name", "acme-pbx");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Workflow E", "digest challenge (SIP 407) as acme-pbx",
                "outbound INVITE sip:+12025550199@" + DOMAIN + " from 203.0.113.10: 200 OK",
                "SIP password: generated for this simulator run");
    }

    @Test
    void provision_aRegisteredEndpointOnTwilio_isRefusedInOneLineBeforeAnyRequest() {
        Run run = est("provision", "--carrier", "twilio", "--direction", "inbound", "--endpoint", "registered",
                "--host-name", "acme-pbx", "--number", "+12025550101");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.errLines()).singleElement().asString().startsWith("error: ").contains("Twilio", "REGISTER");
        assertThat(twilio.wireMock().getAllServeEvents()).isEmpty();
    }

    @Test
    void trunksList_onTwilio_showsTheTwilioTrunk() {
        est("provision", "--carrier", "twilio", "--direction", "outbound", "--auth", "acl", "--host-name",
                "acme-pbx");

        Run run = est("trunks", "list", "--carrier", "twilio");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("ID", "SIP DOMAIN", DOMAIN).containsPattern("TK[0-9a-f]{32}");
    }

    @Test
    void trunksList_onAnEmptyTwilioAccount_saysSo() {
        Run run = est("trunks", "list", "--carrier", "twilio");

        assertThat(run.out()).contains("No trunks in Twilio account " + twilio.accountSid() + ".");
    }

    @Test
    void teardown_onTwilio_removesTheTrunk() {
        est("provision", "--carrier", "twilio", "--direction", "both", "--auth", "acl", "--endpoint", "static",
                "--host-name", "acme-pbx", "--number", "+12025550101");
        String trunkId = twilioTrunkId();

        Run run = est("teardown", trunkId, "--carrier", "twilio", "--delete-unused-lists");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Trunk " + trunkId + " removed.");
        assertThat(twilio.counts().trunks()).isZero();
    }

    @Test
    void diagnose_onTwilio_aHealthyTrunk_findsNothing() {
        est("provision", "--carrier", "twilio", "--direction", "both", "--auth", "acl", "--endpoint", "static",
                "--host-name", "acme-pbx", "--number", "+12025550101");

        Run run = est("diagnose", twilioTrunkId(), "--carrier", "twilio");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("No problems found on trunk ");
    }

    @Test
    void teardown_onARealTwilioAccountWithoutYes_refusesAndDeletesNothing() {
        est("provision", "--carrier", "twilio", "--direction", "outbound", "--auth", "acl", "--host-name",
                "acme-pbx");
        String trunkId = twilioTrunkId();

        Run run = CliHarness.withEnvironment(CliHarness.remote(twilio), "teardown", trunkId, "--carrier", "twilio");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.errLines()).singleElement().asString().contains("add --yes");
        assertThat(twilio.counts().trunks()).isEqualTo(1);
    }

    @Test
    void aRejectedTwilioToken_isExitThree_namingTheTwilioVariables_notTheSinchOnes_andNotTheToken() {
        Map<String, String> variables = new HashMap<>(CliHarness.remote(twilio));
        variables.put("TWILIO_AUTH_TOKEN", "wrong-token-4711");

        Run run = CliHarness.withEnvironment(variables, "trunks", "list", "--carrier", "twilio");

        assertThat(run.exitCode()).isEqualTo(ExitCode.UNAVAILABLE.code());
        assertThat(run.errLines()).singleElement().asString().contains("TWILIO_AUTH_TOKEN")
                .doesNotContain("EST_", "wrong-token-4711");
    }

    @Test
    void anUnreachableTwilioBaseUrl_isExitThree_namingTwilioBaseUrl_notEstBaseUrl() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        Map<String, String> variables = Map.of("TWILIO_ACCOUNT_SID", twilio.accountSid(), "TWILIO_AUTH_TOKEN",
                twilio.authToken(), "TWILIO_BASE_URL", "http://127.0.0.1:" + closedPort);

        Run run = CliHarness.withEnvironment(variables, "trunks", "list", "--carrier", "twilio");

        assertThat(run.exitCode()).isEqualTo(ExitCode.UNAVAILABLE.code());
        assertThat(run.errLines()).singleElement().asString().contains("TWILIO_BASE_URL").doesNotContain("EST_");
    }

    @ParameterizedTest
    @ValueSource(strings = {"provision", "plan", "apply", "export", "migrate", "teardown", "diagnose"})
    void everyCommand_documentsTheCarrierOption(String command) {
        Run run = est(command, "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--carrier");
    }

    @Test
    void trunksListAndNumbersAssign_documentTheCarrierOption() {
        assertThat(est("trunks", "list", "--help").out()).contains("--carrier");
        assertThat(est("numbers", "assign", "--help").out()).contains("--carrier");
    }

    @Test
    void anUnknownCarrier_isAUsageErrorNamingTheChoices() {
        Run run = est("trunks", "list", "--carrier", "vonage");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.errLines()).singleElement().asString()
                .contains("--carrier", "expected one of sinch, twilio (was 'vonage')");
    }

    private String twilioTrunkId() {
        List<String> ids = est("trunks", "list", "--carrier", "twilio").out().lines().filter(l -> l.contains(DOMAIN))
                .map(l -> l.split("\\s+")[0]).toList();
        assertThat(ids).hasSize(1);
        return ids.get(0);
    }
}
