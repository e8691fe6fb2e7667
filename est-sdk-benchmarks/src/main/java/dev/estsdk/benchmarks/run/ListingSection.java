package dev.estsdk.benchmarks.run;

import dev.estsdk.benchmarks.probe.AppCds;
import dev.estsdk.benchmarks.probe.ChildJvm;
import dev.estsdk.benchmarks.probe.ClassLoading;
import dev.estsdk.benchmarks.probe.JfrSummary;
import dev.estsdk.benchmarks.probe.SdkListingProbe;
import dev.estsdk.benchmarks.report.Figures;
import dev.estsdk.benchmarks.report.Goal;
import dev.estsdk.benchmarks.report.Measurement;
import dev.estsdk.benchmarks.report.SectionResult;
import dev.estsdk.benchmarks.stub.Payloads;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Row 7: every one of the stub's {@value Payloads#LISTING_TRUNK_COUNT} trunks listed ten times in a
 * fresh process, by est-sdk ({@link SdkListingProbe}) and by the official Node SDK
 * ({@code bench/node/list-trunks.js}, {@code @sinch/elastic-sip-trunking} 1.4.0), both with an
 * OAuth2 token, pages of 500, against the same stub and the same bytes. The first sweep is timed
 * from the launch of the process to the line that reports it, so it includes the runtime's start,
 * loading the SDK and the first requests; later sweeps are timed inside the process. The SDK runs
 * with an AppCDS archive (trained by one run of the probe) and, for context, without one. Runs
 * alternate between the sides; the section reports medians.
 */
final class ListingSection implements Section {

    static final Goal GOAL = Goal.atLeast(1.0);
    static final int SWEEPS = 10;

    private final BenchConfig config;
    private final String stubUrl;

    ListingSection(BenchConfig config, String stubUrl) {
        this.config = config;
        this.stubUrl = stubUrl;
    }

    @Override
    public String title() {
        return "7. Listing 10,000 trunks in a fresh process, against the official Node SDK";
    }

    @Override
    public List<RowSpec> rows() {
        return List.of(new RowSpec("7a", "10k trunks, fresh process: first sweep", GOAL),
                new RowSpec("7b", "10k trunks, fresh process: tenth sweep", GOAL));
    }

    /** One fresh process's sweeps: the first from launch, and each inside the process, in nanoseconds. */
    record Sweeps(long firstFromLaunch, List<Long> inProcess) {

        static Sweeps of(ChildJvm.Outcome outcome) {
            long firstArrival = -1;
            List<Long> inProcess = new ArrayList<>();
            for (ChildJvm.Line line : outcome.lines()) {
                String[] parts = line.text().split(" ");
                if (parts.length != 4 || !parts[0].equals("SWEEP")) {
                    continue;
                }
                if (Long.parseLong(parts[2]) != Payloads.LISTING_TRUNK_COUNT) {
                    throw new IllegalStateException("sweep " + parts[1] + " saw " + parts[2] + " trunks, expected "
                            + Payloads.LISTING_TRUNK_COUNT);
                }
                if (firstArrival < 0) {
                    firstArrival = line.nanosAfterLaunch();
                }
                inProcess.add(Long.parseLong(parts[3]));
            }
            if (inProcess.size() != SWEEPS) {
                throw new IllegalStateException("expected " + SWEEPS + " sweeps, the process reported " + inProcess.size());
            }
            return new Sweeps(firstArrival, List.copyOf(inProcess));
        }

        long tenth() {
            return inProcess.get(SWEEPS - 1);
        }
    }

    @Override
    public SectionResult run() throws Exception {
        Path node = config.nodeDir();
        if (!Files.isDirectory(node.resolve("node_modules/@sinch/elastic-sip-trunking"))) {
            throw new IllegalStateException("the Node SDK is not installed in " + node
                    + " (bench/run installs it with `npm ci`; see build.log)");
        }
        List<String> classpath = new ArrayList<>();
        classpath.add(config.benchJar().toString());
        classpath.addAll(config.clientRuntime());
        List<String> probeArgs = List.of(stubUrl, String.valueOf(SWEEPS), String.valueOf(Payloads.MAX_PAGE_SIZE));
        List<String> cds = AppCds.train(config.workDir().resolve("listing-sdk.jsa"), classpath, List.of(),
                SdkListingProbe.class.getName(), probeArgs, Duration.ofMinutes(2));

        int rounds = config.quick() ? 1 : 5;
        List<Sweeps> nodeRuns = new ArrayList<>();
        List<Sweeps> sdkRuns = new ArrayList<>();
        List<Sweeps> plainRuns = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            nodeRuns.add(Sweeps.of(ChildJvm.exec(List.of("node", "list-trunks.js", stubUrl, Payloads.LISTING_PROJECT_ID,
                    String.valueOf(SWEEPS), String.valueOf(Payloads.MAX_PAGE_SIZE)), node,
                    Map.of("EST_KEY_ID", Payloads.KEY_ID, "EST_KEY_SECRET", Payloads.KEY_SECRET), Duration.ofMinutes(2))));
            sdkRuns.add(Sweeps.of(ChildJvm.run(classpath, cds, SdkListingProbe.class.getName(), probeArgs,
                    Duration.ofMinutes(2))));
            plainRuns.add(Sweeps.of(ChildJvm.run(classpath, List.of(), SdkListingProbe.class.getName(), probeArgs,
                    Duration.ofMinutes(2))));
        }
        double nodeFirst = median(nodeRuns, Sweeps::firstFromLaunch);
        double sdkFirst = median(sdkRuns, Sweeps::firstFromLaunch);
        double plainFirst = median(plainRuns, Sweeps::firstFromLaunch);
        double nodeTenth = median(nodeRuns, Sweeps::tenth);
        double sdkTenth = median(sdkRuns, Sweeps::tenth);
        double plainTenth = median(plainRuns, Sweeps::tenth);

