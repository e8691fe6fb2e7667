package dev.estsdk.testkit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.estsdk.testkit.internal.ControlEndpoints;
import dev.estsdk.testkit.internal.Dashboard;
import dev.estsdk.testkit.internal.JournalStore;
import dev.estsdk.testkit.internal.NoProxyHttpClientFactory;
import dev.estsdk.testkit.internal.RequestPipeline;
import dev.estsdk.testkit.internal.SeedSpec;
import dev.estsdk.testkit.internal.SimulatorSettings;
import dev.estsdk.testkit.internal.SimulatorState;
import dev.estsdk.testkit.internal.SimulatorTransformer;
import dev.estsdk.testkit.internal.Violations;
import dev.estsdk.testkit.internal.auth.TokenService;
import dev.estsdk.testkit.internal.fault.FaultInjector;
import dev.estsdk.testkit.internal.model.ProjectState;
import dev.estsdk.testkit.internal.sip.SipEdge;
import org.jspecify.annotations.Nullable;
import java.net.BindException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongSupplier;

/**
 * A stateful, in-memory simulator of Sinch's Elastic SIP Trunking REST API, served by WireMock on
 * {@code 127.0.0.1}. It keeps trunks, endpoints, ACLs, credential lists, phone numbers, country
 * permissions, calls and blocking rules per project and answers every EST operation with the
 * documented status codes, envelopes, defaults and errors; it issues OAuth2 tokens at
 * {@code /oauth2/token} on the same port; and it simulates the SIP edge, where a change takes
 * effect only after the propagation delay on a controllable clock.
 *
 * <pre>{@code
 * try (EstSimulator sim = EstSimulator.start()) {
 *     // point the client at sim.baseUrl(), sim.authUrl(), sim.projectId(), sim.keyId(), sim.keySecret()
 *     sim.advance(Duration.ofSeconds(60));          // let changes propagate
 *     assertTrue(sim.counts().isEmpty());           // nothing left behind
 * }
 * }</pre>
 *
 * <p>The simulator is thread-safe. WireMock's admin API ({@code /__admin/requests}) and
 * {@link #wireMock()} give access to the request journal.
 */
public final class EstSimulator implements AutoCloseable {

    /** Default project id. */
    public static final String DEFAULT_PROJECT_ID = "sim-project";
    /** Default access key id. */
    public static final String DEFAULT_KEY_ID = "sim-key";
    /** Default access key secret. */
    public static final String DEFAULT_KEY_SECRET = "sim-secret-0123456789";
    /** Default SIP domain suffix of trunks. */
    public static final String DEFAULT_SIP_DOMAIN_SUFFIX = "pstn.sinch.com";
    /** Default time a change takes to reach the SIP edge. */
    public static final Duration DEFAULT_PROPAGATION_DELAY = Duration.ofSeconds(60);
    /** Default lifetime of issued access tokens. */
    public static final Duration DEFAULT_TOKEN_TTL = Duration.ofHours(1);
    /** Numbers the main project owns unless {@link Builder#ownedNumbers(String...)} says otherwise. */
    public static final List<String> DEFAULT_OWNED_NUMBERS = List.of("+12025550101", "+12025550102",
            "+12025550103", "+12025550104", "+12025550105", "+14165550101");

    private static final int CATCH_ALL_PRIORITY = 100;

    /** How long an idle keep-alive connection stays open. */
    private static final Duration IDLE_CONNECTION_TIMEOUT = Duration.ofHours(1);

    private final SimulatorState state;
    private final SipEdge edge;
    private final TokenService tokens;
    private final FaultInjector injector = new FaultInjector();
    private final WireMockServer server;
    private final JournalStore journal;
    /** The bound port, kept so URLs stay printable (and requests fail with a connect error) after close. */
    private volatile int port;

