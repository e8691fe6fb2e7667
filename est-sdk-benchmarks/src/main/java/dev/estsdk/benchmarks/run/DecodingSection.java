package dev.estsdk.benchmarks.run;

import dev.estsdk.benchmarks.report.Figures;
import dev.estsdk.benchmarks.report.Goal;
import dev.estsdk.benchmarks.report.Measurement;
import dev.estsdk.benchmarks.report.SectionResult;
import dev.estsdk.benchmarks.run.JmhRun.Figure;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** Row 2: a 500-trunk page into models against the same page into a Jackson tree. */
final class DecodingSection implements Section {

    static final Goal GOAL = Goal.atMost(1.2);

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
        Figure raw = run.figure("rawTrunkPage");
        Figure parse = run.figure("treeParseOnly");
        Measurement row = Measurement.of("2", "500-trunk page into models", Figures.micros(sdk.score()),
                Figures.micros(raw.score()), sdk.score() / raw.score(), GOAL,
                "`sipTrunks().list().withPageSize(500).page(1)` into 500 `SipTrunk` records vs the same bytes "
                        + "fetched by hand and parsed with `ObjectMapper.readTree`; mean time per page.");
        List<String> details = List.of(
                "| side | time/page | bytes/page |",
                "|---|--:|--:|",
                line("SDK page of `SipTrunk`", sdk),
                line("raw HttpClient + Jackson tree", raw),
                line("Jackson tree parse alone, no HTTP", parse),
                "",
                "The SDK's decoder is internal, so both sides include the same loopback transfer; the last line "
                        + "shows how much of the raw figure is parsing.",
                "",
                SteadyState.header().get(0),
                SteadyState.header().get(1),
                sdk.steadyStateRow("SDK `sdkTrunkPage`"),
                raw.steadyStateRow("raw `rawTrunkPage`"),
                parse.steadyStateRow("`treeParseOnly`"));
        return new SectionResult(title(), List.of(row), details, Double.NaN);
    }

    private static String line(String side, Figure f) {
        return String.format(Locale.ROOT, "| %s | %s | %s |", side, Figures.micros(f.score()), Figures.bytes(f.allocPerOp()));
    }
}
