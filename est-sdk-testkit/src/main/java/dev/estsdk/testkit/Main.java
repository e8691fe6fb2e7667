package dev.estsdk.testkit;

import dev.estsdk.testkit.internal.CommandLine;
import org.jspecify.annotations.Nullable;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;

/**
 * Runs the simulator as a standalone process:
 * {@code java -jar est-sdk-testkit-<version>-standalone.jar --port 8089}. Prints the base URL, auth
 * URL, project id, key id and key secret, then serves until Ctrl-C. In this mode the simulator
 * clock follows real time (so tokens expire and changes propagate by themselves);
 * {@code POST /_simulator/clock/advance} skips ahead.
 */
public final class Main {

    /** Port used when {@code --port} is not given. */
    public static final int DEFAULT_PORT = 8089;
    /** Requests the journal keeps when {@code --journal-size} is not given: bounded, for long load tests. */
    public static final int DEFAULT_JOURNAL_SIZE = 10_000;
    /** Exit status for a bad flag or a failed start. */
    public static final int EXIT_FAILURE = 2;

    private Main() {
    }

    /**
     * Starts the simulator and serves until the process is stopped. A bad flag or a failed start
     * (such as a port already in use) prints one {@code error:} line and exits with status 2.
     *
     * @param args command-line flags; {@code --help} lists them
     */
    public static void main(String[] args) {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        EstSimulator simulator;
        try {
            simulator = start(args, System.out);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage() + " (see --help)");
            System.exit(EXIT_FAILURE);
            return;
        } catch (IllegalStateException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(EXIT_FAILURE);
            return;
        }
        if (simulator == null) {
            return;
        }
        long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println("Ready in " + millis + " ms. Press Ctrl-C to stop.");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.close();
            System.out.println("EST simulator stopped.");
        }, "est-simulator-shutdown"));
    }

    /**
     * Starts a simulator from command-line flags and prints how to reach it.
     *
     * @param args command-line flags
     * @param out where to print
     * @return the running simulator, or null when only help was asked for
     * @throws IllegalArgumentException for bad flags
     * @throws IllegalStateException when the simulator cannot start, e.g. the port is already in use
     */
    public static @Nullable EstSimulator start(String[] args, PrintStream out) {
        CommandLine cli = CommandLine.parse(args);
        if (cli.help()) {
            out.println(CommandLine.USAGE);
            return null;
        }
        EstSimulator.Builder builder = EstSimulator.builder();
        String seed = cli.text("--seed", null);
        String seedFile = cli.text("--seed-file", null);
        if (seed != null && seedFile != null) {
            throw new IllegalArgumentException("--seed and --seed-file cannot be combined: put every count in one");
        }
        if (seed != null) {
            builder.seed(seed);
        }
        if (seedFile != null) {
            builder.seedFile(Path.of(seedFile));
        }
        EstSimulator simulator = builder
                .port(cli.integer("--port", DEFAULT_PORT))
                .projectId(cli.text("--project-id", EstSimulator.DEFAULT_PROJECT_ID))
                .keyId(cli.text("--key-id", EstSimulator.DEFAULT_KEY_ID))
                .keySecret(cli.text("--key-secret", EstSimulator.DEFAULT_KEY_SECRET))
                .tokenTtl(cli.duration("--token-ttl", EstSimulator.DEFAULT_TOKEN_TTL))
                .propagationDelay(cli.duration("--propagation-delay", EstSimulator.DEFAULT_PROPAGATION_DELAY))
                .journalLimit(cli.integer("--journal-size", DEFAULT_JOURNAL_SIZE))
                .tickingClock(true)
                .start();
        out.println("EST simulator running");
        out.println("  base URL    " + simulator.baseUrl());
        out.println("  auth URL    " + simulator.authUrl());
        out.println("  project id  " + simulator.projectId());
        out.println("  key id      " + simulator.keyId());
        out.println("  key secret  " + simulator.keySecret());
        if (seed != null || seedFile != null) {
            out.println("  seeded      " + (seed != null ? seed : seedFile));
        }
        return simulator;
    }
}
