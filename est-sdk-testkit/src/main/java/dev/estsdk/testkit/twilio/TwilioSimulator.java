package dev.estsdk.testkit.twilio;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.estsdk.testkit.internal.SimulatorServer;
import dev.estsdk.testkit.internal.Violations;
import dev.estsdk.testkit.internal.fault.FaultInjector;
import dev.estsdk.testkit.twilio.internal.Paging;
import dev.estsdk.testkit.twilio.internal.TwilioControl;
import dev.estsdk.testkit.twilio.internal.TwilioDashboard;
import dev.estsdk.testkit.twilio.internal.TwilioPipeline;
import dev.estsdk.testkit.twilio.internal.TwilioSettings;
import dev.estsdk.testkit.twilio.internal.TwilioSipEdge;
import dev.estsdk.testkit.twilio.internal.TwilioState;
import org.jspecify.annotations.Nullable;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A stateful, in-memory simulator of Twilio's Elastic SIP Trunking API, served by WireMock on
 * {@code 127.0.0.1}: Trunking v1 under {@code /v1/…} and the 2010 API's SIP and phone-number
 * resources under {@code /2010-04-01/…}, on one port. It keeps one account's trunks (with
 * recording, origination URLs and associations), IP access control lists, credential lists and
 * owned numbers, and answers as Twilio's reference says: SIDs of the right shape, form-encoded
 * writes, partial updates, both paging envelopes with opaque {@code PageToken}s, error envelopes
 * with Twilio codes, HTTP Basic with the Account SID and Auth Token or an API key, a
 * {@code Twilio-Request-Id} on every answer. {@link #sip()} checks INVITEs against the trunks'
 * domains, ACLs, credential lists and origination URLs.
 *
 * <pre>{@code
 * try (TwilioSimulator sim = TwilioSimulator.start()) {
 *     // point the client at sim.trunkingBaseUrl() and sim.apiBaseUrl() with sim.accountSid() / sim.authToken()
 *     assertTrue(sim.counts().isEmpty());
 * }
 * }</pre>
 *
 * <p>It shares no code with any Twilio client, so it can catch a client's mistakes; it shares the
 * testkit's generic plumbing (WireMock set-up, clock, fault injection, request journal) with the
 * Sinch simulator. Thread-safe.
 */
public final class TwilioSimulator implements AutoCloseable {

    /** The Account SID unless {@link Builder#accountSid(String)} says otherwise. */
    public static final String DEFAULT_ACCOUNT_SID = "AC00000000000000000000000000000001";
    /** The Auth Token unless {@link Builder#authToken(String)} says otherwise. */
    public static final String DEFAULT_AUTH_TOKEN = "simulated-auth-token-0123456789";
    /** The API key SID accepted unless {@link Builder#apiKey(String, String)} says otherwise. */
    public static final String DEFAULT_API_KEY_SID = "SK00000000000000000000000000000001";
    /** The API key secret accepted with {@link #DEFAULT_API_KEY_SID}. */
    public static final String DEFAULT_API_KEY_SECRET = "simulated-api-key-secret-0123456789";
    /** Numbers the account owns unless {@link Builder#ownedNumbers(String...)} says otherwise. */
    public static final List<String> DEFAULT_OWNED_NUMBERS = List.of("+14155550101", "+14155550102",
            "+14155550103", "+12125550101", "+12125550102");
    /** How long a deleted trunk's domain name stays reserved, as on Twilio. */
    public static final Duration DEFAULT_DOMAIN_RETENTION = Duration.ofDays(30);

    private static final Pattern SID = Pattern.compile("[0-9a-fA-F]{32}");

    private final TwilioState state;
    private final TwilioSipEdge edge;
    private final Paging paging = new Paging();
    private final FaultInjector injector = new FaultInjector();
    private final SimulatorServer server;
    private volatile int port;

    private TwilioSimulator(TwilioSettings settings) {
        this.state = new TwilioState(settings);
        this.edge = new TwilioSipEdge(state);
        TwilioDashboard dashboard = new TwilioDashboard(state, this::journalNewestFirst);
        TwilioControl control = new TwilioControl(state, edge, this::reset, dashboard);
        TwilioPipeline pipeline = new TwilioPipeline(state, injector, control, paging, this::baseUrl);
        this.server = new SimulatorServer("Twilio simulator", settings.port(), pipeline);
    }

    private List<ServeEvent> journalNewestFirst() {
        return server.wireMock().getAllServeEvents();
    }

    /**
     * Returns a simulator with every default, on a free port.
     *
     * @return a simulator with every default, on a free port
     */
    public static TwilioSimulator start() {
        return builder().start();
    }

    /**
     * Returns a builder for non-default settings.
     *
     * @return a builder for non-default settings
     */
    public static Builder builder() {
        return new Builder();
    }

    private TwilioSimulator startServer(int requestedPort) {
        port = server.start(requestedPort);
        return this;
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
     * Returns {@code http://127.0.0.1:<port>}, the host of both APIs.
     *
     * @return {@code http://127.0.0.1:<port>}, the host of both APIs
     */
    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /**
     * Returns the Trunking v1 base URL (Twilio's {@code https://trunking.twilio.com}).
     *
     * @return the Trunking v1 base URL (Twilio's {@code https://trunking.twilio.com})
     */
    public String trunkingBaseUrl() {
        return baseUrl();
    }

    /**
     * Returns the 2010 API base URL (Twilio's {@code https://api.twilio.com}).
     *
     * @return the 2010 API base URL (Twilio's {@code https://api.twilio.com})
     */
    public String apiBaseUrl() {
        return baseUrl();
    }

    /**
     * Returns the account's SID.
     *
     * @return the account's SID
     */
    public String accountSid() {
        return state.settings().accountSid();
    }

    /**
     * Returns the account's Auth Token.
     *
     * @return the account's Auth Token
     */
    public String authToken() {
        return state.settings().authToken();
    }

    /**
     * Returns the accepted API key SID.
     *
     * @return the accepted API key SID
     */
    public String apiKeySid() {
        return state.settings().apiKeySid();
    }

    /**
     * Returns the accepted API key secret.
     *
     * @return the accepted API key secret
     */
    public String apiKeySecret() {
        return state.settings().apiKeySecret();
    }

    /**
     * Returns each owned number (E.164) with its {@code PN} SID, in account order.
     *
     * @return each owned number (E.164) with its {@code PN} SID, in account order
     */
    public Map<String, String> ownedNumbers() {
        return state.locked(() -> state.numbers.values().stream()
                .collect(Collectors.toMap(n -> n.phoneNumber, n -> n.sid, (a, b) -> a, java.util.LinkedHashMap::new)));
    }

    /**
     * Returns the simulator clock's time.
     *
     * @return the simulator clock's time
     */
    public Instant now() {
        return state.clock().now();
    }

    /**
     * Moves the clock forward (domain reservations expire, timestamps move).
     *
     * @param amount a non-negative duration
     * @return this simulator
     */
    public TwilioSimulator advance(Duration amount) {
        state.clock().advance(amount);
        return this;
    }

    /**
     * Returns the resource counts.
     *
     * @return the resource counts
     */
    public TwilioCounts counts() {
        return state.locked(() -> new TwilioCounts(state.trunks.size(),
                state.trunks.values().stream().mapToInt(t -> t.originationUrls.size()).sum(), state.acls.size(),
                state.credentialLists.size(), (int) state.numbers.values().stream().filter(n -> n.trunkSid != null).count(),
                state.numbers.size()));
    }

    /**
     * Returns the SIP checks.
     *
     * @return the SIP checks
     */
    public TwilioSipChecks sip() {
        return new TwilioSipChecks(edge);
    }

    /**
     * Returns fault injection, every operation.
     *
     * @return fault injection, every operation
     */
    public TwilioFaults faults() {
        return new TwilioFaults(injector, injector.global(), true);
    }

    /**
     * Returns the WireMock server, for its request journal or extra stubs.
     *
     * @return the WireMock server, for its request journal or extra stubs
     */
    public WireMockServer wireMock() {
        return server.wireMock();
    }

    /**
     * Restores the starting state: the owned numbers unassigned and nothing else, no faults, no
     * reserved domains, no issued page tokens, an empty request journal; a manual clock goes back
     * to its start.
     */
    public void reset() {
        state.reset();
        edge.reset();
        paging.clear();
        injector.clear();
        server.reset();
    }

    /** Stops the server. */
    @Override
    public void close() {
        server.stop();
    }

    /**
     * Collects the settings of a {@link TwilioSimulator}. Setters only record; {@link #start()}
     * checks every setting and reports all the invalid ones at once.
     */
    public static final class Builder {
        private int port;
        private String accountSid = DEFAULT_ACCOUNT_SID;
        private String authToken = DEFAULT_AUTH_TOKEN;
        private String apiKeySid = DEFAULT_API_KEY_SID;
        private String apiKeySecret = DEFAULT_API_KEY_SECRET;
        private List<String> ownedNumbers = DEFAULT_OWNED_NUMBERS;
        private final List<String> foreignDomains = new ArrayList<>();
        private @Nullable Instant initialInstant;
        private @Nullable LongSupplier ticker;
        private Duration domainRetention = DEFAULT_DOMAIN_RETENTION;
        private boolean refuseDeletingAssociatedLists;
        private TwilioSettings.Limits limits = TwilioSettings.Limits.TWILIO;

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
         * Sets the account sid: the Account SID, {@code AC} + 32 hex digits.
         *
         * @param value the Account SID, {@code AC} + 32 hex digits
         * @return this builder
         */
        public Builder accountSid(String value) {
            this.accountSid = value;
            return this;
        }

        /**
         * Sets the auth token: the Auth Token.
         *
         * @param value the Auth Token
         * @return this builder
         */
        public Builder authToken(String value) {
            this.authToken = value;
            return this;
        }

        /**
         * Sets the API key SID, {@code SK} + 32 hex digits.
         *
         * @param sid the API key SID, {@code SK} + 32 hex digits
         * @param secret its secret
         * @return this builder
         */
        public Builder apiKey(String sid, String secret) {
            this.apiKeySid = sid;
            this.apiKeySecret = secret;
            return this;
        }

        /**
         * Sets the numbers the account owns, replacing {@link #DEFAULT_OWNED_NUMBERS}.
         *
         * @param e164 the numbers the account owns, replacing {@link #DEFAULT_OWNED_NUMBERS}
         * @return this builder
         */
        public Builder ownedNumbers(String... e164) {
            this.ownedNumbers = Arrays.asList(e164.clone());
            return this;
        }

        /**
         * Sets the foreign domains: trunk domain names another account owns: taken (21248) for this one, and.
         *
         * @param domains trunk domain names another account owns: taken (21248) for this one, and
         *     no parent for sub-domains (21247)
         * @return this builder
         */
        public Builder foreignDomains(String... domains) {
            foreignDomains.addAll(List.of(domains));
            return this;
        }

        /**
         * Sets the initial instant: the clock's start (default: now, whole seconds).
         *
         * @param value the clock's start (default: now, whole seconds)
         * @return this builder
         */
        public Builder initialInstant(Instant value) {
            this.initialInstant = Objects.requireNonNull(value, "initialInstant");
            return this;
        }

        /**
         * Sets the ticking clock: true to let the clock follow real time as well (the standalone jar does).
         *
         * @param value true to let the clock follow real time as well (the standalone jar does)
         * @return this builder
         */
        public Builder tickingClock(boolean value) {
            this.ticker = value ? System::nanoTime : null;
            return this;
        }

        /**
         * Sets the domain retention: how long a deleted trunk's domain stays reserved (default 30 days).
         *
         * @param value how long a deleted trunk's domain stays reserved (default 30 days)
         * @return this builder
         */
        public Builder domainRetention(Duration value) {
            this.domainRetention = value;
            return this;
        }

        /**
         * Twilio does not document what deleting a list still associated with a trunk does.
         *
         * @param value true to refuse it (400); false (default) to remove the associations with the list
         * @return this builder
         */
        public Builder refuseDeletingAssociatedLists(boolean value) {
            this.refuseDeletingAssociatedLists = value;
            return this;
        }

        /**
         * Lowers (or raises) the account limits, e.g. to reach them in a test.
         *
         * @param trunks trunks per account (Twilio: 100)
         * @param originationUrlsPerTrunk origination URLs per trunk (10)
         * @param ipAccessControlLists IP ACLs per account (1,000)
         * @param ipAddressesPerList entries per IP ACL (100)
         * @param credentialLists credential lists per account (100)
         * @param credentialsPerList credentials per list (1,000)
         * @return this builder
         */
        public Builder limits(int trunks, int originationUrlsPerTrunk, int ipAccessControlLists, int ipAddressesPerList,
                int credentialLists, int credentialsPerList) {
            this.limits = new TwilioSettings.Limits(trunks, originationUrlsPerTrunk, ipAccessControlLists,
                    ipAddressesPerList, credentialLists, credentialsPerList);
            return this;
        }

        /**
         * Returns the started simulator.
         *
         * @return the started simulator
         * @throws IllegalStateException when the server cannot start, e.g. the port is in use
         */
        public TwilioSimulator start() {
            Violations violations = new Violations("TwilioSimulator.Builder")
                    .check(port < 0 || port > 65535, "port must be between 0 and 65535 (was " + port + ")")
                    .check(!sid("AC", accountSid), "accountSid must be AC followed by 32 hex digits (was " + accountSid + ")")
                    .check(!secret(authToken), "authToken must not be blank or contain control characters")
                    .check(!sid("SK", apiKeySid), "apiKeySid must be SK followed by 32 hex digits (was " + apiKeySid + ")")
                    .check(!secret(apiKeySecret), "apiKeySecret must not be blank or contain control characters")
                    .check(domainRetention == null || domainRetention.isNegative(),
                            "domainRetention must be zero or more (was " + domainRetention + ")");
            for (String n : ownedNumbers) {
                violations.check(n == null || !n.matches("\\+[1-9][0-9]{1,14}"),
                        "ownedNumbers must be E.164 such as +14155550101 (was " + n + ")");
            }
            String[] limitNames = {"trunks", "originationUrlsPerTrunk", "ipAccessControlLists", "ipAddressesPerList",
                "credentialLists", "credentialsPerList"};
            int[] limitValues = {limits.trunks(), limits.originationUrlsPerTrunk(), limits.ipAccessControlLists(),
                limits.ipAddressesPerList(), limits.credentialLists(), limits.credentialsPerList()};
            for (int i = 0; i < limitNames.length; i++) {
                violations.check(limitValues[i] < 1, "limits." + limitNames[i] + " must be at least 1 (was "
                        + limitValues[i] + ")");
            }
            violations.throwIfAny();
            Instant start = initialInstant != null ? initialInstant : Instant.now().truncatedTo(ChronoUnit.SECONDS);
            TwilioSettings settings = new TwilioSettings(port, accountSid, authToken, apiKeySid, apiKeySecret,
                    List.copyOf(ownedNumbers), List.copyOf(foreignDomains), start, ticker, domainRetention,
                    refuseDeletingAssociatedLists, limits);
            return new TwilioSimulator(settings).startServer(port);
        }

        private static boolean sid(String prefix, String value) {
            return value != null && value.length() == 34 && value.startsWith(prefix)
                    && SID.matcher(value.substring(2)).matches();
        }

        private static boolean secret(String value) {
            return value != null && !value.isBlank() && value.chars().noneMatch(Character::isISOControl);
        }
    }
}
