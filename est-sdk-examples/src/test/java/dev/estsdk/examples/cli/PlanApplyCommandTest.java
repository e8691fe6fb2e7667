package dev.estsdk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estsdk.examples.ExitCode;
import dev.estsdk.examples.cli.CliHarness.Run;
import dev.estsdk.testkit.EstSimulator;
import dev.estsdk.testkit.EstSimulatorExtension;
import dev.estsdk.testkit.twilio.TwilioSimulator;
import dev.estsdk.testkit.twilio.TwilioSimulatorExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code est plan} and {@code est apply} with the repository's example plan files, on both carriers. */
class PlanApplyCommandTest {

    /** The example plan the README and the Done-when use. */
    static final Path TRUNK_PLAN = Path.of("..", "examples", "plans", "trunk.yaml");
    static final Path DESK_PLAN = Path.of("..", "examples", "plans", "desk-phones.yaml");

    @RegisterExtension
    static final EstSimulatorExtension EST = EstSimulatorExtension.create();

    @RegisterExtension
    static final TwilioSimulatorExtension TWILIO = TwilioSimulatorExtension.create(
            b -> b.ownedNumbers(CliEnvironment.SIMULATOR_NUMBERS.toArray(String[]::new)));

    private EstSimulator sinch;
    private TwilioSimulator twilio;

    @TempDir
    Path dir;

    @BeforeEach
    void bind(EstSimulator est, TwilioSimulator tw) {
        sinch = est;
        twilio = tw;
    }

    private Run est(String... args) {
        return CliHarness.onSimulators(sinch, twilio, args);
    }

    private int journal(String carrier) {
        return events(carrier).size();
    }

    private List<ServeEvent> events(String carrier) {
        return (carrier.equals("sinch") ? sinch.wireMock() : twilio.wireMock()).getAllServeEvents();
    }

