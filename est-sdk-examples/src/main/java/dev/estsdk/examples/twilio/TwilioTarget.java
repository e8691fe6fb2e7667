package dev.estsdk.examples.twilio;

import dev.estsdk.examples.TargetConfigurationException;
import dev.estsdk.testkit.twilio.TwilioSimulator;
import dev.estsdk.twilio.TwilioApi;
import dev.estsdk.twilio.TwilioClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a Twilio example runs: a {@link TwilioClient} on a Twilio account, or on a simulator.
 *
 * <table>
 *   <caption>Variables read by {@link #fromEnvironment(Map)}</caption>
 *   <tr><th>Variable</th><th>Meaning</th></tr>
 *   <tr><td>{@value #ACCOUNT_SID}</td><td>the Account SID ({@code AC…})</td></tr>
 *   <tr><td>{@value #AUTH_TOKEN}</td><td>its Auth Token</td></tr>
 *   <tr><td>{@value #API_KEY_SID}, {@value #API_KEY_SECRET}</td><td>an API key, instead of the Auth Token</td></tr>
 *   <tr><td>{@value #BASE_URL}</td><td>optional: one base URL for both APIs, such as a standalone
 *       simulator started with {@code --carrier twilio}</td></tr>
 * </table>
 *
 * <p>With none set the target is an embedded simulator on {@code 127.0.0.1} and a free port; with
 * the Account SID and one kind of credential it is that account; anything in between is refused
 * naming what is missing, before any request.
 */
public final class TwilioTarget implements AutoCloseable {

    /** The Account SID variable. */
    public static final String ACCOUNT_SID = "TWILIO_ACCOUNT_SID";
    /** The Auth Token variable. */
    public static final String AUTH_TOKEN = "TWILIO_AUTH_TOKEN";
    /** The API key SID variable. */
    public static final String API_KEY_SID = "TWILIO_API_KEY_SID";
    /** The API key secret variable. */
    public static final String API_KEY_SECRET = "TWILIO_API_KEY_SECRET";
    /** The variable pointing both APIs at one base URL. */
    public static final String BASE_URL = "TWILIO_BASE_URL";

    private final TwilioClient client;
    private final TwilioSimulator simulator;
    private final boolean ownsSimulator;
    private final String description;

    private TwilioTarget(TwilioClient client, TwilioSimulator simulator, boolean ownsSimulator, String description) {
        this.client = client;
        this.simulator = simulator;
        this.ownsSimulator = ownsSimulator;
        this.description = description;
    }

    /**
     * Chooses the target from environment variables.
     *
     * @param environment the variables, usually {@link System#getenv()}; blank values count as unset
     * @return the target; close it when done
     * @throws TargetConfigurationException when the variables are incomplete or contradictory
     */
    public static TwilioTarget fromEnvironment(Map<String, String> environment) {
        return fromEnvironment(environment, TwilioSimulator.DEFAULT_OWNED_NUMBERS);
    }

    /**
     * Chooses the target from environment variables; an embedded simulator owns the given numbers.
     *
     * @param environment the variables, usually {@link System#getenv()}; blank values count as unset
     * @param simulatorNumbers the numbers the embedded simulator's account owns, E.164
     * @return the target; close it when done
     * @throws TargetConfigurationException when the variables are incomplete or contradictory
     */
    public static TwilioTarget fromEnvironment(Map<String, String> environment, List<String> simulatorNumbers) {
        String account = value(environment, ACCOUNT_SID);
        String token = value(environment, AUTH_TOKEN);
        String keySid = value(environment, API_KEY_SID);
        String keySecret = value(environment, API_KEY_SECRET);
        String baseUrl = value(environment, BASE_URL);
        if (account == null && token == null && keySid == null && keySecret == null && baseUrl == null) {
            return embeddedSimulator(simulatorNumbers);
        }
        List<String> problems = new ArrayList<>();
        if (account == null) {
            problems.add(ACCOUNT_SID + " is not set");
        }
        if (token != null && (keySid != null || keySecret != null)) {
            problems.add("set " + AUTH_TOKEN + " or " + API_KEY_SID + "/" + API_KEY_SECRET + ", not both");
        } else if (token == null && keySid == null && keySecret == null) {
            problems.add(AUTH_TOKEN + " (or " + API_KEY_SID + " and " + API_KEY_SECRET + ") is not set");
        } else if (token == null && (keySid == null || keySecret == null)) {
            problems.add((keySid == null ? API_KEY_SID : API_KEY_SECRET) + " is not set");
        }
        if (!problems.isEmpty()) {
            throw new TargetConfigurationException(String.join("; ", problems) + ": set " + ACCOUNT_SID + " with "
                    + AUTH_TOKEN + " (or an API key) to use Twilio, or unset all TWILIO_ variables to use the"
                    + " embedded simulator");
        }
        TwilioClient.Builder builder = TwilioClient.builder().accountSid(account);
        if (token != null) {
            builder.authToken(token);
        } else {
            builder.apiKey(keySid, keySecret);
        }
        if (baseUrl != null) {
            builder.baseUrl(baseUrl);
        }
        return new TwilioTarget(builder.build(), null, false, "Twilio account " + account
                + (baseUrl != null ? " at " + baseUrl : ""));
    }

    /**
     * Starts a Twilio simulator in this process, on {@code 127.0.0.1} and a free port, and connects
     * to it. Closing the target stops it.
     *
     * @return the target
     */
    public static TwilioTarget embeddedSimulator() {
        return embeddedSimulator(TwilioSimulator.DEFAULT_OWNED_NUMBERS);
    }

    /**
     * Starts a Twilio simulator in this process, as {@link #embeddedSimulator()} does, whose
     * account owns the given numbers.
     *
     * @param ownedNumbers the numbers the account owns, E.164
     * @return the target
     */
    public static TwilioTarget embeddedSimulator(List<String> ownedNumbers) {
        TwilioSimulator simulator = TwilioSimulator.builder().ownedNumbers(ownedNumbers.toArray(String[]::new))
                .start();
        try {
            return onSimulator(simulator, true);
        } catch (RuntimeException e) {
            simulator.close();
            throw e;
        }
    }

    /**
     * Connects to a simulator already running in this process and leaves it running on {@link #close()}.
     *
     * @param simulator the running simulator
     * @return the target
     */
    public static TwilioTarget simulator(TwilioSimulator simulator) {
        return onSimulator(Objects.requireNonNull(simulator, "simulator"), false);
    }

    private static TwilioTarget onSimulator(TwilioSimulator simulator, boolean owned) {
        TwilioClient client = TwilioClient.builder().accountSid(simulator.accountSid()).authToken(simulator.authToken())
                .trunkingBaseUrl(simulator.trunkingBaseUrl()).apiBaseUrl(simulator.apiBaseUrl()).build();
        return new TwilioTarget(client, simulator, owned, "embedded Twilio simulator at " + simulator.baseUrl()
                + " (in-process, no credentials)");
    }

    private static String value(Map<String, String> environment, String name) {
        String v = environment.get(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    /**
     * Returns the Twilio API of this target.
     *
     * @return the Twilio API of this target
     */
    public TwilioApi api() {
        return client;
    }

    /**
     * Returns the simulator behind this target, when it is one in this process.
     *
     * @return the simulator behind this target, when it is one in this process
     */
    public Optional<TwilioSimulator> simulator() {
        return Optional.ofNullable(simulator);
    }

    /**
     * Returns whether this target is a simulator in this process (so nothing real is touched).
     *
     * @return whether this target is a simulator in this process (so nothing real is touched)
     */
    public boolean isSimulator() {
        return simulator != null;
    }

    /**
     * Returns what this target is, for the first line of output.
     *
     * @return what this target is, for the first line of output
     */
    public String description() {
        return description;
    }

    /** Closes the client and, when this target started it, the simulator. */
    @Override
    public void close() {
        try {
            client.close();
        } finally {
            if (ownsSimulator) {
                simulator.close();
            }
        }
    }
}
