package dev.estsdk.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {

    private static final Machine MACHINE = new Machine(2, "Test CPU", 8L << 30, "Linux 6 amd64", "Test JDK 17");

    private static Report report(double otherCpu, Measurement... rows) {
        SectionResult section = new SectionResult("1. Per-call overhead", List.of(rows), List.of("detail line"), 0.02);
        return new Report(MACHINE, Instant.parse("2026-11-23T12:00:00Z"), Duration.ofSeconds(300), List.of(section),
                otherCpu, 1.5, 2.5);
    }

    private static Measurement passing() {
        return Measurement.of("1a", "Per-call latency, median", "110.0 us", "100.0 us", 1.1, Goal.atMost(1.15), "how to read");
    }

    private static Measurement missing() {
        return Measurement.of("1b", "Per-call allocation, bytes", "20 KiB", "10 KiB", 2.0, Goal.atMost(1.3), "");
    }

    @Test
    void consoleTable_printsEveryRowWithRatioGoalAndVerdict() {
        String table = report(0, passing(), missing()).consoleTable();

        assertThat(table).contains("Row", "Measure", "SDK", "Baseline", "Ratio", "Goal", "Result");
        assertThat(table.lines().filter(l -> l.startsWith("1a"))).singleElement().asString()
                .contains("110.0 us", "100.0 us", "1.10x", "<= 1.15", "pass");
        assertThat(table.lines().filter(l -> l.startsWith("1b"))).singleElement().asString()
                .contains("2.00x", "<= 1.3", "miss");
    }

    @Test
    void allGoalsMet_isFalseWhenOneRowMisses() {
        assertThat(report(0, passing()).allGoalsMet()).isTrue();
        assertThat(report(0, passing(), missing()).allGoalsMet()).isFalse();
    }

    @Test
    void markdown_namesMachineJdkAndLoad_andListsRows() {
        String md = report(0.35, passing()).markdown(null);

        assertThat(md).contains("2 cores, Test CPU, 8.0 GiB", "Test JDK 17", "Other processes used 35%", "load average 1.5 at the start, 2.5 at the end on 2 cores",
                "contended", "| 1a | Per-call latency, median | 110.0 us | 100.0 us | 1.10x | <= 1.15 | pass |",
                "- **1a** how to read", "detail line", Report.ANALYSIS_MARKER);
    }

    @Test
    void contentionLine_callsAQuietMachineQuiet() {
        assertThat(report(0.02, passing()).contentionLine()).contains("2%", "quiet");
        assertThat(report(Double.NaN, passing()).contentionLine()).contains("unknown");
    }

    @Test
    void write_keepsTheAnalysisBelowTheMarker_andReplacesTheFigures(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("RESULTS.md");
        Files.writeString(file, "# old figures\n| 1a | 9.99x |\n" + Report.ANALYSIS_MARKER + "\n## Why 1b misses\nBecause.\n");

        report(0, passing(), missing()).write(file);

        String written = Files.readString(file);
        assertThat(written).doesNotContain("9.99x").contains("1.10x").endsWith(Report.ANALYSIS_MARKER + "\n## Why 1b misses\nBecause.\n");
    }

    @Test
    void failedRow_isPrintedAsError() {
        Measurement failed = Measurement.failed("4a", "Bulk", Goal.atLeast(10), new IllegalStateException("no simulator"));

        assertThat(report(0, failed).consoleTable()).contains("error");
        assertThat(failed.note()).isEqualTo("IllegalStateException: no simulator");
    }
}
