package dev.estsdk.benchmarks.run;

import dev.estsdk.benchmarks.report.Figures;
import dev.estsdk.benchmarks.report.Goal;
import dev.estsdk.benchmarks.report.Measurement;
import dev.estsdk.benchmarks.report.SectionResult;
import dev.estsdk.benchmarks.run.JmhRun.Figure;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** Row 2: a 500-trunk page into models against the same page decoded by hand into records. */
final class DecodingSection implements Section {

    static final Goal GOAL = Goal.atMost(1.0);

    private final Callable<JmhRun> jmh;

    DecodingSection(Callable<JmhRun> jmh) {
        this.jmh = jmh;
    }

    @Override
    public String title() {
        return "2. Decoding";
    }

    @Override
    public List<RowSpec> rows() {
        return List.of(new RowSpec("2", "500-trunk page into models", GOAL));
    }

    @Override
    public SectionResult run() throws Exception {
        JmhRun run = jmh.call();
        Figure sdk = run.figure("sdkTrunkPage");
        Figure databind = run.figure("rawDatabindTrunkPage");
        Figure tree = run.figure("rawTrunkPage");
        Figure parse = run.figure("treeParseOnly");
        Measurement row = Measurement.of("2", "500-trunk page into models", Figures.micros(sdk.score()),
                Figures.micros(databind.score()), sdk.score() / databind.score(), GOAL,
                "`sipTrunks().list().withPageSize(500).page(1)` into 500 `SipTrunk` records vs the same bytes "
                        + "fetched by hand and decoded with `ObjectMapper.readValue` into records (raw-databind); "
                        + "mean time per page.");
        List<String> details = List.of(
                "| side | time/page | bytes/page |",
                "|---|--:|--:|",
                line("SDK page of `SipTrunk`", sdk),
                line("raw-databind: HttpClient + Jackson databind into records", databind),
                line("raw HttpClient + Jackson tree", tree),
                line("Jackson tree parse alone, no HTTP", parse),
                "",
                "The SDK's decoder is internal, so every side includes the same loopback transfer; the last line "
                        + "shows how much of a page's time is parsing.",
                "",
                SteadyState.header().get(0),
                SteadyState.header().get(1),
                sdk.steadyStateRow("SDK `sdkTrunkPage`"),
                databind.steadyStateRow("raw-databind `rawDatabindTrunkPage`"),
                tree.steadyStateRow("raw tree `rawTrunkPage`"),
                parse.steadyStateRow("`treeParseOnly`"));
        return new SectionResult(title(), List.of(row), details, Double.NaN);
    }

    private static String line(String side, Figure f) {
        return String.format(Locale.ROOT, "| %s | %s | %s |", side, Figures.micros(f.score()), Figures.bytes(f.allocPerOp()));
    }
}
