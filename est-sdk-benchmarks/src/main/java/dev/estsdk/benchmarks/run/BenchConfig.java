package dev.estsdk.benchmarks.run;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a run reads its inputs and writes its outputs, from system properties that
 * {@code bench/run} sets.
 *
 * @param results the {@code RESULTS.md} to write ({@code estsdk.bench.results})
 * @param workDir where logs and JFR recordings go ({@code estsdk.bench.work})
 * @param benchClasses this module's compiled classes, the probes' own code ({@code estsdk.bench.classes})
 * @param benchJar the same classes as a jar ({@code estsdk.bench.jar}): class-data sharing
 *     archives only class paths made of jars
 * @param nodeDir the Node package of the comparison with the official Node SDK, its
 *     dependencies installed ({@code estsdk.bench.node})
 * @param clientRuntime the client jar and every runtime dependency of it, one path each
 *     ({@code estsdk.bench.clientRuntime}: a file listing them, separated by the path separator)
 * @param quick shorter warm-ups and fewer repetitions, to check the plumbing only ({@code estsdk.bench.quick})
 * @param profile record the JMH benchmarks with Java Flight Recorder ({@code estsdk.bench.profile})
 */
public record BenchConfig(Path results, Path workDir, Path benchClasses, Path benchJar, Path nodeDir,
        List<String> clientRuntime, boolean quick, boolean profile) {

    /** Copies the list. */
    public BenchConfig {
        clientRuntime = List.copyOf(clientRuntime);
    }

    /**
     * @return the configuration from system properties
     * @throws IOException if the client runtime list cannot be read
     */
    public static BenchConfig fromSystemProperties() throws IOException {
        Path results = Path.of(required("estsdk.bench.results"));
        Path work = Path.of(required("estsdk.bench.work"));
        Files.createDirectories(work);
        List<String> runtime = new ArrayList<>();
        for (String entry : Files.readString(Path.of(required("estsdk.bench.clientRuntime"))).trim().split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                runtime.add(entry.trim());
            }
        }
        return new BenchConfig(results, work, Path.of(required("estsdk.bench.classes")),
                Path.of(required("estsdk.bench.jar")), Path.of(required("estsdk.bench.node")), runtime,
                Boolean.getBoolean("estsdk.bench.quick"), Boolean.getBoolean("estsdk.bench.profile"));
    }

    /**
     * @param prefix a jar name prefix, e.g. {@code jackson-}
     * @return the entries of this JVM's class path whose file name starts with it
     */
    public static List<String> ownClasspathJars(String prefix) {
        List<String> jars = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path name = Path.of(entry).getFileName();
            if (name != null && name.toString().startsWith(prefix)) {
                jars.add(entry);
            }
        }
        return jars;
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + property + " is not set; run bench/run");
        }
        return value;
    }
}
