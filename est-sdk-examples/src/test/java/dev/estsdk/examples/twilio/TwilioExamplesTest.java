package dev.estsdk.examples.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estsdk.examples.ExitCode;
import dev.estsdk.testkit.twilio.TwilioCounts;
import dev.estsdk.testkit.twilio.TwilioSimulator;
import dev.estsdk.testkit.twilio.TwilioSimulatorExtension;
import dev.estsdk.testkit.twilio.TwilioSipInvite;
import dev.estsdk.testkit.twilio.TwilioSipResult;
import dev.estsdk.twilio.model.Trunk;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Runs every Twilio example the way its {@code main} does, against a Twilio simulator, and checks what it left. */
class TwilioExamplesTest {

    @RegisterExtension
    static final TwilioSimulatorExtension TWILIO = TwilioSimulatorExtension.create();

    private TwilioSimulator simulator;
    private TwilioTarget target;

    @BeforeEach
    void connect(TwilioSimulator sim) {
        simulator = sim;
        target = TwilioTarget.simulator(sim);
    }

    @AfterEach
    void disconnect() {
        target.close();
    }

    private record Run(int exitCode, String out, String err) {
    }

    private Run run(TwilioExample example) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            int code = TwilioExampleRunner.run(example, target, o, e);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    private static Run runWithEnvironment(TwilioExample example, Map<String, String> environment) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            int code = TwilioExampleRunner.run(example, environment, o, e);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    private List<Trunk> trunks() {
        return StreamSupport.stream(target.api().trunks().list().spliterator(), false).toList();
    }

    @Test
    void outboundWithAcl_admitsThePbxByItsIp_andNoOtherAddress() {
        Run run = run(TwilioOutboundTrunkWithAcl::run);

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("Termination SIP URI: sip:acme-outbound.pstn.twilio.com");
        assertThat(simulator.counts()).isEqualTo(new TwilioCounts(1, 0, 1, 0, 0, simulator.ownedNumbers().size()));
        String domain = "acme-outbound.pstn.twilio.com";
        assertThat(simulator.sip().invite(TwilioSipInvite.termination(TwilioOutboundTrunkWithAcl.PBX_IP,
                "+12025550199", domain)).isSuccess()).isTrue();
        assertThat(simulator.sip().invite(TwilioSipInvite.termination("198.51.100.7", "+12025550199", domain))
                .isSuccess()).isFalse();
    }

    @Test
    void inboundWithTwoOriginationUrls_routesTheNumberToThePrimary_andToTheBackupWhenThePrimaryIsDown() {
        Run run = run(TwilioInboundTrunkWithOriginationUrls::run);

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(simulator.counts().originationUrls()).isEqualTo(2);
        assertThat(simulator.counts().numbersOnTrunks()).isEqualTo(1);
        String number = TwilioSimulator.DEFAULT_OWNED_NUMBERS.get(0);
        TwilioSipInvite call = TwilioSipInvite.origination("+12025550199", number);
        assertThat(simulator.sip().invite(call).deliveredTo()).isEqualTo(TwilioInboundTrunkWithOriginationUrls.PRIMARY);
        TwilioSipInvite primaryDown = new TwilioSipInvite(call.direction(), null, call.from(), call.to(), null, null,
                null, null, Set.of(TwilioInboundTrunkWithOriginationUrls.PRIMARY));
        TwilioSipResult failover = simulator.sip().invite(primaryDown);
        assertThat(failover.deliveredTo()).isEqualTo(TwilioInboundTrunkWithOriginationUrls.BACKUP);
    }

    @Test
    void credentials_admitThePbxWithItsDigest_andRefuseAWrongPassword() {
        Run run = run(TwilioTrunkWithCredentials::run);

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("user acme-pbx").doesNotContain("Demo-Passw0rd-2026");
        assertThat(simulator.counts().credentialLists()).isEqualTo(1);
        String domain = "acme-credentials.pstn.twilio.com";
        TwilioSipInvite invite = TwilioSipInvite.termination("198.51.100.7", "+12025550199", domain);
        assertThat(simulator.sip().invite(invite.withDigest(TwilioTrunkWithCredentials.USERNAME, "Demo-Passw0rd-2026"))
                .isSuccess()).isTrue();
        assertThat(simulator.sip().invite(invite.withDigest(TwilioTrunkWithCredentials.USERNAME, "Wrong-Passw0rd-1"))
                .isSuccess()).isFalse();
    }

