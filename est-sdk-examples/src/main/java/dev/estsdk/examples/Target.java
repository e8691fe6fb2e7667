package dev.estsdk.examples;

import dev.estsdk.api.EstApi;
import dev.estsdk.api.Sleeper;
import dev.estsdk.client.EstClient;
import dev.estsdk.client.EstCredentials;
import dev.estsdk.testkit.EstSimulator;
import dev.estsdk.workflows.TrunkProvisioner;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an example or the {@code est} command runs: an EST API plus the clock and sleeper that
 * propagation waits use.
 *
 * <p>{@link #fromEnvironment(Map)} picks it the way the README describes: Sinch when
 * {@code EST_PROJECT_ID}, {@code EST_KEY_ID} and {@code EST_KEY_SECRET} are set (with
 * {@code EST_BASE_URL} and {@code EST_AUTH_URL} pointing anywhere else, such as a standalone
 * simulator), otherwise an embedded simulator started in-process on {@code 127.0.0.1}. On a
 * simulator the clock and sleeper are the simulator's virtual ones, so the 60-second propagation
 * wait is skipped by advancing its clock instead of sleeping.
 */
public final class Target implements AutoCloseable {

    private final EstClient client;
    private final EstSimulator simulator;
    private final boolean ownsSimulator;
    private final String description;
    private final Clock clock;
    private final Sleeper sleeper;

    private Target(EstClient client, EstSimulator simulator, boolean ownsSimulator, String description, Clock clock,
            Sleeper sleeper) {
        this.client = client;
        this.simulator = simulator;
        this.ownsSimulator = ownsSimulator;
        this.description = description;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /**
     * Chooses the target from environment variables (see {@link TargetSettings}).
     *
     * @param environment the variables, usually {@link System#getenv()}
     * @return the target; close it when done
     * @throws TargetConfigurationException when the variables are incomplete or malformed
     */
    public static Target fromEnvironment(Map<String, String> environment) {
        return fromEnvironment(environment, EstSimulator.DEFAULT_OWNED_NUMBERS);
    }

    /**
     * Chooses the target from environment variables (see {@link TargetSettings}); an embedded
     * simulator owns the given numbers.
     *
     * @param environment the variables, usually {@link System#getenv()}
     * @param simulatorNumbers the numbers the embedded simulator's project owns, E.164
     * @return the target; close it when done
     * @throws TargetConfigurationException when the variables are incomplete or malformed
     */
    public static Target fromEnvironment(Map<String, String> environment, List<String> simulatorNumbers) {
        TargetSettings settings = TargetSettings.fromEnvironment(environment);
        return settings.isEmbeddedSimulator() ? embeddedSimulator(simulatorNumbers) : remote(settings);
    }

    /**
     * Starts a simulator in this process, on {@code 127.0.0.1} and a free port, and connects to it.
     * Closing the target stops the simulator, and everything it held is gone.
     *
     * @return the target
     */
    public static Target embeddedSimulator() {
        return embeddedSimulator(EstSimulator.DEFAULT_OWNED_NUMBERS);
    }

    /**
     * Starts a simulator in this process, as {@link #embeddedSimulator()} does, whose project owns
     * the given numbers.
     *
     * @param ownedNumbers the numbers the project owns, E.164
     * @return the target
     */
    public static Target embeddedSimulator(List<String> ownedNumbers) {
        EstSimulator simulator = EstSimulator.builder().ownedNumbers(ownedNumbers.toArray(String[]::new)).start();
        try {
            return onSimulator(simulator, true);
        } catch (RuntimeException e) {
            simulator.close();
            throw e;
        }
    }

    /**
     * Connects to a simulator that is already running in this process (in your tests, for
     * example) and leaves it running on {@link #close()}.
     *
     * @param simulator the running simulator
     * @return the target
     */
    public static Target simulator(EstSimulator simulator) {
        return onSimulator(Objects.requireNonNull(simulator, "simulator"), false);
    }

    private static Target onSimulator(EstSimulator simulator, boolean owned) {
        EstClient client = client(simulator.projectId(), simulator.keyId(), simulator.keySecret(),
                simulator.baseUrl(), simulator.authUrl());
        String description = "embedded EST simulator at " + simulator.baseUrl() + " (in-process, no credentials;"
                + " its clock is advanced instead of waiting)";
        return new Target(client, simulator, owned, description, new SimulatorClock(simulator), simulator::advance);
    }

    private static Target remote(TargetSettings settings) {
        EstClient client = client(settings.projectId(), settings.keyId(), settings.keySecret().reveal(),
                settings.baseUrl(), settings.authUrl());
        String description = "project " + settings.projectId() + " at " + settings.baseUrl();
        return new Target(client, null, false, description, Clock.systemUTC(), Sleeper.system());
    }

    private static EstClient client(String projectId, String keyId, String keySecret, String baseUrl,
            String authUrl) {
        return EstClient.builder()
                .projectId(projectId)
                .credentials(EstCredentials.oauth(keyId, keySecret))
                .baseUrl(baseUrl)
                .authUrl(authUrl)
                .build();
    }

    /**
     * Returns the EST API of this target.
     *
     * @return the EST API of this target
     */
    public EstApi api() {
        return client;
    }

    /**
     * Returns the simulator behind this target, when it is one started in this process.
     *
     * @return the simulator behind this target, when it is one started in this process
     */
    public Optional<EstSimulator> simulator() {
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
     * Returns what this target is, for the first line of output, e.g. {@code project p at https://...}.
     *
     * @return what this target is, for the first line of output, e.g. {@code project p at https://...}
     */
    public String description() {
        return description;
    }

    /**
     * Returns the clock propagation waits measure with: the simulator's virtual time, or UTC.
     *
     * @return the clock propagation waits measure with: the simulator's virtual time, or UTC
     */
    public Clock clock() {
        return clock;
    }

    /**
     * Returns how propagation waits pass: by advancing the simulator's clock, or by sleeping.
     *
     * @return how propagation waits pass: by advancing the simulator's clock, or by sleeping
     */
    public Sleeper sleeper() {
        return sleeper;
    }

    /**
     * Starts a {@link TrunkProvisioner} for this target, waiting on its clock and sleeper (so on a
     * simulator the propagation wait advances the simulator's clock instead of sleeping).
     *
     * @return a builder; add a listener or other settings, then {@code build()}
     */
    public TrunkProvisioner.Builder provisioner() {
        return TrunkProvisioner.builder(client).clock(clock).sleeper(sleeper);
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