    private EstSimulator(SimulatorSettings settings, int journalLimit) {
        this.state = new SimulatorState(settings);
        this.edge = new SipEdge(state);
        this.tokens = new TokenService(state.clock(), settings.tokenTtl());
        this.journal = new JournalStore(journalLimit);
        ControlEndpoints control = new ControlEndpoints(state, edge, this::reset, new Dashboard(state, journal));
        RequestPipeline pipeline = new RequestPipeline(state, tokens, injector, control);
        // Only what the simulator needs (no templating, HTTP/2 or proxy client), so start-up stays fast.
        WireMockConfiguration config = options().bindAddress("127.0.0.1").extensions(new SimulatorTransformer(pipeline, journal))
                .httpClientFactory(new NoProxyHttpClientFactory()).templatingEnabled(false)
                .http2PlainDisabled(true).http2TlsDisabled(true).jettyAcceptors(1).gzipDisabled(true)
                .stubRequestLoggingDisabled(true)
                // Jetty closes idle connections after 30 s by default, while the JDK client keeps
                // them for 20 minutes: a POST sent on a connection the server has just closed
                // fails without an answer, and is not retried. Keep idle connections longer than
                // any client here does.
                .jettyIdleTimeout(IDLE_CONNECTION_TIMEOUT.toMillis());
        config.withStores(JournalStore.with(config.filesRoot(), journal));
        this.server = new WireMockServer(settings.port() == 0 ? config.dynamicPort() : config.port(settings.port()));
    }

    /**
     * Starts a simulator with every default: a random port, project {@code sim-project}, key
     * {@code sim-key} / {@code sim-secret-0123456789}.
     *
     * @return the running simulator
     */
    public static EstSimulator start() {
        return builder().start();
    }

    /**
     * Returns a builder for a simulator with non-default settings.
     *
     * @return a builder for a simulator with non-default settings
     */
    public static Builder builder() {
        return new Builder();
    }

    private EstSimulator startServer(int requestedPort) {
        try {
            server.start();
        } catch (RuntimeException e) {
            throw startupFailure(requestedPort, e);
        }
        port = server.port();
        installCatchAll();
        return this;
    }

