package dev.estsdk.benchmarks.run;

import dev.estsdk.benchmarks.probe.CallRetentionProbe;
import dev.estsdk.benchmarks.probe.ChildJvm;
import dev.estsdk.benchmarks.report.Figures;
import dev.estsdk.benchmarks.report.Goal;
import dev.estsdk.benchmarks.report.Measurement;
import dev.estsdk.benchmarks.report.SectionResult;
import dev.estsdk.benchmarks.run.JmhRun.Figure;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** Row 1: {@code sipTrunks().get(id)} against the same GET with the JDK client and Jackson. */
final class PerCallSection implements Section {

    static final Goal LATENCY_GOAL = Goal.atMost(1.15);
    static final Goal ALLOCATION_GOAL = Goal.atMost(1.3);

    static final int RETENTION_CALLS = 5_000;

    private final Callable<JmhRun> jmh;
    private final String stubUrl;

    PerCallSection(Callable<JmhRun> jmh, String stubUrl) {
        this.jmh = jmh;
        this.stubUrl = stubUrl;
    }

    @Override
    public String title() {
        return "1. Per-call overhead";
    }

    @Override
    public List<RowSpec> rows() {
        return List.of(new RowSpec("1a", "Per-call latency, median", LATENCY_GOAL),
                new RowSpec("1b", "Per-call allocation, bytes", ALLOCATION_GOAL));
    }

    @Override
    public SectionResult run() throws Exception {
        JmhRun run = jmh.call();
        Figure sdk = run.figure("sdkGetTrunk");
        Figure raw = run.figure("rawGetTrunk");
        Measurement latency = Measurement.of("1a", "Per-call latency, median", Figures.micros(sdk.p50()),
                Figures.micros(raw.p50()), sdk.p50() / raw.p50(), LATENCY_GOAL,
                "`sipTrunks().get(id)` vs `HttpClient.send` + `ObjectMapper.readTree`, same stub, same JVM settings; "
                        + "JMH sample mode, median of every sampled call.");
        Measurement allocation = Measurement.of("1b", "Per-call allocation, bytes", Figures.bytes(sdk.allocPerOp()),
                Figures.bytes(raw.allocPerOp()), sdk.allocPerOp() / raw.allocPerOp(), ALLOCATION_GOAL,
                "JMH GC profiler `gc.alloc.rate.norm`: bytes allocated per call by every thread of the benchmark JVM "
                        + "(the stub runs in another JVM, so none of its work is counted).");
        long sdkRetained = retained("sdk");
        long rawRetained = retained("raw");
        List<String> details = List.of(
                "| side | p50 | p90 | p99 | mean | bytes/call | heap still reachable after " + String.format(Locale.ROOT,
                        "%,d", RETENTION_CALLS) + " calls |",
                "|---|--:|--:|--:|--:|--:|--:|",
                line("SDK `sipTrunks().get(id)`", sdk, sdkRetained),
                line("raw JDK HttpClient + Jackson tree", raw, rawRetained),
                "",
                "The last column comes from a separate JVM per side (`CallRetentionProbe`): used heap after a full GC "
                        + "right after the burst, minus the same reading before it.",
                "",
                SteadyState.header().get(0),
                SteadyState.header().get(1),
                sdk.steadyStateRow("SDK `sdkGetTrunk`"),
                raw.steadyStateRow("raw `rawGetTrunk`"));
        return new SectionResult(title(), List.of(latency, allocation), details, Double.NaN);
    }

    private long retained(String mode) throws IOException, InterruptedException {
        ChildJvm.Outcome outcome = ChildJvm.probe(CallRetentionProbe.class, "256m",
                List.of(mode, stubUrl, String.valueOf(RETENTION_CALLS)), Duration.ofMinutes(2));
        return ChildJvm.value(outcome.readyLine(), "after") - ChildJvm.value(outcome.readyLine(), "baseline");
    }

    private static String line(String side, Figure f, long retained) {
        return String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s |", side, Figures.micros(f.p50()),
                Figures.micros(f.p90()), Figures.micros(f.p99()), Figures.micros(f.score()), Figures.bytes(f.allocPerOp()),
                Figures.bytes(retained));
    }
}