    @Test
    void teardown_removesEverythingItProvisioned_keepsTheNumbers_andASecondRunDoesNothing() {
        Run run = run(TwilioTeardownTrunk.withArgs());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("Deleted trunk", "Deleted IP access control list");
        assertThat(simulator.counts()).isEqualTo(new TwilioCounts(0, 0, 0, 0, 0, simulator.ownedNumbers().size()));

        String gone = run.out().lines().filter(l -> l.startsWith("Deleted trunk ")).findFirst().orElseThrow()
                .substring("Deleted trunk ".length());
        Run again = run(TwilioTeardownTrunk.withArgs(gone));
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("Nothing to remove: trunk " + gone + " is already gone");
    }

    @Test
    void teardown_ofAnInboundTrunk_releasesNoNumber_andKeepsAListAnotherTrunkUses() {
        run(TwilioInboundTrunkWithOriginationUrls::run);
        run(TwilioOutboundTrunkWithAcl::run);
        Trunk outbound = trunks().stream().filter(t -> t.domainName().startsWith("acme-outbound")).findFirst().orElseThrow();
        String acl = target.api().trunkIpAccessControlLists().list(outbound.sid()).iterator().next().sid();
        Trunk inbound = trunks().stream().filter(t -> t.domainName().startsWith("acme-inbound")).findFirst().orElseThrow();
        target.api().trunkIpAccessControlLists().add(inbound.sid(), acl);

        Run run = run(TwilioTeardownTrunk.trunk(inbound.sid()));

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("it stays on the account").doesNotContain("Deleted IP access control list");
        assertThat(simulator.counts()).isEqualTo(new TwilioCounts(1, 0, 1, 0, 0, simulator.ownedNumbers().size()));
        assertThat(target.api().incomingPhoneNumbers().findByPhoneNumber(TwilioSimulator.DEFAULT_OWNED_NUMBERS.get(0)))
                .isPresent();
    }

    @Test
    void noTwilioVariables_runOnAnEmbeddedSimulatorOnLoopback() {
        Run run = runWithEnvironment(TwilioOutboundTrunkWithAcl::run, Map.of());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Target: embedded Twilio simulator at http://127.0.0.1:");
    }

    @Test
    void incompleteVariables_areRefusedNamingWhatIsMissing_beforeAnyRequest() {
        Run noToken = runWithEnvironment(TwilioOutboundTrunkWithAcl::run,
                Map.of(TwilioTarget.ACCOUNT_SID, TwilioSimulator.DEFAULT_ACCOUNT_SID));
        assertThat(noToken.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(noToken.err()).contains("TWILIO_AUTH_TOKEN (or TWILIO_API_KEY_SID and TWILIO_API_KEY_SECRET) is not set");

        Run noAccount = runWithEnvironment(TwilioOutboundTrunkWithAcl::run, Map.of(TwilioTarget.AUTH_TOKEN, "t0ken"));
        assertThat(noAccount.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(noAccount.err()).contains("TWILIO_ACCOUNT_SID is not set").doesNotContain("t0ken");

        Run halfKey = runWithEnvironment(TwilioOutboundTrunkWithAcl::run, Map.of(TwilioTarget.ACCOUNT_SID,
                TwilioSimulator.DEFAULT_ACCOUNT_SID, TwilioTarget.API_KEY_SID, TwilioSimulator.DEFAULT_API_KEY_SID));
        assertThat(halfKey.err()).contains("TWILIO_API_KEY_SECRET is not set");

        Run both = runWithEnvironment(TwilioOutboundTrunkWithAcl::run, Map.of(TwilioTarget.ACCOUNT_SID,
                TwilioSimulator.DEFAULT_ACCOUNT_SID, TwilioTarget.AUTH_TOKEN, "t", TwilioTarget.API_KEY_SID,
                TwilioSimulator.DEFAULT_API_KEY_SID, TwilioTarget.API_KEY_SECRET, "s"));
        assertThat(both.err()).contains("not both");
        assertThat(simulator.counts().trunks()).isZero();
    }

    @Test
    void accountVariables_pointTheExamplesAtThatAccount_hereAStandaloneStyleSimulatorViaTheBaseUrl() {
        Run run = runWithEnvironment(TwilioOutboundTrunkWithAcl::run, Map.of(TwilioTarget.ACCOUNT_SID,
                simulator.accountSid(), TwilioTarget.API_KEY_SID, simulator.apiKeySid(), TwilioTarget.API_KEY_SECRET,
                simulator.apiKeySecret(), TwilioTarget.BASE_URL, simulator.baseUrl()));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Target: Twilio account " + simulator.accountSid() + " at " + simulator.baseUrl())
                .doesNotContain(simulator.apiKeySecret());
        assertThat(simulator.counts().trunks()).isEqualTo(1);
    }
}
