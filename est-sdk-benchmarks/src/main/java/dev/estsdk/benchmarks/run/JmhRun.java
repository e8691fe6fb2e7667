package dev.estsdk.benchmarks.run;

import dev.estsdk.benchmarks.jmh.StubTarget;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.profile.JavaFlightRecorderProfiler;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the stub benchmarks (rows 1 to 3) in one JMH run: one fork each, against the stub this
 * JVM serves, with the GC profiler for bytes allocated per operation, and with Java Flight
 * Recorder (one recording per benchmark under {@code jfr/}) when profiling is asked for. JMH's
 * own output goes to {@code jmh.log} in the work directory.
 */
final class JmhRun {

    /**
     * The figures of one benchmark method; {@code iterations} holds each measured iteration's
     * score in order, for {@link SteadyState}.
     */
    record Figure(String benchmark, String unit, double score, double p50, double p90, double p99, double allocPerOp,
                  List<Double> iterations) {

        /** @return this benchmark's row of the steady-state table */
        String steadyStateRow(String side) {
            return SteadyState.row(side, iterations, unit);
        }
    }

    private final Map<String, Figure> figures;

    private JmhRun(Map<String, Figure> figures) {
        this.figures = Map.copyOf(figures);
    }

    /**
     * @param stubUrl the stub's base URL
     * @param config the run's configuration
     * @return the figures by method name, e.g. {@code sdkGetTrunk}
     * @throws RunnerException if JMH fails
     */
    static JmhRun run(String stubUrl, BenchConfig config) throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include("dev\\.estsdk\\.benchmarks\\.jmh\\..*Benchmark\\..*")
                .forks(1)
                .jvmArgs("-Xms1g", "-Xmx1g", "-D" + StubTarget.STUB_URL_PROPERTY + "=" + stubUrl,
                        "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn")
                .addProfiler(GCProfiler.class)
                .shouldFailOnError(false)
                .output(config.workDir().resolve("jmh.log").toString());
        if (config.profile()) {
            options.addProfiler(JavaFlightRecorderProfiler.class, "dir=" + config.workDir().resolve("jfr"));
        }
        if (config.quick()) {
            options.warmupIterations(1).warmupTime(TimeValue.milliseconds(500))
                    .measurementIterations(1).measurementTime(TimeValue.seconds(1));
        }
        if (anotherJmhRunning()) {
            // Failing would lose rows 1 to 3; the run's CPU-share line reports the contention instead.
            System.out.println("  another JMH run holds its lock on this machine: running anyway, figures will be noisy");
            System.setProperty("jmh.ignoreLock", "true");
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        Map<String, Figure> figures = new HashMap<>();
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark();
            String method = name.substring(name.lastIndexOf('.') + 1);
            Result<?> primary = result.getPrimaryResult();
            var stats = primary.getStatistics();
            Result<?> alloc = result.getSecondaryResults().get("gc.alloc.rate.norm");
            List<Double> iterations = new ArrayList<>();
            for (BenchmarkResult fork : result.getBenchmarkResults()) {
                for (IterationResult iteration : fork.getIterationResults()) {
                    iterations.add(iteration.getPrimaryResult().getScore());
                }
            }
            figures.put(method, new Figure(name, primary.getScoreUnit(), primary.getScore(), stats.getPercentile(50),
                    stats.getPercentile(90), stats.getPercentile(99), alloc == null ? Double.NaN : alloc.getScore(),
                    List.copyOf(iterations)));
        }
        return new JmhRun(figures);
    }

    /** Whether another JMH process holds the lock JMH takes in the temporary directory. */
    private static boolean anotherJmhRunning() {
        Path lock = Path.of(System.getProperty("java.io.tmpdir"), "jmh.lock");
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock held = channel.tryLock()) {
            return held == null;
        } catch (IOException | OverlappingFileLockException e) {
            return false;
        }
    }

    /**
     * @param method a benchmark method name
     * @return its figures
     * @throws IllegalStateException if JMH produced none for it
     */
    Figure figure(String method) {
        Figure figure = figures.get(method);
        if (figure == null) {
            throw new IllegalStateException("JMH reported nothing for " + method + " (see jmh.log)");
        }
        return figure;
    }
}
