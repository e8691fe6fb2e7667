package dev.estsdk.benchmarks.probe;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How many classes a probe loads, counted from {@code -Xlog:class+load} in one more run of it:
 * in all, from the class path (read, verified and linked at run time) and from a class-data
 * sharing archive (the JDK's own or an AppCDS one, mapped instead of loaded).
 *
 * @param total every class loaded
 * @param fromClasspath those read from a jar or directory of the class path
 * @param fromArchive those mapped from a shared archive
 */
public record ClassLoading(long total, long fromClasspath, long fromArchive) {

    /**
     * @param classpath the probe's class path
     * @param jvmArgs other JVM options
     * @param mainClass the probe
     * @param args its arguments
     * @return the counts
     * @throws IOException if the probe fails
     * @throws InterruptedException if interrupted
     */
    public static ClassLoading of(List<String> classpath, List<String> jvmArgs, String mainClass, List<String> args)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile("estsdk-bench-classes", ".log");
        try {
            List<String> options = new ArrayList<>(jvmArgs);
            options.add("-Xlog:class+load=info:file=" + log);
            ChildJvm.run(classpath, options, mainClass, args, Duration.ofMinutes(2));
            return parse(Files.readAllLines(log));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /**
     * @param lines the {@code -Xlog:class+load} lines
     * @return the counts
     */
    public static ClassLoading parse(List<String> lines) {
        long classpath = lines.stream().filter(l -> l.contains("source: file:") || l.contains("source: jar:")).count();
        long archive = lines.stream().filter(l -> l.contains("source: shared objects file")).count();
        return new ClassLoading(lines.size(), classpath, archive);
    }

    /** @return e.g. {@code 3,645 (852 from the class path, 2,600 from a shared archive)} */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%,d (%,d from the class path, %,d mapped from a shared archive)", total,
                fromClasspath, fromArchive);
    }
}
