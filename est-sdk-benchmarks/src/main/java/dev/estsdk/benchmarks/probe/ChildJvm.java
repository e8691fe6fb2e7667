package dev.estsdk.benchmarks.probe;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a main class in a fresh JVM and times it from launch to the first line it prints that
 * starts with {@value #READY}, which a probe prints right after its measured work. The parent
 * waits for the child to exit before returning, so children never overlap.
 */
public final class ChildJvm {

    /** The line prefix a probe prints when its measured work is done. */
    public static final String READY = "READY";

    private ChildJvm() {
    }

    /**
     * One line a child printed and when it arrived.
     *
     * @param nanosAfterLaunch launch to the line, in nanoseconds
     * @param text the line
     */
    public record Line(long nanosAfterLaunch, String text) {
    }

    /**
     * What a child printed and how long it took to be ready.
     *
     * @param nanosToReady launch to the {@value #READY} line, in nanoseconds
     * @param readyLine the {@value #READY} line
     * @param lines every line it printed on standard output, in order
     */
    public record Outcome(long nanosToReady, String readyLine, List<Line> lines) {

        /** Copies the lines. */
        public Outcome {
            lines = List.copyOf(lines);
        }
    }

    /**
     * @param classpath the child's class path
     * @param jvmArgs extra JVM options
     * @param mainClass the main class
     * @param args its arguments
     * @param timeout how long the child may take
     * @return the outcome
     * @throws IOException if the child cannot be started, fails, or prints no {@value #READY} line in time
     * @throws InterruptedException if interrupted while waiting
     */
    public static Outcome run(List<String> classpath, List<String> jvmArgs, String mainClass, List<String> args,
            Duration timeout) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.add("-cp");
        command.add(String.join(File.pathSeparator, classpath));
        command.add(mainClass);
        command.addAll(args);
        return exec(command, null, Map.of(), timeout);
    }

    /**
     * Runs any program (a JVM, or Node for the comparison with its SDK) the same way: timed from
     * launch, every line of its standard output time-stamped as it arrives.
     *
     * @param command the program and its arguments
     * @param directory its working directory, or null for this one's
     * @param environment variables added to its environment (credentials go here, never in the
     *     command line, which error messages quote)
     * @param timeout how long it may take
     * @return the outcome
     * @throws IOException if it cannot be started, fails, or prints no {@value #READY} line in time
     * @throws InterruptedException if interrupted while waiting
     */
    public static Outcome exec(List<String> command, Path directory, Map<String, String> environment, Duration timeout)
            throws IOException, InterruptedException {
        Path errors = Files.createTempFile("estsdk-bench-child", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(errors.toFile());
            if (directory != null) {
                builder.directory(directory.toFile());
            }
            builder.environment().putAll(environment);
            long start = System.nanoTime();
            Process process = builder.start();
            String ready = null;
            long readyAt = 0;
            List<Line> lines = new ArrayList<>();
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    long at = System.nanoTime();
                    lines.add(new Line(at - start, line));
                    if (ready == null && line.startsWith(READY)) {
                        readyAt = at;
                        ready = line;
                    }
                }
            }
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IOException(command.get(0) + " did not finish within " + timeout);
            }
            if (process.exitValue() != 0 || ready == null) {
                throw new IOException(describe(command) + " exited with " + process.exitValue()
                        + (ready == null ? " without reporting ready" : "") + ": " + tail(errors));
            }
            return new Outcome(readyAt - start, ready, lines);
        } finally {
            Files.deleteIfExists(errors);
        }
    }

    /** The program's main class or script and its arguments, without the JVM's options and class path. */
    private static String describe(List<String> command) {
        int cp = command.indexOf("-cp");
        List<String> shown = cp >= 0 && cp + 2 < command.size() ? command.subList(cp + 2, command.size())
                : command.subList(Math.min(1, command.size()), command.size());
        return shown.isEmpty() ? command.get(0) : shown.get(0) + " " + shown.subList(1, shown.size());
    }

    /**
     * Runs a probe of this module with this JVM's class path, a heap limit and quiet logging.
     *
     * @param probe the probe's main class
     * @param maxHeap the {@code -Xmx} value, e.g. {@code 256m}
     * @param args its arguments
     * @param timeout how long it may take
     * @return the outcome
     * @throws IOException if the probe cannot be started, fails, or prints no {@value #READY} line in time
     * @throws InterruptedException if interrupted while waiting
     */
    public static Outcome probe(Class<?> probe, String maxHeap, List<String> args, Duration timeout)
            throws IOException, InterruptedException {
        return run(List.of(System.getProperty("java.class.path")),
                List.of("-Xmx" + maxHeap, "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"), probe.getName(), args, timeout);
    }

    /**
     * @param readyLine a line such as {@code READY baseline=123 peak=456}
     * @param key a key, e.g. {@code peak}
     * @return its value as a long
     * @throws IllegalArgumentException if the key is absent
     */
    public static long value(String readyLine, String key) {
        for (String part : readyLine.split(" ")) {
            if (part.startsWith(key + "=")) {
                return Long.parseLong(part.substring(key.length() + 1));
            }
        }
        throw new IllegalArgumentException("no " + key + " in: " + readyLine);
    }

    /** The first line that names an exception (the headline of a stack trace), then the last lines. */
    private static String tail(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> shown = new ArrayList<>();
        lines.stream().filter(l -> !l.startsWith("\t") && (l.contains("Exception") || l.contains("Error")))
                .findFirst().ifPresent(shown::add);
        for (String line : lines.subList(Math.max(0, lines.size() - 3), lines.size())) {
            if (!shown.contains(line)) {
                shown.add(line);
            }
        }
        return String.join(" | ", shown);
    }
}
