package dev.estsdk.testkit.twilio;

import dev.estsdk.testkit.internal.CommandLine;
import dev.estsdk.testkit.internal.StandaloneRunner;
import org.jspecify.annotations.Nullable;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Runs the Twilio simulator as a standalone process, for other languages and manual tests:
 * {@code java -jar est-sdk-testkit-<version>-standalone.jar --carrier twilio --port 8090} (or this
 * class as the main class with the same flags, without {@code --carrier}). Serves Trunking v1 under {@code /v1/…} and the 2010 API under
 * {@code /2010-04-01/…} on that one port, prints the credentials and a line containing
 * {@code Ready}, then serves until stopped. The clock follows real time;
 * {@code POST /_simulator/reset} restores the starting state.
 */
public final class TwilioSimulatorMain {

    /** Port used when {@code --port} is not given. */
    public static final int DEFAULT_PORT = 8090;
    /** Exit status for a bad flag or a failed start. */
    public static final int EXIT_FAILURE = StandaloneRunner.EXIT_FAILURE;

    /** The usage text. */
    public static final String USAGE = String.join(System.lineSeparator(),
            "Usage: java -cp est-sdk-testkit-<version>-standalone.jar dev.estsdk.testkit.twilio.TwilioSimulatorMain [options]",
            "",
            "Runs the Twilio Elastic SIP Trunking simulator until stopped with Ctrl-C.",
            "",
            "Options:",
            "  --port <n>                HTTP port on 127.0.0.1 (default " + DEFAULT_PORT + "; 0 picks a free one)",
            "  --account-sid <AC...>     Account SID (default " + TwilioSimulator.DEFAULT_ACCOUNT_SID + ")",
            "  --auth-token <token>      Auth Token (default " + TwilioSimulator.DEFAULT_AUTH_TOKEN + ")",
            "  --api-key-sid <SK...>     API key SID also accepted (default " + TwilioSimulator.DEFAULT_API_KEY_SID + ")",
            "  --api-key-secret <secret> its secret (default " + TwilioSimulator.DEFAULT_API_KEY_SECRET + ")",
            "  --owned-numbers <list>    comma-separated E.164 numbers the account owns besides the defaults ("
                    + String.join(",", TwilioSimulator.DEFAULT_OWNED_NUMBERS) + ")",
            "  --help                    print this help");

    private static final Set<String> FLAGS = Set.of("--port", "--account-sid", "--auth-token", "--api-key-sid",
            "--api-key-secret", "--owned-numbers");

    private TwilioSimulatorMain() {
    }

    /**
     * Starts the simulator and serves until the process is stopped. A bad flag or a failed start
     * prints one {@code error:} line and exits with status 2.
     *
     * @param args command-line flags; {@code --help} lists them
     */
    public static void main(String[] args) {
        StandaloneRunner.run(args, TwilioSimulatorMain::start, "Twilio simulator stopped.");
    }

    /**
     * Starts a simulator from command-line flags and prints how to reach it.
     *
     * @param args command-line flags
     * @param out where to print
     * @return the running simulator, or null when only help was asked for
     * @throws IllegalArgumentException for bad flags
     * @throws IllegalStateException when the simulator cannot start
     */
    public static @Nullable TwilioSimulator start(String[] args, PrintStream out) {
        CommandLine cli = CommandLine.parse(args, FLAGS);
        if (cli.help()) {
            out.println(USAGE);
            return null;
        }
        TwilioSimulator.Builder builder = TwilioSimulator.builder()
                .port(cli.integer("--port", DEFAULT_PORT))
                .accountSid(cli.text("--account-sid", TwilioSimulator.DEFAULT_ACCOUNT_SID))
                .authToken(cli.text("--auth-token", TwilioSimulator.DEFAULT_AUTH_TOKEN))
                .apiKey(cli.text("--api-key-sid", TwilioSimulator.DEFAULT_API_KEY_SID),
                        cli.text("--api-key-secret", TwilioSimulator.DEFAULT_API_KEY_SECRET))
                .tickingClock(true);
        String numbers = cli.text("--owned-numbers", null);
        if (numbers != null) {
            Set<String> owned = new LinkedHashSet<>(TwilioSimulator.DEFAULT_OWNED_NUMBERS);
            Arrays.stream(numbers.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(owned::add);
            builder.ownedNumbers(owned.toArray(String[]::new));
        }
        TwilioSimulator simulator = builder.start();
        out.println("Twilio simulator running");
        out.println("  Trunking v1 URL  " + simulator.trunkingBaseUrl() + "/v1");
        out.println("  2010 API URL     " + simulator.apiBaseUrl() + "/2010-04-01");
        out.println("  Account SID      " + simulator.accountSid());
        out.println("  Auth Token       " + simulator.authToken());
        out.println("  API key          " + simulator.apiKeySid() + " / " + simulator.apiKeySecret());
        simulator.ownedNumbers().forEach((e164, sid) -> out.println("  owned number     " + e164 + "  " + sid));
        return simulator;
    }
}
