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

/**
 * Row 1: {@code sipTrunks().get(id)} against the same GET written with the JDK client and
 * Jackson databind into a record (rows 1a, 1b), and against the client openapi-generator
 * generates from the published spec (row 1c); the Jackson-tree client is context.
 */
final class PerCallSection implements Section {

    static final Goal LATENCY_GOAL = Goal.atMost(1.10);
    static final Goal ALLOCATION_GOAL = Goal.atMost(1.3);
    static final Goal GENERATED_GOAL = Goal.atMost(1.0);

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
        return List.of(new RowSpec("1a", "GET one trunk: latency, median", LATENCY_GOAL),
                new RowSpec("1b", "GET one trunk: bytes allocated", ALLOCATION_GOAL),
                new RowSpec("1c", "GET one trunk vs openapi-generator", GENERATED_GOAL));
    }

    @Override
    public SectionResult run() throws Exception {
        JmhRun run = jmh.call();
        Figure sdk = run.figure("sdkGetTrunk");
        Figure databind = run.figure("rawDatabindGetTrunk");
        Figure tree = run.figure("rawGetTrunk");
        Figure generated = run.figure("generatedGetTrunk");
        Measurement latency = Measurement.of("1a", "GET one trunk: latency, median", Figures.micros(sdk.p50()),
                Figures.micros(databind.p50()), sdk.p50() / databind.p50(), LATENCY_GOAL,
                "`sipTrunks().get(id)` vs `HttpClient.send` + `ObjectMapper.readValue` into a record (raw-databind), "
                        + "same stub, same JVM settings; JMH sample mode, median of every sampled call.");
        Measurement allocation = Measurement.of("1b", "GET one trunk: bytes allocated", Figures.bytes(sdk.allocPerOp()),
                Figures.bytes(databind.allocPerOp()), sdk.allocPerOp() / databind.allocPerOp(), ALLOCATION_GOAL,
                "JMH GC profiler `gc.alloc.rate.norm` against raw-databind: bytes allocated per call by every thread "
                        + "of the benchmark JVM (the stub runs in another JVM, so none of its work is counted).");
        Measurement vsGenerated = Measurement.of("1c", "GET one trunk vs openapi-generator", Figures.micros(sdk.p50()),
                Figures.micros(generated.p50()), sdk.p50() / generated.p50(), GENERATED_GOAL,
                "median latency against `SipTrunksApi.getSipTrunkById` of the client openapi-generator 7.25.0 "
                        + "(library `native`) generates from the published spec at build time, with its default "
                        + "`HttpClient` and Basic auth added by a request interceptor.");
        long sdkRetained = retained("sdk");
        long databindRetained = retained("raw-databind");
        List<String> details = List.of(
                "| side | p50 | p90 | p99 | mean | bytes/call | heap still reachable after " + String.format(Locale.ROOT,
                        "%,d", RETENTION_CALLS) + " calls |",
                "|---|--:|--:|--:|--:|--:|--:|",
                line("SDK `sipTrunks().get(id)`", sdk, Figures.bytes(sdkRetained)),
                line("raw-databind: JDK HttpClient + Jackson databind into a record", databind, Figures.bytes(databindRetained)),
                line("openapi-generator `native` client", generated, "-"),
                line("raw JDK HttpClient + Jackson tree", tree, "-"),
                "",
                "The last column comes from a separate JVM per side (`CallRetentionProbe`): used heap after a full GC "
                        + "right after the burst, minus the same reading before it.",
                "",
                "Transport: the generated client keeps the JDK client's default protocol (HTTP/2, which in clear "
                        + "text means an `Upgrade: h2c` offer on every request); both raw clients pin HTTP/1.1 for "
                        + "clear text, as a hand-written client for plain-text loopback would.",
                "",
                SteadyState.header().get(0),
                SteadyState.header().get(1),
                sdk.steadyStateRow("SDK `sdkGetTrunk`"),
                databind.steadyStateRow("raw-databind `rawDatabindGetTrunk`"),
                generated.steadyStateRow("openapi-generator `generatedGetTrunk`"),
                tree.steadyStateRow("raw tree `rawGetTrunk`"));
        return new SectionResult(title(), List.of(latency, allocation, vsGenerated), details, Double.NaN);
    }

    private long retained(String mode) throws IOException, InterruptedException {
        ChildJvm.Outcome outcome = ChildJvm.probe(CallRetentionProbe.class, "256m",
                List.of(mode, stubUrl, String.valueOf(RETENTION_CALLS)), Duration.ofMinutes(2));
        return ChildJvm.value(outcome.readyLine(), "after") - ChildJvm.value(outcome.readyLine(), "baseline");
    }

    private static String line(String side, Figure f, String retained) {
        return String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s |", side, Figures.micros(f.p50()),
                Figures.micros(f.p90()), Figures.micros(f.p99()), Figures.micros(f.score()), Figures.bytes(f.allocPerOp()),
                retained);
    }
}
