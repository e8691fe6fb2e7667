package dev.estsdk.benchmarks.run;

import dev.estsdk.benchmarks.probe.ChildJvm;
import dev.estsdk.benchmarks.probe.ClassLoading;
import dev.estsdk.benchmarks.report.Figures;
import dev.estsdk.benchmarks.report.Goal;
import dev.estsdk.benchmarks.report.Measurement;
import dev.estsdk.benchmarks.report.SectionResult;
import dev.estsdk.benchmarks.twilio.EstTwilioColdStart;
import dev.estsdk.benchmarks.twilio.TwilioFetchBenchmark;
import dev.estsdk.benchmarks.twilio.TwilioJavaColdStart;
import dev.estsdk.benchmarks.twilio.TwilioPayloads;
import dev.estsdk.benchmarks.twilio.TwilioStub;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Row 11: est-sdk's {@code TwilioClient} against twilio-java, the official Twilio SDK, on one
 * loopback Twilio stub ({@link TwilioStub}, served by this JVM): fetching a trunk (latency,
 * allocation), listing 10,000 incoming phone numbers, cold start, and the runtime footprint. Its
 * JMH benchmarks run in a JMH run of their own, after rows 1 to 3's. The two runtime class paths
 * come from files {@code bench/run} writes ({@code estsdk.bench.twilioRuntime},
 * {@code estsdk.bench.twilioJavaRuntime}).
 */
final class TwilioSection implements Section {

    static final Goal LATENCY_GOAL = Goal.atMost(1.0);
    static final Goal ALLOCATION_GOAL = Goal.atMost(1.0);
    static final Goal LISTING_GOAL = Goal.atLeast(1.0);
    static final Goal COLD_START_GOAL = Goal.atMost(1.0);
    static final Goal FOOTPRINT_GOAL = Goal.atMost(0.25);

    private final BenchConfig config;

    TwilioSection(BenchConfig config) {
        this.config = config;
    }

    @Override
    public String title() {
        return "11. Twilio: TwilioClient vs twilio-java";
    }

    @Override
    public List<RowSpec> rows() {
        return List.of(new RowSpec("11a", "Twilio fetch trunk: latency, median", LATENCY_GOAL),
                new RowSpec("11b", "Twilio fetch trunk: bytes allocated", ALLOCATION_GOAL),
                new RowSpec("11c", "Twilio list 10,000 numbers: items/s", LISTING_GOAL),
                new RowSpec("11d", "Twilio cold start to first fetch", COLD_START_GOAL),
                new RowSpec("11e", "Twilio client runtime footprint", FOOTPRINT_GOAL));
    }

