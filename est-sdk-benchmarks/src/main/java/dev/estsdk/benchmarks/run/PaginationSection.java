package dev.estsdk.benchmarks.run;

import dev.estsdk.benchmarks.probe.ChildJvm;
import dev.estsdk.benchmarks.probe.PaginationHeapProbe;
import dev.estsdk.benchmarks.report.Figures;
import dev.estsdk.benchmarks.report.Goal;
import dev.estsdk.benchmarks.report.Measurement;
import dev.estsdk.benchmarks.report.SectionResult;
import dev.estsdk.benchmarks.run.JmhRun.Figure;
import dev.estsdk.benchmarks.stub.Payloads;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * Row 3: 100,000 numbers over 200 pages. The extra heap comes from {@link PaginationHeapProbe} in
 * child JVMs; the items per second from the JMH run.
 */
final class PaginationSection implements Section {

    static final double MIB = 1024 * 1024;
    static final Goal HEAP_GOAL = Goal.atMost(64, " MiB");
    static final Goal THROUGHPUT_GOAL = Goal.atLeast(1.0);

    private static final String PROBED_HEAP = "256m";
    private static final String CAPPED_HEAP = "64m";

    private final Callable<JmhRun> jmh;
    private final String stubUrl;

    PaginationSection(Callable<JmhRun> jmh, String stubUrl) {
        this.jmh = jmh;
        this.stubUrl = stubUrl;
    }

    @Override
    public String title() {
        return "3. Pagination at scale";
    }

    @Override
    public List<RowSpec> rows() {
        return List.of(new RowSpec("3a", "100k numbers: extra heap", HEAP_GOAL),
                new RowSpec("3b", "100k numbers: items/s", THROUGHPUT_GOAL));
    }

    @Override
    public SectionResult run() throws Exception {
        long sdkExtra = extraHeap("sdk", PROBED_HEAP);
        long rawExtra = extraHeap("raw", PROBED_HEAP);
        long retainingExtra = extraHeap("sdk-retaining", PROBED_HEAP);
        long cappedExtra = extraHeap("sdk", CAPPED_HEAP);
        Measurement heap = Measurement.of("3a", "100k numbers: extra heap", Figures.bytes(sdkExtra),
                Figures.bytes(rawExtra), sdkExtra / MIB, Figures.bytes(sdkExtra), HEAP_GOAL,
                "largest heap still reachable (read after a full GC every " + String.format(Locale.ROOT, "%,d", PaginationHeapProbe.SAMPLE_EVERY)
                        + " items) minus the heap before iterating; the SDK figure is judged against 64 MiB.");

        JmhRun run = jmh.call();
        Figure sdk = run.figure("sdkPagedIterable");
        Figure raw = run.figure("rawDatabindPageLoop");
        Figure tree = run.figure("rawPageLoop");
        double sdkRate = itemsPerSecond(sdk);
        double rawRate = itemsPerSecond(raw);
        Measurement throughput = Measurement.of("3b", "100k numbers: items/s", Figures.rate(sdkRate),
                Figures.rate(rawRate), sdkRate / rawRate, THROUGHPUT_GOAL,
                "`phoneNumbers().list().withPageSize(500)` iterated to the end vs a hand-written loop of "
                        + "`GET /phoneNumbers?page=n&size=500` decoded into records (raw-databind); ratio is SDK rate "
                        + "over raw rate.");
        List<String> details = new ArrayList<>(List.of(
                "| probe (own JVM) | heap | extra heap kept while iterating |",
                "|---|---|--:|",
                "| SDK `PagedIterable` | -Xmx" + PROBED_HEAP + " | " + Figures.bytes(sdkExtra) + " |",
                "| hand-written page loop (Jackson tree) | -Xmx" + PROBED_HEAP + " | " + Figures.bytes(rawExtra) + " |",
                "| SDK, keeping every item (control) | -Xmx" + PROBED_HEAP + " | " + Figures.bytes(retainingExtra) + " |",
                "| SDK `PagedIterable` | -Xmx" + CAPPED_HEAP + " (whole heap) | " + Figures.bytes(cappedExtra) + " |",
                "",
                "The control shows what the probe reports when items are retained; the capped run iterates all "
                        + String.format(Locale.ROOT, "%,d", Payloads.PHONE_NUMBER_COUNT)
                        + " numbers with the entire heap limited to 64 MiB.",
                "",
                String.format(Locale.ROOT, "Time per full sweep (200 requests): SDK %s, raw-databind %s, raw tree %s "
                                + "(%s); allocation per sweep: SDK %s, raw-databind %s, raw tree %s.",
                        Figures.millis(sdk.score()), Figures.millis(raw.score()), Figures.millis(tree.score()),
                        Figures.rate(itemsPerSecond(tree)), Figures.bytes(sdk.allocPerOp()),
                        Figures.bytes(raw.allocPerOp()), Figures.bytes(tree.allocPerOp())),
                "",
                SteadyState.header().get(0),
                SteadyState.header().get(1),
                sdk.steadyStateRow("SDK `sdkPagedIterable`"),
                raw.steadyStateRow("raw-databind `rawDatabindPageLoop`"),
                tree.steadyStateRow("raw tree `rawPageLoop`")));
        return new SectionResult(title(), List.of(heap, throughput), details, Double.NaN);
    }

    private long extraHeap(String mode, String heap) throws IOException, InterruptedException {
        ChildJvm.Outcome outcome = ChildJvm.probe(PaginationHeapProbe.class, heap, List.of(mode, stubUrl),
                Duration.ofMinutes(3));
        return ChildJvm.value(outcome.readyLine(), "peak") - ChildJvm.value(outcome.readyLine(), "baseline");
    }

    private static double itemsPerSecond(Figure sweep) {
        if (!"ms/op".equals(sweep.unit())) {
            throw new IllegalStateException("expected ms/op for " + sweep.benchmark() + ", was " + sweep.unit());
        }
        return Payloads.PHONE_NUMBER_COUNT / (sweep.score() / 1000);
    }
}
