package dev.estsdk.benchmarks.run;

import dev.estsdk.benchmarks.probe.ChildJvm;
import dev.estsdk.benchmarks.probe.RawColdStart;
import dev.estsdk.benchmarks.probe.RawJacksonColdStart;
import dev.estsdk.benchmarks.probe.SdkColdStart;
import dev.estsdk.benchmarks.report.Figures;
import dev.estsdk.benchmarks.report.Goal;
import dev.estsdk.benchmarks.report.Measurement;
import dev.estsdk.benchmarks.report.SectionResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Row 6: fresh JVMs timed from launch to the first successful {@code GET /trunks/{id}}: the SDK
 * (class path: the client's runtime dependencies) against the JDK HTTP client alone, and, for
 * context, the JDK client with Jackson. Runs alternate between the three so that a burst of load
 * on the machine hits all of them; the first round is a discarded warm-up of the file cache.
 */
final class ColdStartSection implements Section {

    static final Goal GOAL = Goal.atMost(1.5);

    private final BenchConfig config;
    private final String stubUrl;

    ColdStartSection(BenchConfig config, String stubUrl) {
        this.config = config;
        this.stubUrl = stubUrl;
    }

    @Override
    public String title() {
        return "6. Cold start";
    }

    @Override
    public List<RowSpec> rows() {
        return List.of(new RowSpec("6a", "JVM start to first call", GOAL),
                new RowSpec("6b", "Client runtime dependencies", Goal.info()));
    }

    @Override
    public SectionResult run() throws Exception {
        String classes = config.benchClasses().toString();
        List<String> sdkPath = new ArrayList<>();
        sdkPath.add(classes);
        sdkPath.addAll(config.clientRuntime());
        List<String> jacksonPath = new ArrayList<>();
        jacksonPath.add(classes);
        jacksonPath.addAll(BenchConfig.ownClasspathJars("jackson-"));

        int rounds = config.quick() ? 3 : 9;
        List<Long> sdk = new ArrayList<>();
        List<Long> raw = new ArrayList<>();
        List<Long> rawJackson = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            boolean keep = round > 0;
            record(raw, keep, time(List.of(classes), RawColdStart.class.getName()));
            record(sdk, keep, time(sdkPath, SdkColdStart.class.getName()));
            record(rawJackson, keep, time(jacksonPath, RawJacksonColdStart.class.getName()));
        }
        double sdkMs = Samples.median(sdk);
        double rawMs = Samples.median(raw);
        double jacksonMs = Samples.median(rawJackson);
        Measurement coldStart = Measurement.of("6a", "JVM start to first call", Figures.millis(sdkMs),
                Figures.millis(rawMs), sdkMs / rawMs, GOAL,
                "median of " + (rounds - 1) + " fresh JVMs each, default JVM options: launch to the first decoded "
                        + "`GET /trunks/{id}`. SDK: `EstClient` built and `sipTrunks().get(id)`; raw: JDK `HttpClient` "
                        + "only. With Jackson added to raw: " + Figures.millis(jacksonMs) + " (SDK ratio "
                        + Figures.ratio(sdkMs / jacksonMs) + ").");

        List<Path> jars = config.clientRuntime().stream().map(Path::of).filter(Files::isRegularFile).toList();
        long total = 0;
        List<String> details = new ArrayList<>(List.of("Client runtime class path (`est-sdk-client` and its runtime dependencies):", "",
                "| jar | size |", "|---|--:|"));
        for (Path jar : jars.stream().sorted(Comparator.comparingLong(ColdStartSection::size).reversed()).toList()) {
            total += size(jar);
            details.add("| " + jar.getFileName() + " | " + Figures.bytes(size(jar)) + " |");
        }
        details.add("| **total (" + jars.size() + " jars)** | **" + Figures.bytes(total) + "** |");
        details.add("");
        details.add(String.format(Locale.ROOT, "Cold-start samples (ms), in run order: SDK %s; raw %s; raw + Jackson %s.",
                sdk, raw, rawJackson));
        details.add("");
        details.add("Classes loaded up to the first call (one more JVM each, `-Xlog:class+load`): SDK "
                + classesLoaded(sdkPath, SdkColdStart.class.getName()) + "; raw "
                + classesLoaded(List.of(classes), RawColdStart.class.getName()) + "; raw + Jackson "
                + classesLoaded(jacksonPath, RawJacksonColdStart.class.getName()) + ".");
        Measurement deps = Measurement.of("6b", "Client runtime dependencies", Figures.bytes(total), "0 B (JDK only)",
                Double.NaN, jars.size() + " jars", Goal.info(), "sum of the jar sizes on the client's runtime class path, "
                        + "the client itself included; the raw baseline needs nothing beyond the JDK.");
        return new SectionResult(title(), List.of(coldStart, deps), details, Double.NaN);
    }

    private long time(List<String> classpath, String mainClass) throws IOException, InterruptedException {
        ChildJvm.Outcome outcome = ChildJvm.run(classpath, List.of(), mainClass, List.of(stubUrl), Duration.ofMinutes(1));
        return Duration.ofNanos(outcome.nanosToReady()).toMillis();
    }

    /** Runs the probe once more with class loading logged; says how many classes it loaded and from where. */
    private String classesLoaded(List<String> classpath, String mainClass) throws IOException, InterruptedException {
        Path log = Files.createTempFile("estsdk-bench-classes", ".log");
        try {
            ChildJvm.run(classpath, List.of("-Xlog:class+load=info:file=" + log), mainClass, List.of(stubUrl),
                    Duration.ofMinutes(1));
            List<String> lines = Files.readAllLines(log);
            long fromClasspath = lines.stream().filter(l -> l.contains("source: file:") || l.contains("source: jar:"))
                    .count();
            return String.format(Locale.ROOT, "%,d (%,d from the class path, the rest from the JDK or generated)",
                    lines.size(), fromClasspath);
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static void record(List<Long> samples, boolean keep, long millis) {
        if (keep) {
            samples.add(millis);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