    @Override
    public SectionResult run() throws Exception {
        List<String> estPath = classpathFile("estsdk.bench.twilioRuntime");
        List<String> twilioJavaPath = classpathFile("estsdk.bench.twilioJavaRuntime");
        List<Measurement> rows = new ArrayList<>();
        List<String> details = new ArrayList<>();
        try (TwilioStub stub = TwilioStub.start()) {
            Map<String, Figures3> jmh = jmh(stub.baseUrl());
            Figures3 estFetch = jmh.get("estFetchTrunk");
            Figures3 javaFetch = jmh.get("twilioJavaFetchTrunk");
            Figures3 estList = jmh.get("estListPhoneNumbers");
            Figures3 javaList = jmh.get("twilioJavaListPhoneNumbers");
            if (estFetch == null || javaFetch == null || estList == null || javaList == null) {
                throw new IllegalStateException("JMH reported nothing for some Twilio benchmarks (see twilio-jmh.log): "
                        + jmh.keySet());
            }
            rows.add(Measurement.of("11a", "Twilio fetch trunk: latency, median", Figures.micros(estFetch.p50()),
                    Figures.micros(javaFetch.p50()), estFetch.p50() / javaFetch.p50(), LATENCY_GOAL,
                    "`trunks().get(sid)` vs twilio-java `Trunk.fetcher(sid).fetch(client)`, same stub, same JVM; "
                            + "JMH sample mode, median of every sampled call."));
            rows.add(Measurement.of("11b", "Twilio fetch trunk: bytes allocated", Figures.bytes(estFetch.allocPerOp()),
                    Figures.bytes(javaFetch.allocPerOp()), estFetch.allocPerOp() / javaFetch.allocPerOp(),
                    ALLOCATION_GOAL, "JMH GC profiler `gc.alloc.rate.norm`, every thread of the benchmark JVM "
                            + "(the stub runs in the runner's JVM, so none of its work is counted)."));
            double estRate = TwilioPayloads.PHONE_NUMBER_COUNT / (estList.score() / 1000);
            double javaRate = TwilioPayloads.PHONE_NUMBER_COUNT / (javaList.score() / 1000);
            rows.add(Measurement.of("11c", "Twilio list 10,000 numbers: items/s", Figures.rate(estRate),
                    Figures.rate(javaRate), estRate / javaRate, LISTING_GOAL,
                    "all 10,000 incoming phone numbers in pages of 1,000 following `next_page_uri` (10 requests "
                            + "each): `incomingPhoneNumbers().list().withPageSize(1000)` vs "
                            + "`IncomingPhoneNumber.reader().setPageSize(1000L).read(client)`; JMH average time per "
                            + "listing, ratio of items/s (higher is better)."));
            details.add("| side | p50 | p90 | p99 | mean | bytes/call |");
            details.add("|---|--:|--:|--:|--:|--:|");
            details.add(fetchLine("est-sdk `trunks().get(sid)`", estFetch));
            details.add(fetchLine("twilio-java `Trunk.fetcher(sid).fetch(client)`", javaFetch));
            details.add("");
            details.add(String.format(Locale.ROOT, "Listing 10,000 numbers: est-sdk %s per listing (%s allocated), "
                    + "twilio-java %s per listing (%s allocated).", Figures.millis(estList.score()),
                    Figures.bytes(estList.allocPerOp()), Figures.millis(javaList.score()),
                    Figures.bytes(javaList.allocPerOp())));
            details.add("");
            details.add("twilio-java runs with its own `NetworkHttpClient` (Apache HttpClient 5), built with the pool "
                    + "sizes and socket/request configuration of its default one; only a route planner differs, "
                    + "sending its `https://*.twilio.com` requests to the loopback stub in clear text (no TLS on "
                    + "either side). est-sdk's `TwilioClient` takes the stub as both base URLs.");
            coldStart(stub.baseUrl(), estPath, twilioJavaPath, rows, details);
        }
        footprint(estPath, twilioJavaPath, rows, details);
        return new SectionResult(title(), rows, details, Double.NaN);
    }

    /** The figures of one Twilio benchmark method. */
    private record Figures3(double score, double p50, double p90, double p99, double allocPerOp) {
    }

    private Map<String, Figures3> jmh(String stubUrl) throws Exception {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include("dev\\.estsdk\\.benchmarks\\.twilio\\..*Benchmark\\..*")
                .forks(1)
                .jvmArgs("-Xms1g", "-Xmx1g", "-D" + TwilioFetchBenchmark.STUB_URL_PROPERTY + "=" + stubUrl,
                        "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn")
                .addProfiler(GCProfiler.class)
                .shouldFailOnError(false)
                .output(config.workDir().resolve("twilio-jmh.log").toString());
        if (config.quick()) {
            options.warmupIterations(1).warmupTime(TimeValue.milliseconds(500))
                    .measurementIterations(1).measurementTime(TimeValue.seconds(1));
        }
        Map<String, Figures3> figures = new HashMap<>();
        for (RunResult result : new Runner(options.build()).run()) {
            String name = result.getParams().getBenchmark();
            Result<?> primary = result.getPrimaryResult();
            var stats = primary.getStatistics();
            Result<?> alloc = result.getSecondaryResults().get("gc.alloc.rate.norm");
            figures.put(name.substring(name.lastIndexOf('.') + 1), new Figures3(primary.getScore(),
                    stats.getPercentile(50), stats.getPercentile(90), stats.getPercentile(99),
                    alloc == null ? Double.NaN : alloc.getScore()));
        }
        return figures;
    }

