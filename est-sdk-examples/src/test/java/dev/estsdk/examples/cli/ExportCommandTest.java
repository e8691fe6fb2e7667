package dev.estsdk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estsdk.examples.ExitCode;
import dev.estsdk.examples.cli.CliHarness.Run;
import dev.estsdk.testkit.EstSimulator;
import dev.estsdk.testkit.EstSimulatorExtension;
import dev.estsdk.testkit.twilio.TwilioSimulator;
import dev.estsdk.testkit.twilio.TwilioSimulatorExtension;
import dev.estsdk.workflows.PlanDocument;
import dev.estsdk.workflows.PlanFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code est export} on both carriers: the plan on standard output, secrets as references, a round trip. */
class ExportCommandTest {

    private static final String PLAN = PlanApplyCommandTest.TRUNK_PLAN.toString();
    private static final Pattern TRUNK_ID = Pattern.compile("\\(id (\\S+)\\)");

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

    @ParameterizedTest
    @ValueSource(strings = {"sinch", "twilio"})
    void export_printsOnlyThePlanOnStandardOutput_andAPlanOfTheExportHasNoChanges(String carrier)
            throws IOException {
        Run apply = est("apply", "-f", PLAN, "--carrier", carrier);
        Matcher id = TRUNK_ID.matcher(apply.out());
        assertThat(id.find()).as(apply.out()).isTrue();

        Run export = est("export", id.group(1), "--carrier", carrier);

        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.out()).startsWith("version: 1").contains("hostName: acme-pbx", "203.0.113.10/32",
                "+12025550101");
        assertThat(export.err()).startsWith("Target: ");
        PlanDocument document = PlanFiles.parse("export", export.out());
        assertThat(document.trunk().hostName()).isEqualTo("acme-pbx");
        Path exported = Files.writeString(dir.resolve("exported.yaml"), export.out());
        assertThat(est("plan", "-f", exported.toString(), "--carrier", carrier).out())
                .contains("No changes. The trunk matches the plan.");
    }

    @Test
    void export_asJson_keepsPasswordsAsReferences() {
        Run run = est("export", "--seed-plan", PlanApplyCommandTest.DESK_PLAN.toString(), "-o", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("{").contains("\"password\" : \"${env:EST_SIP_PASSWORD_ALICE}\"",
                "\"password\" : \"${env:EST_SIP_PASSWORD_BOB}\"");
        assertThat(run.out().lines().filter(l -> l.contains("\"password\"")))
                .allSatisfy(l -> assertThat(l).contains("${env:"));
        assertThat(run.err()).contains("generated for this simulator run (not shown");
    }

    @Test
    void export_withSeedPlan_onTwilio_exportsTheSeededTrunk() {
        Run run = est("export", "--seed-plan", PLAN, "--carrier", "twilio");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("version: 1").contains("name: pbx-1", "address: 203.0.113.20");
        assertThat(run.err()).contains("Seeding the embedded Twilio simulator");
    }

    @Test
    void export_inAnUnknownFormat_isAUsageError() {
        Run run = est("export", "TK0123", "-o", "xml");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.errLines()).singleElement().asString().contains("-o must be yaml or json (was 'xml')");
        assertThat(sinch.wireMock().getAllServeEvents()).isEmpty();
    }

    @Test
    void export_ofAMissingTrunk_failsInOneLine() {
        Run run = est("export", "01HNOTATRUNK0000000000000");

        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILED.code());
        assertThat(run.errLines()).last().asString().startsWith("error: ").contains("est trunks list");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void export_withoutATrunkOrASeedPlan_isAUsageError() {
        Run run = est("export");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.errLines()).singleElement().asString().contains("missing TRUNK_ID");
    }
}