        Measurement first = Measurement.of("7a", "10k trunks, fresh process: first sweep", rate(sdkFirst), rate(nodeFirst),
                nodeFirst / sdkFirst, GOAL,
                "trunks per second over the first sweep, timed from the launch of the process (JVM with an AppCDS "
                        + "archive vs `node`); ratio is SDK rate over Node rate; median of " + rounds + " processes each.");
        Measurement tenth = Measurement.of("7b", "10k trunks, fresh process: tenth sweep", rate(sdkTenth), rate(nodeTenth),
                nodeTenth / sdkTenth, GOAL,
                "trunks per second over the tenth sweep of the same processes, timed inside each; ratio is SDK rate "
                        + "over Node rate.");

        List<String> details = new ArrayList<>(List.of(
                "| side | first sweep from launch | first sweep inside the process | tenth sweep | tenth-sweep rate |",
                "|---|--:|--:|--:|--:|",
                line("est-sdk, JVM with AppCDS archive", sdkRuns, sdkFirst, sdkTenth),
                line("est-sdk, JVM without archive", plainRuns, plainFirst, plainTenth),
                line("Node SDK `@sinch/elastic-sip-trunking` 1.4.0", nodeRuns, nodeFirst, nodeTenth),
                "",
                String.format(Locale.ROOT, "Without the archive the SDK's first sweep rate is %s of Node's, its tenth %s.",
                        Figures.ratio(nodeFirst / plainFirst), Figures.ratio(nodeTenth / plainTenth)),
                "",
                "Sweep times (ms) per process, in run order:",
                "",
                "- est-sdk with AppCDS: " + samples(sdkRuns),
                "- est-sdk without archive: " + samples(plainRuns),
                "- Node SDK: " + samples(nodeRuns),
                "",
                "Each sweep is " + Payloads.LISTING_TRUNK_COUNT / Payloads.MAX_PAGE_SIZE + " pages of "
                        + Payloads.MAX_PAGE_SIZE + " (`size=500`; the stub's envelope carries `size` and `pageSize`, "
                        + "which the Node SDK needs), after one token request. The inside-the-process first sweep starts "
                        + "at the first line of `main` (Java) or of the script, before the SDK is loaded (Node)."));
        details.add("");
        details.add("Classes loaded by one sweep in a fresh JVM (`-Xlog:class+load`): without archive "
                + ClassLoading.of(classpath, List.of(), SdkListingProbe.class.getName(), oneSweep()) + "; with the AppCDS archive "
                + ClassLoading.of(classpath, cds, SdkListingProbe.class.getName(), oneSweep()) + ".");
        details.add("");
        details.add("Where the first sweep's time goes (one more fresh JVM with the archive, recorded by Java Flight "
                + "Recorder with its `profile` settings, samples attributed to the first frame outside the JDK): "
                + profile(classpath, cds) + ".");
        return new SectionResult(title(), List.of(first, tenth), details, Double.NaN);
    }

    private List<String> oneSweep() {
        return List.of(stubUrl, "1", String.valueOf(Payloads.MAX_PAGE_SIZE));
    }

    private String profile(List<String> classpath, List<String> cds) throws IOException, InterruptedException {
        Path recording = config.workDir().resolve("listing-first-sweep.jfr");
        Files.deleteIfExists(recording);
        List<String> options = new ArrayList<>(cds);
        options.add("-XX:StartFlightRecording=settings=profile,filename=" + recording);
        options.add("-Xlog:jfr+startup=warning");
        ChildJvm.run(classpath, options, SdkListingProbe.class.getName(), oneSweep(), Duration.ofMinutes(2));
        return JfrSummary.read(recording).toString();
    }

    private static double median(List<Sweeps> runs, java.util.function.ToLongFunction<Sweeps> figure) {
        return Samples.median(runs.stream().map(figure::applyAsLong).toList());
    }

    private static String line(String side, List<Sweeps> runs, double first, double tenth) {
        double inside = median(runs, r -> r.inProcess().get(0));
        return String.format(Locale.ROOT, "| %s | %s (%s) | %s | %s | %s |", side, Figures.millis(first / 1e6), rate(first),
                Figures.millis(inside / 1e6), Figures.millis(tenth / 1e6), rate(tenth));
    }

    private static String samples(List<Sweeps> runs) {
        return runs.stream().map(r -> "launch to first " + Math.round(r.firstFromLaunch() / 1e6) + ", sweeps "
                + r.inProcess().stream().map(n -> String.valueOf(Math.round(n / 1e6))).toList()).toList().toString();
    }

    private static String rate(double sweepNanos) {
        return Figures.rate(Payloads.LISTING_TRUNK_COUNT / (sweepNanos / 1e9));
    }
}
