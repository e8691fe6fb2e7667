package dev.estsdk.twilio;

import dev.estsdk.api.Sleeper;
import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.FieldViolation;
import dev.estsdk.api.model.Secret;
import dev.estsdk.core.CallListener;
import dev.estsdk.core.EstResponse;
import dev.estsdk.core.RetryPolicy;
import dev.estsdk.core.internal.ClientSettingsRules;
import dev.estsdk.twilio.internal.AsyncTwilioResources;
import dev.estsdk.twilio.internal.SyncTwilioResources;
import dev.estsdk.twilio.internal.TwilioRuntime;
import dev.estsdk.twilio.model.TwilioRules;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The Twilio Elastic SIP Trunking client: every resource of {@link TwilioApi}, synchronously,
 * and the same calls asynchronously from {@link #async()}, on the SDK's shared attempt pipeline.
 *
 * <pre>{@code
 * try (TwilioClient twilio = TwilioClient.builder()
 *         .accountSid("AC0123456789abcdef0123456789abcdef")
 *         .authToken(System.getenv("TWILIO_AUTH_TOKEN"))
 *         .build()) {
 *     Trunk trunk = twilio.trunks().create(t -> t.friendlyName("Acme").domainName("acme.pstn.twilio.com"));
 *     twilio.originationUrls().create(trunk.sid(), o -> o.friendlyName("PBX").sipUrl("sip:pbx.example.com"));
 * }
 * }</pre>
 *
 * <p>What the pipeline guarantees, the same as for the Sinch client: one retry layer (3
 * attempts by default) that never re-sends a create that may have reached Twilio (such a failure
 * says its outcome is unknown) and retries Twilio's partial updates, which are idempotent, like a
 * {@code PUT}; {@code 429} waits at least {@code Retry-After}; every call ends by its deadline
 * ({@link Builder#callTimeout(Duration)}), waits included; a delete answered 404 after an earlier
 * attempt may have applied it reports success. Errors are the SDK's exception tree, with Twilio's
 * {@code code} as {@code errorCode()}, its {@code message}, its {@code more_info} link as
 * {@code details().moreInfo()} and the {@code Twilio-Request-Id} as
 * {@code details().serverRequestId()}. The Auth Token, the API key secret and credential
 * passwords never appear in a message, a log line or a {@code toString()}.
 *
 * <p>Immutable and thread-safe: build one per account and share it. {@link #close()} ends its
 * calls in flight and its threads.
 */
public final class TwilioClient implements TwilioApi, AutoCloseable {

    /** Trunking v1's base URL. */
    public static final String DEFAULT_TRUNKING_BASE_URL = "https://trunking.twilio.com";
    /** The 2010 API's base URL (SIP lists and phone numbers). */
    public static final String DEFAULT_API_BASE_URL = "https://api.twilio.com";

    private final TwilioRuntime.Config config;
    private final TwilioRuntime runtime;
    private final AsyncTwilioResources asyncResources;
    private final SyncTwilioResources resources;
    private final TwilioAsyncClient async;

    private TwilioClient(TwilioRuntime.Config config) {
        this.config = config;
        this.runtime = TwilioRuntime.create(config);
        this.asyncResources = AsyncTwilioResources.of(runtime);
        this.resources = new SyncTwilioResources(asyncResources);
        this.async = new TwilioAsyncClient(asyncResources);
    }

    /**
     * Starts a builder; set the Account SID and either the Auth Token or an API key.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The SDK version this client sends in {@code User-Agent}.
     *
     * @return e.g. {@code 0.1.0}
     */
    public static String version() {
        return Version.VALUE;
    }

    /**
     * The same client, asynchronous: every operation returns a future at once.
     *
     * @return the asynchronous view, on the same pipeline
     */
    public TwilioAsyncClient async() {
        return async;
    }

    /**
     * Runs one call and returns its value with the HTTP response it came from (status, headers
     * such as {@code Twilio-Request-Id} or {@code Twilio-Concurrent-Requests}, the SDK's request id,
     * attempts). When the function makes several calls, the response is the last one's.
     *
     * @param call makes the call on the given API, e.g. {@code api -> api.trunks().get(sid)}
     * @param <T>  the value's type
     * @return the value with its response
     * @throws NullPointerException  if {@code call} is null
     * @throws IllegalStateException if the function made no call
     */
    public <T> EstResponse<T> withResponse(Function<? super TwilioApi, ? extends T> call) {
        Objects.requireNonNull(call, "call");
        AtomicReference<EstResponse<?>> last = new AtomicReference<>();
        T value = call.apply(new SyncTwilioResources(asyncResources.capturing(last::set)));
        EstResponse<?> response = last.get();
        if (response == null) {
            throw new IllegalStateException("withResponse: the function made no API call");
        }
        return response.withValue(value);
    }

    @Override
    public String accountSid() {
        return config.accountSid();
    }

    @Override
    public TwilioTrunks trunks() {
        return resources.trunks();
    }

    @Override
    public OriginationUrls originationUrls() {
        return resources.originationUrls();
    }

    @Override
    public TrunkIpAccessControlLists trunkIpAccessControlLists() {
        return resources.trunkIpAccessControlLists();
    }

    @Override
    public TrunkCredentialLists trunkCredentialLists() {
        return resources.trunkCredentialLists();
    }

    @Override
    public TrunkPhoneNumbers trunkPhoneNumbers() {
        return resources.trunkPhoneNumbers();
    }

    @Override
    public SipIpAccessControlLists ipAccessControlLists() {
        return resources.ipAccessControlLists();
    }

    @Override
    public SipCredentialLists credentialLists() {
        return resources.credentialLists();
    }

    @Override
    public IncomingPhoneNumbers incomingPhoneNumbers() {
        return resources.incomingPhoneNumbers();
    }

    /**
     * The {@code User-Agent} every request carries.
     *
     * @return e.g. {@code est-sdk-java/0.1.0 Java/17.0.9}
     */
    public String userAgent() {
        return config.userAgent();
    }

    /**
     * Ends the client: every call in flight fails at once with an
     * {@link dev.estsdk.api.exception.EstClientException} (a write's outcome is then unknown),
     * nothing more is sent, later calls are refused with an {@link IllegalStateException}, and the
     * client's threads end (on JDK 21 and later its connections close too). Idempotent.
     */
    @Override
    public void close() {
        runtime.close();
    }

    /**
     * Describes the client without secrets.
     *
     * @return e.g. {@code TwilioClient[accountSid=AC…, username=SK…, trunkingBaseUrl=…, apiBaseUrl=…, secret=***]}
     */
    @Override
    public String toString() {
        return "TwilioClient[accountSid=" + config.accountSid() + ", username=" + config.username()
                + ", trunkingBaseUrl=" + config.trunkingUrl() + ", apiBaseUrl=" + config.apiUrl() + ", secret=***]";
    }

    private static final class Version {
        static final String VALUE = load();

        private static String load() {
            Properties properties = new Properties();
            try (InputStream in = TwilioClient.class.getResourceAsStream("est-sdk-twilio.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return properties.getProperty("version", "unknown");
        }
    }

    /**
     * Settings of a {@link TwilioClient}. {@link #build()} checks them all and reports every
     * broken rule at once. Not thread-safe; the client it builds is.
     */
    public static final class Builder {
        private @Nullable String accountSid;
        private @Nullable String authToken;
        private @Nullable String apiKeySid;
        private @Nullable String apiKeySecret;
        private String trunkingBaseUrl = DEFAULT_TRUNKING_BASE_URL;
        private String apiBaseUrl = DEFAULT_API_BASE_URL;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(30);
        private Duration callTimeout = Duration.ofSeconds(60);
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private @Nullable String userAgentSuffix;
        private CallListener callListener = CallListener.NONE;
        private boolean compression;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.system();

        private Builder() {
        }

        /**
         * The account every call acts on: its SID from the Twilio Console ({@code AC} + 32 hex digits).
         * Required; with {@link #authToken(String)} it is also the Basic user name.
         *
         * @param value the Account SID
         * @return this builder
         */
        public Builder accountSid(String value) {
            this.accountSid = value;
            return this;
        }

        /**
         * Authenticates with the account's Auth Token (full account access; Twilio recommends API
         * keys for production). Set this or {@link #apiKey(String, String)}, not both.
         *
         * @param value the Auth Token
         * @return this builder
         */
        public Builder authToken(String value) {
            this.authToken = value;
            return this;
        }

        /**
         * Authenticates with an API key (revocable; region-specific). The Account SID is still
         * required: the 2010 API paths carry it. Set this or {@link #authToken(String)}, not both.
         *
         * @param sid    the key's SID, {@code SK} + 32 hex digits
         * @param secret the key's secret
         * @return this builder
         */
        public Builder apiKey(String sid, String secret) {
            this.apiKeySid = sid;
            this.apiKeySecret = secret;
            return this;
        }

        /**
         * Trunking v1's base URL; change it for an edge location
         * ({@code https://trunking.dublin.ie1.twilio.com}) or a simulator. https only, except for
         * loopback hosts.
         *
         * @param value default {@value TwilioClient#DEFAULT_TRUNKING_BASE_URL}
         * @return this builder
         */
        public Builder trunkingBaseUrl(String value) {
            this.trunkingBaseUrl = value;
            return this;
        }

        /**
         * The 2010 API's base URL (SIP lists, phone numbers); https only, except for loopback hosts.
         *
         * @param value default {@value TwilioClient#DEFAULT_API_BASE_URL}
         * @return this builder
         */
        public Builder apiBaseUrl(String value) {
            this.apiBaseUrl = value;
            return this;
        }

        /**
         * Both base URLs at once, for a server that serves {@code /v1/…} and {@code /2010-04-01/…}
         * on one origin, such as the testkit's {@code TwilioSimulator}.
         *
         * @param value the common base URL
         * @return this builder
         */
        public Builder baseUrl(String value) {
            this.trunkingBaseUrl = value;
            this.apiBaseUrl = value;
            return this;
        }

        /**
         * How long establishing a connection may take.
         *
         * @param value default 10 s
         * @return this builder
         */
        public Builder connectTimeout(Duration value) {
            this.connectTimeout = value;
            return this;
        }

        /**
         * The longest one attempt may take until its whole answer is read; raise it only for a
         * slow network.
         *
         * @param value default 30 s
         * @return this builder
         */
        public Builder readTimeout(Duration value) {
            this.readTimeout = value;
            return this;
        }

        /**
         * The deadline of a whole call, every attempt and wait included; no retry starts that
         * could not finish in it.
         *
         * @param value default 60 s
         * @return this builder
         */
        public Builder callTimeout(Duration value) {
            this.callTimeout = value;
            return this;
        }

        /**
         * When and how often to retry.
         *
         * @param value default {@link RetryPolicy#defaults()}: 3 attempts, full jitter
         * @return this builder
         */
        public Builder retryPolicy(RetryPolicy value) {
            this.retryPolicy = value;
            return this;
        }

        /**
         * Appended to {@code User-Agent}, e.g. your application's name and version.
         *
         * @param value printable ASCII
         * @return this builder
         */
        public Builder userAgentSuffix(String value) {
            this.userAgentSuffix = value;
            return this;
        }

        /**
         * Sees each call start and end and each attempt (operation, method, path template,
         * status, duration, outcome), for metrics and tracing; never SIDs or secrets.
         *
         * @param value default {@link CallListener#NONE}
         * @return this builder
         */
        public Builder callListener(CallListener value) {
            this.callListener = value;
            return this;
        }

        /**
         * Asks for gzip-compressed answers and inflates them.
         *
         * @param value default off
         * @return this builder
         */
        public Builder compression(boolean value) {
            this.compression = value;
            return this;
        }

        /**
         * What deadlines and {@code Retry-After} dates are measured on; a virtual clock in tests.
         *
         * @param value default the system UTC clock
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = value;
            return this;
        }

        /**
         * What waits between attempts; a virtual sleeper in tests.
         *
         * @param value default {@link Sleeper#system()}
         * @return this builder
         */
        public Builder sleeper(Sleeper value) {
            this.sleeper = value;
            return this;
        }

        /**
         * Checks every setting and builds the client.
         *
         * @return the client
         * @throws EstValidationException listing every broken rule, each naming its setting
         */
        public TwilioClient build() {
            List<FieldViolation> violations = new ArrayList<>();
            if (accountSid == null || accountSid.isBlank()) {
                violations.add(new FieldViolation("accountSid",
                        "must be set: the Account SID (AC…) from the Twilio Console"));
            } else {
                credentialSid("accountSid", "AC", accountSid, violations);
            }
            checkCredentials(violations);
            URI trunking = ClientSettingsRules.baseUrl("trunkingBaseUrl", trunkingBaseUrl, violations);
            URI api = ClientSettingsRules.baseUrl("apiBaseUrl", apiBaseUrl, violations);
            ClientSettingsRules.positive("connectTimeout", connectTimeout, violations);
            ClientSettingsRules.positive("readTimeout", readTimeout, violations);
            ClientSettingsRules.positive("callTimeout", callTimeout, violations);
            ClientSettingsRules.userAgentSuffix("userAgentSuffix", userAgentSuffix, violations);
            notNull("retryPolicy", retryPolicy, violations);
            notNull("callListener", callListener, violations);
            notNull("clock", clock, violations);
            notNull("sleeper", sleeper, violations);
            if (!violations.isEmpty()) {
                throw new EstValidationException("TwilioClient", violations);
            }
            boolean key = apiKeySid != null;
            return new TwilioClient(new TwilioRuntime.Config(accountSid, key ? apiKeySid : accountSid,
                    Secret.of(Objects.requireNonNull(key ? apiKeySecret : authToken, "checkCredentials")), trunking, api, connectTimeout, readTimeout, callTimeout,
                    retryPolicy, userAgent(), callListener, compression, clock, sleeper));
        }

        private void checkCredentials(List<FieldViolation> violations) {
            boolean token = authToken != null;
            boolean key = apiKeySid != null || apiKeySecret != null;
            if (token && key) {
                violations.add(new FieldViolation("authToken", "must not be set together with apiKey: use one"));
            } else if (!token && !key) {
                violations.add(new FieldViolation("authToken",
                        "must be set, or apiKey(sid, secret) instead (Twilio Console, Account Info or API keys)"));
            }
            if (authToken != null) {
                secret("authToken", authToken, violations);
            }
            if (key) {
                if (apiKeySid == null) {
                    violations.add(new FieldViolation("apiKey.sid", "is required"));
                } else {
                    credentialSid("apiKey.sid", "SK", apiKeySid, violations);
                }
                if (apiKeySecret == null) {
                    violations.add(new FieldViolation("apiKey.secret", "is required"));
                } else {
                    secret("apiKey.secret", apiKeySecret, violations);
                }
            }
        }

        /**
         * The SID rule without the value: an Auth Token is 32 hexadecimal digits too, and one given
         * here by mistake (the arguments swapped) must not reach an exception message or a log.
         */
        private static void credentialSid(String field, String prefix, String value, List<FieldViolation> violations) {
            if (TwilioRules.sid(prefix, value).isPresent()) {
                violations.add(new FieldViolation(field, "must be a " + prefix + " SID: " + prefix
                        + " followed by 32 hexadecimal digits (the value is not shown: it may be a secret given"
                        + " here by mistake)"));
            }
        }

        private static void secret(String field, String text, List<FieldViolation> violations) {
            if (text.isBlank()) {
                violations.add(new FieldViolation(field, "must not be blank"));
            } else if (text.chars().anyMatch(c -> Character.isISOControl(c) || c == ' ')) {
                violations.add(new FieldViolation(field, "must not contain spaces, CR, LF or other control characters"));
            }
        }

        private static void notNull(String field, Object value, List<FieldViolation> violations) {
            if (value == null) {
                violations.add(new FieldViolation(field, "must not be null"));
            }
        }

        private String userAgent() {
            String agent = "est-sdk-java/" + version() + " Java/" + System.getProperty("java.version");
            return userAgentSuffix == null ? agent : agent + " " + userAgentSuffix.strip();
        }

        /**
         * Describes the settings without secrets.
         *
         * @return e.g. {@code TwilioClient.Builder[accountSid=AC…, secret=***]}
         */
        @Override
        public String toString() {
            return "TwilioClient.Builder[accountSid=" + accountSid + ", apiKeySid=" + apiKeySid + ", secret=***]";
        }
    }
}