    private void coldStart(String stubUrl, List<String> estPath, List<String> twilioJavaPath, List<Measurement> rows,
            List<String> details) throws IOException, InterruptedException {
        // The jar, not the classes directory, as in row 6; each side also gets only its own client.
        List<String> est = new ArrayList<>(List.of(config.benchJar().toString()));
        est.addAll(estPath);
        List<String> twilioJava = new ArrayList<>(List.of(config.benchJar().toString()));
        twilioJava.addAll(twilioJavaPath);
        int rounds = config.quick() ? 3 : 9;
        List<Long> estSamples = new ArrayList<>();
        List<Long> javaSamples = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            long e = time(est, EstTwilioColdStart.class.getName(), stubUrl);
            long j = time(twilioJava, TwilioJavaColdStart.class.getName(), stubUrl);
            if (round > 0) { // the first round warms the file cache
                estSamples.add(e);
                javaSamples.add(j);
            }
        }
        double estMs = Samples.median(estSamples);
        double javaMs = Samples.median(javaSamples);
        rows.add(Measurement.of("11d", "Twilio cold start to first fetch", Figures.millis(estMs), Figures.millis(javaMs),
                estMs / javaMs, COLD_START_GOAL, "median of " + (rounds - 1) + " fresh JVMs each, alternating, "
                        + "default JVM options: launch to the first decoded trunk; each JVM has only its own "
                        + "client's runtime class path."));
        details.add("");
        details.add(String.format(Locale.ROOT, "Cold-start samples (ms), in run order: est-sdk %s; twilio-java %s.",
                estSamples, javaSamples));
        details.add("");
        details.add("Classes loaded up to the first fetch (one more JVM each, `-Xlog:class+load`): est-sdk "
                + ClassLoading.of(est, List.of(), EstTwilioColdStart.class.getName(), List.of(stubUrl))
                + "; twilio-java "
                + ClassLoading.of(twilioJava, List.of(), TwilioJavaColdStart.class.getName(), List.of(stubUrl)) + ".");
    }

    private static void footprint(List<String> estPath, List<String> twilioJavaPath, List<Measurement> rows,
            List<String> details) {
        List<Path> est = jars(estPath);
        List<Path> twilioJava = jars(twilioJavaPath);
        long estBytes = total(est);
        long javaBytes = total(twilioJava);
        rows.add(Measurement.of("11e", "Twilio client runtime footprint",
                est.size() + " jars, " + Figures.bytes(estBytes), twilioJava.size() + " jars, " + Figures.bytes(javaBytes),
                (double) estBytes / javaBytes, FOOTPRINT_GOAL, String.format(Locale.ROOT,
                        "bytes of the runtime class path, the client's own jar included: `est-sdk-twilio` vs "
                                + "`com.twilio.sdk:twilio`; by jar count %d / %d = %.0f %%.", est.size(),
                        twilioJava.size(), 100.0 * est.size() / twilioJava.size())));
        details.add("");
        details.add("Runtime class paths (jar sizes; a jar on both sides is marked *):");
        details.add("");
        details.add("| est-sdk-twilio | size | twilio-java | size |");
        details.add("|---|--:|---|--:|");
        List<String> estNames = est.stream().map(p -> p.getFileName().toString()).toList();
        List<String> javaNames = twilioJava.stream().map(p -> p.getFileName().toString()).toList();
        for (int i = 0; i < Math.max(est.size(), twilioJava.size()); i++) {
            String left = i < est.size() ? jarCell(est.get(i), javaNames) : "| | ";
            String right = i < twilioJava.size() ? jarCell(twilioJava.get(i), estNames) : "| | ";
            details.add(left + right + "|");
        }
        details.add("| **total (" + est.size() + " jars)** | **" + Figures.bytes(estBytes) + "** | **total ("
                + twilioJava.size() + " jars)** | **" + Figures.bytes(javaBytes) + "** |");
    }

    private static String jarCell(Path jar, List<String> other) {
        String name = jar.getFileName().toString();
        return "| " + name + (other.contains(name) ? " *" : "") + " | " + Figures.bytes(size(jar)) + " ";
    }

    private static List<Path> jars(List<String> classpath) {
        return classpath.stream().map(Path::of).filter(Files::isRegularFile)
                .sorted(Comparator.comparingLong(TwilioSection::size).reversed()).toList();
    }

    private static long total(List<Path> jars) {
        return jars.stream().mapToLong(TwilioSection::size).sum();
    }

    private static long time(List<String> classpath, String mainClass, String stubUrl)
            throws IOException, InterruptedException {
        ChildJvm.Outcome outcome = ChildJvm.run(classpath, List.of(), mainClass, List.of(stubUrl), Duration.ofMinutes(1));
        return Duration.ofNanos(outcome.nanosToReady()).toMillis();
    }

    private static String fetchLine(String side, Figures3 f) {
        return String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |", side, Figures.micros(f.p50()),
                Figures.micros(f.p90()), Figures.micros(f.p99()), Figures.micros(f.score()), Figures.bytes(f.allocPerOp()));
    }

    private static List<String> classpathFile(String property) throws IOException {
        String file = System.getProperty(property);
        if (file == null || file.isBlank()) {
            throw new IllegalStateException("system property " + property + " is not set; run bench/run");
        }
        List<String> entries = new ArrayList<>();
        for (String entry : Files.readString(Path.of(file)).trim().split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                entries.add(entry.trim());
            }
        }
        if (entries.isEmpty()) {
            throw new IllegalStateException(file + " lists no class path (see bench/run's output)");
        }
        return entries;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