    /** Requests that change something (not GET, not a token), among those after the first {@code before}. */
    private long writesSince(String carrier, int before) {
        List<ServeEvent> newestFirst = events(carrier);
        return newestFirst.subList(0, newestFirst.size() - before).stream()
                .filter(e -> !e.getRequest().getMethod().getName().equals("GET"))
                .filter(e -> !e.getRequest().getUrl().contains("/oauth2/"))
                .count();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sinch", "twilio"})
    void apply_theExamplePlanFromAFreshClone_printsTheCarriersDomainAndPassesTheSimulatedCalls(String carrier) {
        assertThat(TRUNK_PLAN).isRegularFile();

        Run run = CliHarness.fresh("apply", "-f", TRUNK_PLAN.toString(), "--carrier", carrier);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("workflow C", "[1/", "create trunk \"acme-pbx\"", "assign number +12025550101",
                        "SIP domain: acme-pbx.pstn." + carrier + ".com",
                        "Request-URI  sip:+<destination>@acme-pbx.pstn." + carrier + ".com",
                        "What to test now", "Tried on the simulator's SIP edge:")
                .containsPattern("outbound INVITE .* from 203\\.0\\.113\\.10: 200 OK")
                .containsPattern("inbound INVITE \\+14155550123 -> \\+12025550101: 200 OK");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sinch", "twilio"})
    void plan_onAnEmptyAccount_listsEveryCreateAndWritesNothing(String carrier) {
        Run run = est("plan", "-f", TRUNK_PLAN.toString(), "--carrier", carrier);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("trunk acme-pbx (acme-pbx.pstn." + carrier + ".com)",
                "  + create trunk \"acme-pbx\"", "  + assign number +12025550101", "to add, 0 to change, 0 to remove");
        assertThat(carrier.equals("sinch") ? sinch.counts().trunks() : twilio.counts().trunks()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sinch", "twilio"})
    void plan_afterApply_saysNoChanges_andASecondApplyWritesNothing(String carrier) {
        assertThat(est("apply", "-f", TRUNK_PLAN.toString(), "--carrier", carrier).exitCode()).isZero();

        Run plan = est("plan", "-f", TRUNK_PLAN.toString(), "--carrier", carrier);
        assertThat(plan.exitCode()).as(plan.err()).isZero();
        assertThat(plan.out()).contains("No changes. The trunk matches the plan.");

        int before = journal(carrier);
        Run again = est("apply", "-f", TRUNK_PLAN.toString(), "--carrier", carrier);
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("nothing to change: the trunk already matches");
        assertThat(writesSince(carrier, before)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sinch", "twilio"})
    void plan_whenTheFileChangesAField_showsTheUpdateWithBeforeAndAfter(String carrier) throws IOException {
        assertThat(est("apply", "-f", TRUNK_PLAN.toString(), "--carrier", carrier).exitCode()).isZero();
        Path changed = dir.resolve("trunk.yaml");
        Files.writeString(changed, Files.readString(TRUNK_PLAN).replace("port: 5060", "port: 5070"));

        Run run = est("plan", "-f", changed.toString(), "--carrier", carrier);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("  ~ update endpoint \"pbx-1\"").containsPattern("port: 5060 -> 5070")
                .contains("0 to add, 1 to change, 0 to remove");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sinch", "twilio"})
    void plan_marksANumberOnTheTrunkThatThePlanDoesNotMentionAsUnmanaged(String carrier) throws IOException {
        assertThat(est("apply", "-f", TRUNK_PLAN.toString(), "--carrier", carrier).exitCode()).isZero();
        Path more = dir.resolve("two-numbers.yaml");
        Files.writeString(more, Files.readString(TRUNK_PLAN).replace("[\"+12025550101\"]",
                "[\"+12025550101\", \"+12025550102\"]"));
        assertThat(est("apply", "-f", more.toString(), "--carrier", carrier).exitCode()).isZero();

        Run run = est("plan", "-f", TRUNK_PLAN.toString(), "--carrier", carrier);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("  ? unmanaged number +12025550102: on the trunk but not in the plan; apply"
                + " leaves it alone");
    }

    @ParameterizedTest
    @ValueSource(strings = {"plan", "apply"})
    void aPlanFileWithAnError_failsInOneLineWithItsLineAndColumn_beforeAnyRequest(String command) throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "version: 1\ntrunk:\n  name: ACME\n  hostName: acme-pbx\nendpoints:\n"
                + "  - name: pbx-1\n    address: 203.0.113.20\n    port: seventy\n");

        Run run = est(command, "-f", bad.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.errLines()).singleElement().asString().startsWith("error: ").contains("port", "line 8");
        assertThat(sinch.wireMock().getAllServeEvents()).isEmpty();
    }

    @Test
    void apply_aMissingFile_isAUsageError() {
        Run run = est("apply", "-f", dir.resolve("nope.yaml").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.errLines()).singleElement().asString().contains("nope.yaml does not exist");
    }

    @Test
    void apply_onARealCarrierWithUnsetSecrets_namesEveryVariable_andSendsNothing() {
        Run run = CliHarness.withEnvironment(CliHarness.remote(sinch), "apply", "-f", DESK_PLAN.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.errLines()).singleElement().asString().contains("EST_SIP_PASSWORD_ALICE",
                "EST_SIP_PASSWORD_BOB", "EST_SIP_PASSWORD_DESK_TRUNK", "not set");
        assertThat(sinch.counts().trunks()).isZero();
    }

    @Test
    void apply_onARealCarrier_readsTheSecretsFromTheEnvironment() {
        Map<String, String> variables = new HashMap<>(CliHarness.remote(sinch));
        variables.put("EST_SIP_PASSWORD_ALICE", "Alice-Passw0rd-2026");
        variables.put("EST_SIP_PASSWORD_BOB", "Bob-Passw0rd-2026x");
        variables.put("EST_SIP_PASSWORD_DESK_TRUNK", "Desk-Passw0rd-2026");

        Run run = CliHarness.withEnvironment(variables, "apply", "-f", DESK_PLAN.toString(), "--no-wait");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("SIP domain: acme-desk.pstn.sinch.com")
                .doesNotContain("Alice-Passw0rd-2026", "generated");
    }

    @Test
    void apply_onTheSimulatorWithUnsetSecrets_generatesDemoValuesAndSaysSo() {
        Run run = est("apply", "-f", DESK_PLAN.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("EST_SIP_PASSWORD_ALICE, EST_SIP_PASSWORD_BOB, EST_SIP_PASSWORD_DESK_TRUNK:"
                + " not set, so generated for this simulator run (not shown",
                "REGISTER alice at acme-desk.pstn.sinch.com: 200");
    }

    @Test
    void apply_aRegistrationPlanOnTwilio_isRefusedNamingTheFieldAndTheCarrier_beforeAnyRequest() {
        Run run = est("apply", "-f", DESK_PLAN.toString(), "--carrier", "twilio");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.errLines()).singleElement().asString().startsWith("error: ").contains("Twilio", "REGISTER");
        assertThat(twilio.counts().trunks()).isZero();
    }
}