    private static IllegalStateException startupFailure(int requestedPort, RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return new IllegalStateException("port " + requestedPort + " on 127.0.0.1 is already in use", e);
            }
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return new IllegalStateException("the EST simulator could not start: " + root, e);
    }

    private void installCatchAll() {
        server.stubFor(any(anyUrl()).atPriority(CATCH_ALL_PRIORITY)
                .willReturn(aResponse().withTransformers(SimulatorTransformer.NAME)));
    }

    /**
     * Returns the HTTP port.
     *
     * @return the HTTP port
     */
    public int port() {
        return port;
    }

    /**
     * Returns the API base URL, e.g. {@code http://127.0.0.1:8089} (no trailing slash).
     *
     * @return the API base URL, e.g. {@code http://127.0.0.1:8089} (no trailing slash)
     */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    /**
     * Returns the OAuth2 token URL, {@code http://127.0.0.1:<port>/oauth2/token}.
     *
     * @return the OAuth2 token URL, {@code http://127.0.0.1:<port>/oauth2/token}
     */
    public String authUrl() {
        return baseUrl() + "/oauth2/token";
    }

    /**
     * Returns the main project id.
     *
     * @return the main project id
     */
    public String projectId() {
        return state.settings().projectId();
    }

    /**
     * Returns the access key id.
     *
     * @return the access key id
     */
    public String keyId() {
        return state.settings().keyId();
    }

    /**
     * Returns the access key secret.
     *
     * @return the access key secret
     */
    public String keySecret() {
        return state.settings().keySecret();
    }

    /**
     * Returns how long a change takes to reach the SIP edge.
     *
     * @return how long a change takes to reach the SIP edge
     */
    public Duration propagationDelay() {
        return state.settings().propagationDelay();
    }

    /**
     * Returns the SIP domain suffix of trunks, e.g. {@code pstn.sinch.com}.
     *
     * @return the SIP domain suffix of trunks, e.g. {@code pstn.sinch.com}
     */
    public String sipDomainSuffix() {
        return state.settings().sipDomainSuffix();
    }

    /**
     * Returns the simulator clock's current time.
     *
     * @return the simulator clock's current time
     */
    public Instant now() {
        return state.clock().now();
    }

    /**
     * Moves the simulator clock forward: tokens expire, changes propagate to the SIP edge, call
     * filters' default 24-hour window moves.
     *
     * @param amount a non-negative duration
     * @return this simulator
     */
    public EstSimulator advance(Duration amount) {
        state.clock().advance(amount);
        return this;
    }

    /**
     * Returns the WireMock server, for its request journal ({@code findAll}, {@code verify}) or extra stubs.
     *
     * @return the WireMock server, for its request journal ({@code findAll}, {@code verify}) or extra stubs
     */
    public WireMockServer wireMock() {
        return server;
    }

    /**
     * Returns seeding for the main project.
     *
     * @return seeding for the main project
     */
    public Seeding seed() {
        return new Seeding(state, projectId());
    }

    /**
     * Returns resource counts of the main project.
     *
     * @return resource counts of the main project
     */
    public ResourceCounts counts() {
        return counts(projectId());
    }

    /**
     * Returns resource counts of that project.
     *
     * @param project a project id
     * @return resource counts of that project
     * @throws IllegalArgumentException when the simulator does not know the project
     */
    public ResourceCounts counts(String project) {
        ProjectState p = state.project(project);
        if (p == null) {
            throw new IllegalArgumentException("unknown project " + project);
        }
        return state.locked(p, ProjectState::tally);
    }

    /**
     * Returns the ids of every project the simulator knows.
     *
     * @return the ids of every project the simulator knows
     */
    public Set<String> projects() {
        Set<String> ids = new TreeSet<>();
        state.projects().forEach(p -> ids.add(p.projectId()));
        return ids;
    }

    /**
     * Returns the SIP checks (INVITE / REGISTER against the simulated edge).
     *
     * @return the SIP checks (INVITE / REGISTER against the simulated edge)
     */
    public SipChecks sip() {
        return new SipChecks(edge);
    }

    /**
     * Returns fault injection, global scope.
     *
     * @return fault injection, global scope
     */
    public Faults faults() {
        return new Faults(injector, injector.global(), true);
    }

    /**
     * Restores the starting state: seeded data only, no faults, no SIP registrations, an empty
     * request journal and no extra stubs. A manual clock goes back to its initial instant; a
     * {@linkplain Builder#tickingClock(boolean) ticking} clock keeps its time, as simulator time
     * never goes backwards for the processes reading it as real time. Issued tokens stay valid for
     * the lifetime they had left.
     */
    public void reset() {
        tokens.rewind(state.reset());
        edge.reset();
        injector.clear();
        server.resetAll();
        installCatchAll();
    }

    /** Stops the server. */
    @Override
    public void close() {
        if (server.isRunning()) {
            server.stop();
        }
    }

    /**
     * Collects the settings of an {@link EstSimulator}. Setters only record; {@link #start()}
     * checks every setting and reports all the invalid ones at once.
     */
    public static final class Builder {
        private int port;
        private String projectId = DEFAULT_PROJECT_ID;
        private String keyId = DEFAULT_KEY_ID;
        private String keySecret = DEFAULT_KEY_SECRET;
        private Duration tokenTtl = DEFAULT_TOKEN_TTL;
        private @Nullable Instant initialInstant;
        private @Nullable LongSupplier ticker;
        private Duration propagationDelay = DEFAULT_PROPAGATION_DELAY;
        private String sipDomainSuffix = DEFAULT_SIP_DOMAIN_SUFFIX;
        private List<String> ownedNumbers = DEFAULT_OWNED_NUMBERS;
        private final Map<String, List<String>> extraProjects = new LinkedHashMap<>();
        private final List<CallSeed> calls = new ArrayList<>();
        private boolean sampleCalls = true;
        private int journalLimit;
        private String seedSpec;
        private Path seedFile;
        private int blankProjectIds;

        private Builder() {
        }

        /**
         * Sets the HTTP port; 0 (default) picks a free one.
         *
         * @param value the HTTP port; 0 (default) picks a free one
         * @return this builder
         */
        public Builder port(int value) {
            this.port = value;
            return this;
        }

        /**
         * Sets the main project id (default {@code sim-project}).
         *
         * @param value the main project id (default {@code sim-project})
         * @return this builder
         */
        public Builder projectId(String value) {
            this.projectId = value;
            return this;
        }

        /**
         * Sets the access key id (default {@code sim-key}).
         *
         * @param value the access key id (default {@code sim-key})
         * @return this builder
         */
        public Builder keyId(String value) {
            this.keyId = value;
            return this;
        }

        /**
         * Sets the access key secret (default {@code sim-secret-0123456789}).
         *
         * @param value the access key secret (default {@code sim-secret-0123456789})
         * @return this builder
         */
        public Builder keySecret(String value) {
            this.keySecret = value;
            return this;
        }

        /**
         * Sets the lifetime of issued tokens, reported as {@code expires_in} (default 1 hour).
         *
         * @param value lifetime of issued tokens, reported as {@code expires_in} (default 1 hour);
         *     shorten it to test token refresh
         * @return this builder
         */
        public Builder tokenTtl(Duration value) {
            this.tokenTtl = value;
            return this;
        }

        /**
         * Sets the clock's start (default: the current time, whole seconds).
         *
         * @param value the clock's start (default: the current time, whole seconds)
         * @return this builder
         */
        public Builder initialInstant(Instant value) {
            this.initialInstant = Objects.requireNonNull(value, "initialInstant");
            return this;
        }

        /**
         * Sets whether the clock also follows real time (the standalone jar does).
         *
         * @param value true to let the clock also follow real time (the standalone jar does);
         *     false (default) to move it only with {@link EstSimulator#advance(Duration)}
         * @return this builder
         */
        public Builder tickingClock(boolean value) {
            this.ticker = value ? System::nanoTime : null;
            return this;
        }

        /**
         * Lets the clock follow the given real-time source instead of {@link System#nanoTime()},
         * so the ticking clock can be driven without waiting.
         *
         * @param nanoTime real time in nanoseconds
         * @return this builder
         */
        Builder tickingClock(LongSupplier nanoTime) {
            this.ticker = Objects.requireNonNull(nanoTime, "nanoTime");
            return this;
        }

        /**
         * Sets how long a change takes to reach the SIP edge (default 60 s; zero for immediately).
         *
         * @param value how long a change takes to reach the SIP edge (default 60 s; zero for immediately)
         * @return this builder
         */
        public Builder propagationDelay(Duration value) {
            this.propagationDelay = value;
            return this;
        }

        /**
         * Sets the trunks' SIP domain suffix (default {@code pstn.sinch.com}).
         *
         * @param value the trunks' SIP domain suffix (default {@code pstn.sinch.com})
         * @return this builder
         */
        public Builder sipDomainSuffix(String value) {
            this.sipDomainSuffix = value;
            return this;
        }

        /**
         * Sets the numbers the main project owns, replacing {@link #DEFAULT_OWNED_NUMBERS}.
         *
         * @param e164 the numbers the main project owns, replacing {@link #DEFAULT_OWNED_NUMBERS}
         * @return this builder
         */
        public Builder ownedNumbers(String... e164) {
            this.ownedNumbers = List.of(e164);
            return this;
        }

        /**
         * Sets an extra project, EST-enabled from the start.
         *
         * @param id an extra project, EST-enabled from the start
         * @param ownedNumbers numbers it owns
         * @return this builder
         */
        public Builder project(String id, String... ownedNumbers) {
            if (id == null || id.isBlank()) {
                blankProjectIds++;
            } else {
                extraProjects.put(id, List.of(ownedNumbers));
            }
            return this;
        }

        /**
         * Sets a call record to seed.
         *
         * @param seed a call record to seed
         * @return this builder
         */
        public Builder call(CallSeed seed) {
            calls.add(Objects.requireNonNull(seed, "seed"));
            return this;
        }

        /**
         * Sets the sample calls: whether to seed 13 sample calls from the 24 hours before start (default true).
         *
         * @param value whether to seed 13 sample calls from the 24 hours before start (default true)
         * @return this builder
         */
        public Builder sampleCalls(boolean value) {
            this.sampleCalls = value;
            return this;
        }

        /**
         * Seeds generated resources into the main project, for load tests that start from a large
         * project: {@code seed("trunks=10000,numbers=100000")}. Kinds: {@code trunks},
         * {@code endpoints} and {@code assignedNumbers} (spread over the seeded trunks),
         * {@code accessControlLists}, {@code credentialLists}, {@code numbers} (owned),
         * {@code calls}, {@code callBlockingRules}; at most 1,000,000 each. Like every builder seed
         * it survives {@link EstSimulator#reset()}, and the SIP edge sees it from the start.
         *
         * @param spec {@code kind=count} pairs separated by commas
         * @return this builder
         * @throws IllegalArgumentException naming the kind that is unknown or the count that is wrong
         */
        public Builder seed(String spec) {
            this.seedSpec = spec;
            this.seedFile = null;
            return this;
        }

        /**
         * Seeds generated resources from a JSON file holding the same counts as {@link #seed(String)}:
         * {@code {"trunks":10000,"numbers":100000}}.
         *
         * @param file the seed file
         * @return this builder
         * @throws IllegalArgumentException when the file cannot be read, or names an unknown kind or a bad count
         */
        public Builder seedFile(Path file) {
            this.seedFile = Objects.requireNonNull(file, "file");
            this.seedSpec = null;
            return this;
        }

        /**
         * Bounds the request journal to the newest {@code value} requests, so a long load test does
         * not fill the heap with its history. Counts and {@code verify} then see only those.
         *
         * @param value the most requests kept; 0 (default) keeps every request
         * @return this builder
         */
        public Builder journalLimit(int value) {
            this.journalLimit = value;
            return this;
        }

        /**
         * Checks every setting, then starts the simulator.
         *
         * @return the started simulator
         * @throws IllegalArgumentException listing every invalid setting, each with its field and rule
         * @throws IllegalStateException when the server cannot start, e.g. the port is already in use
         */
        public EstSimulator start() {
            Violations violations = new Violations("EstSimulator.Builder")
                    .check(port < 0 || port > 65535, "port must be between 0 and 65535 (was " + port + ")")
                    .check(blank(projectId), "projectId must not be blank")
                    .check(blank(keyId), "keyId must not be blank")
                    .check(blank(keySecret), "keySecret must not be blank")
                    .check(tokenTtl == null || tokenTtl.toSeconds() < 1,
                            "tokenTtl must be at least one second (was " + tokenTtl + ")")
                    .check(propagationDelay == null || propagationDelay.isNegative(),
                            "propagationDelay must be zero or more (was " + propagationDelay + ")")
                    .check(blank(sipDomainSuffix), "sipDomainSuffix must not be blank")
                    .check(blankProjectIds > 0, "project id must not be blank")
                    .check(journalLimit < 0, "journalLimit must be 0 (no limit) or more (was " + journalLimit + ")");
            SeedSpec generated = SeedSpec.NONE;
            try {
                if (seedSpec != null) {
                    generated = SeedSpec.parse(seedSpec);
                } else if (seedFile != null) {
                    generated = SeedSpec.read(seedFile);
                }
            } catch (IllegalArgumentException e) {
                violations.add(e.getMessage());
            }
            violations.throwIfAny();
            Instant start = initialInstant != null ? initialInstant : Instant.now().truncatedTo(ChronoUnit.SECONDS);
            Map<String, List<String>> numbers = new LinkedHashMap<>(extraProjects);
            numbers.put(projectId, ownedNumbers);
            SimulatorSettings settings = new SimulatorSettings(port, projectId, keyId, keySecret, tokenTtl, start,
                    ticker, propagationDelay, sipDomainSuffix, numbers,
                    List.copyOf(extraProjects.keySet()), calls, sampleCalls, generated);
            return new EstSimulator(settings, journalLimit).startServer(port);
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }
    }
}
