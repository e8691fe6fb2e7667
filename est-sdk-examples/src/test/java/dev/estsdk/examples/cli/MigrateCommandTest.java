package dev.estsdk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estsdk.examples.ExitCode;
import dev.estsdk.examples.Target;
import dev.estsdk.examples.twilio.TwilioTarget;
import dev.estsdk.examples.cli.CliHarness.Run;
import dev.estsdk.testkit.EstSimulator;
import dev.estsdk.testkit.EstSimulatorExtension;
import dev.estsdk.testkit.twilio.TwilioSimulator;
import dev.estsdk.testkit.twilio.TwilioSimulatorExtension;
import dev.estsdk.workflows.BulkResult;
import dev.estsdk.workflows.Carrier;
import dev.estsdk.workflows.TrunkProvisioner;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code est migrate} between the two simulators. */
class MigrateCommandTest {

    private static final String PLAN = PlanApplyCommandTest.TRUNK_PLAN.toString();
    private static final Pattern TARGET_ID = Pattern.compile("trunk acme-pbx: id (\\S+), SIP domain");

    @RegisterExtension
    static final EstSimulatorExtension EST = EstSimulatorExtension.create(
            b -> b.ownedNumbers(CliEnvironment.SIMULATOR_NUMBERS.toArray(String[]::new)));

    /** Owns +12025550101 to +12025550110 only: +12025550111 and above would need a port. */
    @RegisterExtension
    static final TwilioSimulatorExtension TWILIO = TwilioSimulatorExtension.create(
            b -> b.ownedNumbers(CliEnvironment.SIMULATOR_NUMBERS.subList(0, 10).toArray(String[]::new)));

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
    void migrate_sinchToTwilioAndBack_leavesEachSourceEmptyAndEachTargetPassingItsSipChecks() {
        Run there = est("migrate", "--seed-plan", PLAN, "--from", "sinch", "--to", "twilio", "--teardown-source");

        assertThat(there.exitCode()).as(there.out() + there.err()).isZero();
        assertThat(there.out()).contains("Seeding the embedded Sinch simulator", " provisioning on Twilio:",
                " removing the source from Sinch:", "SIP domain acme-pbx.pstn.twilio.com",
                "every number moved: +12025550101", "No problems found on trunk ",
                "outbound INVITE sip:+12025550199@acme-pbx.pstn.twilio.com from 203.0.113.10: 200 OK",
                "inbound INVITE +14155550123 -> +12025550101: 200 OK", "Source trunk acme-pbx on Sinch removed.");
        assertThat(sinch.counts().trunks()).isZero();
        assertThat(sinch.counts().accessControlLists()).isZero();
        assertThat(twilio.counts().trunks()).isEqualTo(1);
        Matcher twilioTrunk = TARGET_ID.matcher(there.out());
        assertThat(twilioTrunk.find()).isTrue();

        Run back = est("migrate", twilioTrunk.group(1), "--from", "twilio", "--to", "sinch", "--teardown-source");

        assertThat(back.exitCode()).as(back.out() + back.err()).isZero();
        assertThat(back.out()).contains("SIP domain acme-pbx.pstn.sinch.com",
                "outbound INVITE +12025550101 -> +12025550199 from 203.0.113.10: 200 OK",
                "inbound INVITE +14155550123 -> +12025550101: 200 OK", "Source trunk acme-pbx on Twilio removed.");
        assertThat(twilio.counts().trunks()).isZero();
        assertThat(twilio.counts().ipAccessControlLists()).isZero();
        assertThat(sinch.counts().trunks()).isEqualTo(1);
    }

    @Test
    void migrate_withoutTeardown_keepsTheSourceAndSaysHowToRemoveIt() {
        Run run = est("migrate", "--seed-plan", PLAN, "--to", "twilio");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("Source trunk kept on Sinch: ", "add --teardown-source");
        assertThat(sinch.counts().trunks()).isEqualTo(1);
        assertThat(twilio.counts().trunks()).isEqualTo(1);
    }

