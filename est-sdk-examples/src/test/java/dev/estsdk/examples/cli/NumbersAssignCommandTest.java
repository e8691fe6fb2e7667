package dev.estsdk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estsdk.examples.ExitCode;
import dev.estsdk.examples.cli.CliHarness.Run;
import dev.estsdk.testkit.EstSimulator;
import dev.estsdk.testkit.EstSimulatorExtension;
import dev.estsdk.testkit.twilio.TwilioSimulator;
import dev.estsdk.testkit.twilio.TwilioSimulatorExtension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code est numbers assign} on both carriers: progress, summary, bad files, seeding. */
class NumbersAssignCommandTest {

    private static final String PLAN = PlanApplyCommandTest.TRUNK_PLAN.toString();

    @RegisterExtension
    static final EstSimulatorExtension EST = EstSimulatorExtension.create(
            b -> b.ownedNumbers(CliEnvironment.SIMULATOR_NUMBERS.toArray(String[]::new)));

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

    private Path file(String... lines) throws IOException {
        return Files.write(dir.resolve("numbers.txt"), List.of(lines));
    }

    private static List<String> numbers(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> String.format("+120255501%02d", i)).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sinch", "twilio"})
    void assign_seededTrunk_assignsEveryNumberWithProgressLinesAndASummary(String carrier) throws IOException {
        Path numbers = file(numbers(1, 25).toArray(String[]::new));

        Run run = est("numbers", "assign", "--seed-plan", PLAN, "--file", numbers.toString(), "--carrier", carrier);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Seeding the embedded ", "Assigning 24 numbers from ", "(1 already on it)",
                "  Assigning 10/24, 0 failed", "  Assigning 20/24, 0 failed", "  Assigning 24/24, 0 failed")
                .containsPattern("Assigned 24 of 24 to trunk \\S+ \\(1 of the file's 25 were on it already\\)\\.");
        int assigned = carrier.equals("sinch") ? sinch.counts().assignedNumbers() : twilio.counts().numbersOnTrunks();
        assertThat(assigned).isEqualTo(25);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sinch", "twilio"})
    void assign_aNumberTheAccountDoesNotOwn_isListedWithItsReason_andExitsWithOne(String carrier)
            throws IOException {
        Path numbers = file("+12025550102", "+19995550100", "+12025550103");

        Run run = est("numbers", "assign", "--seed-plan", PLAN, "--file", numbers.toString(), "--carrier", carrier);

        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILED.code());
        assertThat(run.out()).containsPattern("Assigned 2 of 3 to trunk \\S+; 1 failed:")
                .containsPattern("  \\+19995550100: .+");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sinch", "twilio"})
    void assign_aFileWithBadLines_namesEachLine_andSendsNothing(String carrier) throws IOException {
        Path numbers = file("# office numbers", "+12025550101", "", "202-555-0102", "+12025550103 # lobby",
                "+12025550101");

        Run run = est("numbers", "assign", "TK0123", "--file", numbers.toString(), "--carrier", carrier);

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.errLines()).singleElement().asString()
                .contains("has 2 bad lines (nothing was sent)", "line 4 must be an E.164 number", "(was \"202-555-0102\")",
                        "line 6: +12025550101 is already on line 2");
        assertThat(sinch.wireMock().getAllServeEvents()).isEmpty();
        assertThat(twilio.wireMock().getAllServeEvents()).isEmpty();
    }

    @Test
    void assign_anEmptyFile_isAUsageError() throws IOException {
        Run run = est("numbers", "assign", "TK0123", "--file", file("# nothing yet").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.errLines()).singleElement().asString().contains("holds no numbers");
    }

    @Test
    void assign_aMissingFile_isAUsageError() {
        Run run = est("numbers", "assign", "TK0123", "--file", dir.resolve("none.txt").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.errLines()).singleElement().asString().contains("none.txt does not exist");
    }

    @Test
    void assign_inATerminal_drawsTheProgressBar() throws IOException {
        Path numbers = file(numbers(2, 13).toArray(String[]::new));

        Run run = CliHarness.inTerminal(sinch, twilio, Map.of("COLUMNS", "100"), "numbers", "assign",
                "--seed-plan", PLAN, "--file", numbers.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("\rAssigning 100%", "12/12").doesNotContain("  Assigning 10/12");
    }

    @ParameterizedTest
    @ValueSource(strings = {"TERM=dumb", "COLUMNS=30"})
    void assign_inADumbOrNarrowTerminal_printsPlainProgressLinesInsteadOfRedrawingABar(String setting)
            throws IOException {
        Path numbers = file(numbers(2, 13).toArray(String[]::new));
        String[] variable = setting.split("=", 2);

        Run run = CliHarness.inTerminal(sinch, twilio, Map.of(variable[0], variable[1]), "numbers", "assign",
                "--seed-plan", PLAN, "--file", numbers.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("  Assigning 10/12, 0 failed", "  Assigning 12/12, 0 failed")
                .doesNotContain("\r");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sinch", "twilio"})
    void assign_aWindowsFileWithAByteOrderMarkCrlfCommentsAndBlankLines_assignsEveryNumber(String carrier)
            throws IOException {
        Path numbers = Files.write(dir.resolve("numbers-windows.txt"),
                "\uFEFF+12025550102\r\n\r\n# desk phones\r\n+12025550103  # reception\r\n+12025550104\r\n"
                        .getBytes(StandardCharsets.UTF_8));

        Run run = est("numbers", "assign", "--seed-plan", PLAN, "--file", numbers.toString(), "--carrier", carrier);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Assigning 3 numbers from ").containsPattern("Assigned 3 of 3 to trunk");
    }

    @Test
    void assign_toATrunkThatDoesNotExist_failsInOneLineWithoutAssigningAnything() throws IOException {
        Run run = est("numbers", "assign", "01HNOTATRUNK0000000000000", "--file", file("+12025550101").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILED.code());
        assertThat(run.errLines()).singleElement().asString().contains("est trunks list");
        assertThat(sinch.counts().assignedNumbers()).isZero();
    }

    @Test
    void assign_withBothATrunkAndASeedPlan_isAUsageError() throws IOException {
        Run run = est("numbers", "assign", "TK0123", "--seed-plan", PLAN, "--file", file("+12025550101").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.errLines()).singleElement().asString().contains("give TRUNK_ID or --seed-plan, not both");
    }

    @Test
    void assign_withASeedPlanOnARealCarrier_isRefusedBeforeAnyRequest() throws IOException {
        Run run = CliHarness.withEnvironment(CliHarness.remote(sinch), "numbers", "assign", "--seed-plan", PLAN,
                "--file", file("+12025550101").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.errLines()).singleElement().asString().contains("--seed-plan only works on the embedded");
        assertThat(sinch.wireMock().getAllServeEvents()).isEmpty();
    }
}
