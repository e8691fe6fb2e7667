package dev.estsdk.benchmarks.run;

import dev.estsdk.benchmarks.probe.ChildJvm;
import dev.estsdk.benchmarks.probe.ClassLoading;
import dev.estsdk.benchmarks.probe.RawColdStart;
import dev.estsdk.benchmarks.probe.AppCds;
import dev.estsdk.benchmarks.probe.RawDatabindColdStart;
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
 * (class path: the client's runtime dependencies) against the JDK HTTP client with Jackson
 * databind into a record, and, for context, the JDK client alone and the SDK with an AppCDS
 * archive. Runs alternate between them so that a burst of load on the machine hits all of them;
 * the first round is a discarded warm-up of the file cache.
 */
final class ColdStartSection implements Section {

    static final Goal GOAL = Goal.atMost(1.3);

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
        // The jar, not the classes directory: class-data sharing archives class paths of jars only.
        String classes = config.benchJar().toString();
        List<String> sdkPath = new ArrayList<>();
        sdkPath.add(classes);
        sdkPath.addAll(config.clientRuntime());
        List<String> jacksonPath = new ArrayList<>();
        jacksonPath.add(classes);
        jacksonPath.addAll(BenchConfig.ownClasspathJars("jackson-"));

        List<String> cds = AppCds.train(config.workDir().resolve("cold-start-sdk.jsa"), sdkPath, List.of(),
                SdkColdStart.class.getName(), List.of(stubUrl), Duration.ofMinutes(1));

        int rounds = config.quick() ? 3 : 9;
        List<Long> sdk = new ArrayList<>();
        List<Long> sdkCds = new ArrayList<>();
        List<Long> raw = new ArrayList<>();
        List<Long> databind = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            boolean keep = round > 0;
            record(raw, keep, time(List.of(classes), List.of(), RawColdStart.class.getName()));
            record(sdk, keep, time(sdkPath, List.of(), SdkColdStart.class.getName()));
            record(databind, keep, time(jacksonPath, List.of(), RawDatabindColdStart.class.getName()));
            record(sdkCds, keep, time(sdkPath, cds, SdkColdStart.class.getName()));
        }
        double sdkMs = Samples.median(sdk);
        double rawMs = Samples.median(raw);
        double databindMs = Samples.median(databind);
        double cdsMs = Samples.median(sdkCds);
        Measurement coldStart = Measurement.of("6a", "JVM start to first call", Figures.millis(sdkMs),
                Figures.millis(databindMs), sdkMs / databindMs, GOAL,
                "median of " + (rounds - 1) + " fresh JVMs each, default JVM options: launch to the first decoded "
                        + "`GET /trunks/{id}`. SDK: `EstClient` built and `sipTrunks().get(id)`; baseline: JDK "
                        + "`HttpClient` + Jackson databind into a record (raw-databind). JDK client alone: "
                        + Figures.millis(rawMs) + "; SDK with an AppCDS archive: " + Figures.millis(cdsMs)
                        + " (ratio " + Figures.ratio(cdsMs / databindMs) + ").");

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
        details.add(String.format(Locale.ROOT, "Cold-start samples (ms), in run order: SDK %s; raw-databind %s; "
                + "JDK client alone %s; SDK with AppCDS %s.", sdk, databind, raw, sdkCds));
        details.add("");
        details.add("The AppCDS archive came from one training run of the SDK probe (`-XX:ArchiveClassesAtExit`); the "
                + "measured runs map it with `-XX:SharedArchiveFile` and `-Xshare:on`, so a run that could not use it "
                + "would have failed.");
        details.add("");
        details.add("Classes loaded up to the first call (one more JVM each, `-Xlog:class+load`): SDK "
                + classesLoaded(sdkPath, List.of(), SdkColdStart.class.getName()) + "; raw-databind "
                + classesLoaded(jacksonPath, List.of(), RawDatabindColdStart.class.getName()) + "; JDK client alone "
                + classesLoaded(List.of(classes), List.of(), RawColdStart.class.getName()) + "; SDK with AppCDS "
                + classesLoaded(sdkPath, cds, SdkColdStart.class.getName()) + ".");
        Measurement deps = Measurement.of("6b", "Client runtime dependencies", Figures.bytes(total), "0 B (JDK only)",
                Double.NaN, jars.size() + " jars", Goal.info(), "sum of the jar sizes on the client's runtime class path, "
                        + "the client itself included; the raw baseline needs nothing beyond the JDK.");
        return new SectionResult(title(), List.of(coldStart, deps), details, Double.NaN);
    }

    private long time(List<String> classpath, List<String> jvmArgs, String mainClass) throws IOException, InterruptedException {
        ChildJvm.Outcome outcome = ChildJvm.run(classpath, jvmArgs, mainClass, List.of(stubUrl), Duration.ofMinutes(1));
        return Duration.ofNanos(outcome.nanosToReady()).toMillis();
    }

    private String classesLoaded(List<String> classpath, List<String> jvmArgs, String mainClass)
            throws IOException, InterruptedException {
        return ClassLoading.of(classpath, jvmArgs, mainClass, List.of(stubUrl)).toString();
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
