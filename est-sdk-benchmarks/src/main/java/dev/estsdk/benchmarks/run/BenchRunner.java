package dev.estsdk.benchmarks.run;

import dev.estsdk.benchmarks.report.CpuMeter;
import dev.estsdk.benchmarks.report.Machine;
import dev.estsdk.benchmarks.report.Measurement;
import dev.estsdk.benchmarks.report.Report;
import dev.estsdk.benchmarks.report.SectionResult;
import dev.estsdk.benchmarks.stub.StubServer;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The entry point of {@code bench/run}: starts the stub, runs every section in turn, prints the
 * table and writes {@code RESULTS.md}. A section that fails still prints its rows, marked
 * {@code error}, and the run goes on. Exits 0 when the table was produced, whatever the verdicts.
 */
public final class BenchRunner {

    private final BenchConfig config;
    private final PrintStream out;

    private BenchRunner(BenchConfig config, PrintStream out) {
        this.config = config;
        this.out = out;
    }

    /**
     * @param args none; configuration comes from system properties (see {@link BenchConfig})
     * @throws Exception if the stub cannot start or the results cannot be written
     */
    public static void main(String[] args) throws Exception {
        new BenchRunner(BenchConfig.fromSystemProperties(), System.out).run();
    }

    private void run() throws Exception {
        Instant started = Instant.now();
        CpuMeter.Reading first = CpuMeter.read();
        double loadAtStart = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        List<SectionResult> results = new ArrayList<>();
        try (StubServer stub = StubServer.start()) {
            Once<JmhRun> jmh = new Once<>(() -> JmhRun.run(stub.baseUrl(), config));
            progress("JMH: per-call, decoding and pagination benchmarks (log: " + config.workDir().resolve("jmh.log") + ")");
            CpuMeter.Reading before = CpuMeter.read();
            boolean jmhRan = attempt(jmh);
            double jmhShare = before.otherShareUntil(CpuMeter.read());
            List<Section> sections = List.of(
                    new PerCallSection(jmh, stub.baseUrl()),
                    new DecodingSection(jmh),
                    new PaginationSection(jmh, stub.baseUrl()),
                    new BulkSection(config),
                    new WorkflowSection(),
                    new ColdStartSection(config, stub.baseUrl()),
                    new ListingSection(config, stub.baseUrl()),
                    new SimulatorScaleSection(config),
                    new ConcurrencySection(stub, config.quick()),
                    new TwilioSection(config));
            for (Section section : sections) {
                progress(section.title());
                SectionResult result = measure(section);
                boolean timedByJmh = jmhRan && (section instanceof PerCallSection || section instanceof DecodingSection);
                results.add(timedByJmh ? result.withOtherCpuShare(jmhShare) : result);
            }
        }
        Report report = new Report(Machine.current(), started, Duration.between(started, Instant.now()), results,
                first.otherShareUntil(CpuMeter.read()),
                loadAtStart, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        out.println();
        out.print(report.consoleTable());
        out.println();
        out.println(report.contentionLine());
        report.write(config.results());
        out.println("Written to " + config.results() + (report.allGoalsMet() ? "" : " (some goals missed: see the notes there)"));
    }

    private static boolean attempt(Once<JmhRun> jmh) {
        try {
            jmh.call();
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private SectionResult measure(Section section) {
        CpuMeter.Reading before = CpuMeter.read();
        SectionResult result;
        try {
            result = section.run();
        } catch (Exception | Error e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            List<Measurement> failed = section.rows().stream()
                    .map(spec -> Measurement.failed(spec.id(), spec.title(), spec.goal(), e)).toList();
            result = new SectionResult(section.title(), failed, List.of("The measurement failed: `" + e + "`."), Double.NaN);
            out.println("  failed: " + e);
        }
        return Double.isNaN(result.otherCpuShare()) ? result.withOtherCpuShare(before.otherShareUntil(CpuMeter.read())) : result;
    }

    private void progress(String step) {
        out.println(String.format(Locale.ROOT, "[%tT] %s", System.currentTimeMillis(), step));
    }
}