    @Test
    void migrate_aNumberTheTargetDoesNotOwn_isListedAsNeedingAPort() {
        String sourceTrunk = seededSinchTrunkWith("+12025550120");

        Run run = est("migrate", sourceTrunk, "--to", "twilio");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).containsPattern("numbers that need a port to Twilio .*: \\+12025550120")
                .doesNotContain("every number moved");
        assertThat(twilio.counts().numbersOnTrunks()).isEqualTo(1);
    }

    @Test
    void migrate_withTeardown_whileANumberNeedsAPort_keepsTheSourceAndSaysWhy() {
        String sourceTrunk = seededSinchTrunkWith("+12025550120");

        Run run = est("migrate", sourceTrunk, "--to", "twilio", "--teardown-source");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("Source trunk kept on Sinch: ").contains("+12025550120");
        assertThat(sinch.counts().trunks()).isEqualTo(1);
    }

    @Test
    void migrate_withAMap_usesTheTargetsNumber() {
        String sourceTrunk = seededSinchTrunkWith("+12025550120");

        Run run = est("migrate", sourceTrunk, "--to", "twilio", "--map", "+12025550120=+12025550105");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("number +12025550120 is +12025550105 on Twilio (--map)")
                .doesNotContain("need a port");
    }

    @Test
    void migrate_aMapToANumberTheTargetDoesNotOwn_isRefusedBeforeAnyWrite() {
        String sourceTrunk = seededSinchTrunkWith("+12025550120");

        Run run = est("migrate", sourceTrunk, "--to", "twilio", "--map", "+12025550120=+12025550140");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.errLines()).singleElement().asString().contains("+12025550140", "does not own");
        assertThat(twilio.counts().trunks()).isZero();
    }

    @Test
    void migrate_toTheSameCarrier_isAUsageError() {
        Run run = est("migrate", "TK0123", "--from", "twilio", "--to", "twilio");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.errLines()).singleElement().asString().contains("--from and --to are both twilio");
    }

    @Test
    void migrate_aMalformedMap_isAUsageErrorBeforeAnyRequest() {
        Run run = est("migrate", "TK0123", "--to", "twilio", "--map", "+12025550101");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.errLines()).singleElement().asString().contains("--map must be OLD=NEW");
        assertThat(sinch.wireMock().getAllServeEvents()).isEmpty();
        assertThat(twilio.wireMock().getAllServeEvents()).isEmpty();
    }

    @Test
    void migrate_withTeardownFromARealSourceWithoutYes_isRefusedBeforeAnyRequest() {
        Run run = CliHarness.run(CliHarness.remote(sinch), null, () -> Target.fromEnvironment(CliHarness.remote(sinch)),
                () -> TwilioTarget.simulator(twilio),
                "migrate", "01HTRUNK", "--to", "twilio", "--teardown-source");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.errLines()).singleElement().asString().contains("add --yes to confirm");
        assertThat(sinch.wireMock().getAllServeEvents()).isEmpty();
    }

    @Test
    void migrate_aRegisteredEndpointToTwilio_isRefusedNamingTheCarrier_andTheSourceStays() {
        Run run = est("migrate", "--seed-plan", PlanApplyCommandTest.DESK_PLAN.toString(), "--to", "twilio",
                "--teardown-source");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.errLines()).singleElement().asString().contains("Twilio", "REGISTER");
        assertThat(sinch.counts().trunks()).isEqualTo(1);
        assertThat(twilio.counts().trunks()).isZero();
    }

    /** Applies the example plan on the Sinch simulator and assigns one more number; returns the trunk id. */
    private String seededSinchTrunkWith(String number) {
        Run apply = est("apply", "-f", PLAN, "--no-wait");
        Matcher id = Pattern.compile("\\(id (\\S+)\\)\\.").matcher(apply.out());
        assertThat(id.find()).as(apply.out()).isTrue();
        assertThat(sinch.counts().trunks()).isEqualTo(1);
        try (Target target = Target.simulator(sinch)) {
            BulkResult added = TrunkProvisioner.of(Carrier.sinch(target.api())).assignNumbers(id.group(1),
                    List.of(number));
            assertThat(added.isComplete()).isTrue();
        }
        return id.group(1);
    }
}
