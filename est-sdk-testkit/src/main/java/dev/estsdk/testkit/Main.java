package dev.estsdk.testkit;

import dev.estsdk.testkit.internal.CommandLine;
import dev.estsdk.testkit.internal.StandaloneRunner;
import dev.estsdk.testkit.twilio.TwilioSimulator;
import dev.estsdk.testkit.twilio.TwilioSimulatorMain;
import org.jspecify.annotations.Nullable;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runs a simulator as a standalone process:
 * {@code java -jar est-sdk-testkit-<version>-standalone.jar --port 8089} for Sinch, or
 * {@code … --carrier twilio --port 8090} for Twilio (see {@link TwilioSimulatorMain}). Prints the base URL, auth
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

    /** The carriers {@code --carrier} accepts; the first is the default. */
    public static final List<String> CARRIERS = List.of("sinch", "twilio");

    /** Flags only the Twilio simulator takes. */
    private static final Set<String> TWILIO_ONLY = Set.of("--account-sid", "--auth-token", "--api-key-sid",
            "--api-key-secret", "--owned-numbers");
    /** Flags only the Sinch simulator takes. */
    private static final Set<String> SINCH_ONLY = Set.of("--project-id", "--key-id", "--key-secret", "--token-ttl",
            "--propagation-delay", "--journal-size", "--seed", "--seed-file");

    /** The usage text of both carriers. */
    public static final String USAGE = String.join(System.lineSeparator(),
            "Usage: java -jar est-sdk-testkit-<version>-standalone.jar [--carrier sinch|twilio] [options]",
            "",
            "  --carrier <name>           which carrier's API to simulate: sinch (default) or twilio",
            "",
            "--carrier sinch:",
            CommandLine.USAGE.substring(CommandLine.USAGE.indexOf("Options:")),
            "",
            "--carrier twilio (Trunking v1 under /v1/..., the 2010 API under /2010-04-01/..., one port):",
            TwilioSimulatorMain.USAGE.substring(TwilioSimulatorMain.USAGE.indexOf("Options:")));

    /**
     * Starts the simulator of the carrier named by {@code --carrier} (default {@code sinch}) and
     * serves until the process is stopped. A bad flag or a failed start prints one {@code error:}
     * line and exits with status 2; once listening it prints a line starting with {@code Ready}.
     *
     * @param args command-line flags; {@code --help} lists them
     */
    public static void main(String[] args) {
        String carrier;
        try {
            carrier = carrier(args);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage() + " (see --help)");
            System.exit(EXIT_FAILURE);
            return;
        }
        StandaloneRunner.run(args, Main::startCarrier,
                carrier.equals("twilio") ? "Twilio simulator stopped." : "EST simulator stopped.");
    }

    /**
     * Starts the simulator of the carrier named by {@code --carrier} ({@code sinch} when absent).
     *
     * @param args command-line flags, {@code --carrier} among them or not
     * @param out where to print
     * @return the running {@link EstSimulator} or {@link TwilioSimulator}, or null when only help was asked for
     * @throws IllegalArgumentException for an unknown carrier, a flag of the other carrier, or a bad flag
     * @throws IllegalStateException when the simulator cannot start
     */
    public static AutoCloseable startCarrier(String[] args, PrintStream out) {
        String carrier = carrier(args);
        List<String> rest = withoutCarrier(args);
        if (rest.contains("--help") || rest.contains("-h")) {
            out.println(USAGE);
            return null;
        }
        Set<String> foreign = carrier.equals("twilio") ? SINCH_ONLY : TWILIO_ONLY;
        for (String arg : rest) {
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (foreign.contains(name)) {
                throw new IllegalArgumentException(name + " is a " + (carrier.equals("twilio") ? "sinch" : "twilio")
                        + " option; with --carrier " + carrier + " it does not apply");
            }
        }
        String[] flags = rest.toArray(String[]::new);
        return carrier.equals("twilio") ? TwilioSimulatorMain.start(flags, out) : start(flags, out);
    }

    private static String carrier(String[] args) {
        String carrier = null;
        for (int i = 0; i < args.length; i++) {
            String value = null;
            if (args[i].equals("--carrier")) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("option --carrier needs a value: one of " + CARRIERS);
                }
                value = args[++i];
            } else if (args[i].startsWith("--carrier=")) {
                value = args[i].substring("--carrier=".length());
            } else {
                continue;
            }
            if (carrier != null) {
                throw new IllegalArgumentException("--carrier is given twice");
            }
            if (!CARRIERS.contains(value)) {
                throw new IllegalArgumentException("--carrier must be one of " + String.join(", ", CARRIERS)
                        + " (was " + value + ")");
            }
            carrier = value;
        }
        return carrier == null ? CARRIERS.get(0) : carrier;
    }

    private static List<String> withoutCarrier(String[] args) {
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--carrier")) {
                i++;
            } else if (!args[i].startsWith("--carrier=")) {
                rest.add(args[i]);
            }
        }
        return rest;
    }

    /**
     * Starts the Sinch simulator from command-line flags (no {@code --carrier}) and prints how to reach it.
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
            out.println(USAGE);
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
