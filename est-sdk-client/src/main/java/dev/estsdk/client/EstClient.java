package dev.estsdk.client;

import dev.estsdk.api.AccessControlLists;
import dev.estsdk.api.CallBlockingRules;
import dev.estsdk.api.Calls;
import dev.estsdk.api.CountryPermissions;
import dev.estsdk.api.CredentialLists;
import dev.estsdk.api.EstApi;
import dev.estsdk.api.PhoneNumbers;
import dev.estsdk.api.Projects;
import dev.estsdk.api.SipEndpoints;
import dev.estsdk.api.SipTrunks;
import dev.estsdk.api.Sleeper;
import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.FieldViolation;
import dev.estsdk.api.model.FieldRules;
import dev.estsdk.client.internal.ClientConfig;
import dev.estsdk.client.internal.ClientRuntime;
import dev.estsdk.client.internal.resources.AsyncResources;
import dev.estsdk.client.internal.resources.SyncResources;
import dev.estsdk.core.CallListener;
import dev.estsdk.core.EstResponse;
import dev.estsdk.core.RetryPolicy;
import dev.estsdk.core.internal.ClientSettingsRules;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The client for the Sinch Elastic SIP Trunking API: every resource of one project, over HTTPS,
 * with authentication, retries, deadlines and typed errors.
 *
 * <pre>{@code
 * try (EstClient est = EstClient.builder()
 *         .projectId("my-project")
 *         .credentials(EstCredentials.oauth(keyId, keySecret))
 *         .build()) {
 *     SipTrunk trunk = est.sipTrunks().create(t -> t.name("Acme").hostName("acme"));
 * }
 * }</pre>
 *
 * <p>Every operation is also asynchronous: {@link #async()} returns the same resources with
 * {@link java.util.concurrent.CompletableFuture}s, on the same pipeline (retries, deadlines,
 * errors, listener, secrecy). {@link #withResponse(Function)} returns a call's value with its
 * status, headers and request id.
 *
 * <p>Instances are immutable and thread-safe; share one per project and close it when done
 * (closing fails the calls in flight at once and stops the threads it started; calls after
 * {@link #close()} fail with {@link IllegalStateException}).
 *
 * <table>
 *   <caption>Builder settings and defaults</caption>
 *   <tr><th>setting</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>projectId</td><td>required</td><td>the project every call is scoped to</td></tr>
 *   <tr><td>credentials</td><td>required</td><td>{@link EstCredentials#oauth} (token cached and
 *       refreshed ahead of expiry) or {@link EstCredentials#basic}</td></tr>
 *   <tr><td>baseUrl</td><td>{@value #DEFAULT_BASE_URL}</td><td>https only; http is accepted for
 *       loopback hosts (tests, the simulator)</td></tr>
 *   <tr><td>authUrl</td><td>{@value #DEFAULT_AUTH_URL}</td><td>the OAuth2 token endpoint</td></tr>
 *   <tr><td>connectTimeout</td><td>10 s</td><td>opening a connection</td></tr>
 *   <tr><td>readTimeout</td><td>30 s</td><td>one attempt, until its whole body is read</td></tr>
 *   <tr><td>callTimeout</td><td>60 s</td><td>the whole call: every attempt and every wait
 *       between them</td></tr>
 *   <tr><td>retryPolicy</td><td>{@link RetryPolicy#defaults()}</td><td>3 attempts, full-jitter
 *       backoff, {@code Retry-After} up to 60 s</td></tr>
 *   <tr><td>userAgentSuffix</td><td>none</td><td>appended to
 *       {@code est-sdk-java/<version> Java/<version>}</td></tr>
 *   <tr><td>proxy</td><td>none (direct)</td><td>a {@link ProxySelector} for corporate
 *       networks</td></tr>
 *   <tr><td>httpClient</td><td>built by the client</td><td>a JDK client to use instead; it must
 *       not follow redirects and must have a connect timeout</td></tr>
 *   <tr><td>callListener</td><td>none</td><td>sees every call and attempt ({@link CallListener}),
 *       for metrics and tracing</td></tr>
 *   <tr><td>compression</td><td>off</td><td>asks for gzip-compressed responses and inflates
 *       them</td></tr>
 *   <tr><td>clock, sleeper</td><td>system</td><td>time seams for tests</td></tr>
 * </table>
 */
public final class EstClient implements EstApi, AutoCloseable {

    /** The production API. */
    public static final String DEFAULT_BASE_URL = "https://elastic-trunking.api.sinch.com";
    /** The production OAuth2 token endpoint. */
    public static final String DEFAULT_AUTH_URL = "https://auth.sinch.com/oauth2/token";

    private final ClientConfig config;
    private final ClientRuntime runtime;
    private final AsyncResources asyncResources;
    private final SyncResources resources;
    private final EstAsyncClient async;

    private EstClient(ClientConfig config) {
        this.config = config;
        this.runtime = ClientRuntime.create(config);
        this.asyncResources = new AsyncResources(config.projectId(), runtime.apis(), runtime.pipeline());
        this.resources = new SyncResources(asyncResources);
        this.async = new EstAsyncClient(asyncResources);
    }

    /**
     * Starts a builder with the defaults of the table above.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The version of this SDK, as sent in {@code User-Agent}.
     *
     * @return e.g. {@code 0.1.0}
     */
    public static String version() {
        return Version.VALUE;
    }

    @Override
    public String projectId() {
        return config.projectId();
    }

    /**
     * The same resources, asynchronously: every operation returns a
     * {@link java.util.concurrent.CompletableFuture} at once and no thread waits for it; listings
     * are {@link dev.estsdk.api.async.AsyncPagedIterable}s. Same client, same pipeline, same
     * {@link #close()}.
     *
     * @return the asynchronous view of this client
     */
    public EstAsyncClient async() {
        return async;
    }

    /**
     * Runs one call and returns its value with the HTTP response it came from:
     * {@code est.withResponse(api -> api.sipTrunks().get(id)).requestId()}. When the function makes
     * several calls, the response is that of the last one to complete.
     *
     * @param call makes the call on the given API
     * @param <T>  the value's type
     * @return the value, status, headers, request id and attempts
     * @throws NullPointerException  if {@code call} is null
     * @throws IllegalStateException if the function made no call
     * @throws dev.estsdk.api.exception.EstException how the call failed
     */
    public <T> EstResponse<T> withResponse(Function<? super EstApi, ? extends T> call) {
        Objects.requireNonNull(call, "call");
        AtomicReference<EstResponse<?>> last = new AtomicReference<>();
        T value = call.apply(new SyncResources(asyncResources.capturing(last::set)));
        EstResponse<?> response = last.get();
        if (response == null) {
            throw new IllegalStateException("withResponse: the function made no API call");
        }
        return response.withValue(value);
    }

    @Override
    public SipTrunks sipTrunks() {
        return resources.sipTrunks();
    }

    @Override
    public SipEndpoints sipEndpoints() {
        return resources.sipEndpoints();
    }

    @Override
    public AccessControlLists accessControlLists() {
        return resources.accessControlLists();
    }

    @Override
    public CredentialLists credentialLists() {
        return resources.credentialLists();
    }

    @Override
    public PhoneNumbers phoneNumbers() {
        return resources.phoneNumbers();
    }

    @Override
    public CountryPermissions countryPermissions() {
        return resources.countryPermissions();
    }

    @Override
    public Calls calls() {
        return resources.calls();
    }

    @Override
    public CallBlockingRules callBlockingRules() {
        return resources.callBlockingRules();
    }

    @Override
    public Projects projects() {
        return resources.projects();
    }

    /**
     * The {@code User-Agent} this client sends.
     *
     * @return e.g. {@code est-sdk-java/0.1.0 Java/17.0.15}
     */
    public String userAgent() {
        return config.userAgent();
    }

    /**
     * Releases what the client started. New calls are refused with an
     * {@link IllegalStateException}; every call in flight, synchronous or not, fails at once with
     * an {@link dev.estsdk.api.exception.EstClientException} (for a write, its outcome is unknown)
     * and sends nothing more; the retry thread and the worker threads of the JDK client it built
     * ({@code est-sdk-http-<pool>-<n>}, at most twice the processors, 2 to 8) end. On JDK 21 and
     * later that JDK client is closed too, so its selector thread and pooled connections end at once. JDK 17 cannot close a JDK client: there
     * its selector thread and idle connections remain until the JDK client is garbage-collected
     * (this client drops its reference on close) or the server closes them. A caller-supplied
     * {@link HttpClient} is left alone. Idempotent.
     */
    @Override
    public void close() {
        runtime.close();
    }

    /**
     * Describes the client without secrets.
     *
     * @return e.g. {@code EstClient[projectId=p, baseUrl=https://..., credentials=EstCredentials[OAUTH keyId=k, keySecret=***]]}
     */
    @Override
    public String toString() {
        return "EstClient[projectId=" + config.projectId() + ", baseUrl=" + config.baseUrl() + ", credentials="
                + config.credentials() + "]";
    }

    /** The SDK version, read once from the jar. */
    private static final class Version {
        static final String VALUE = load();

        private static String load() {
            Properties properties = new Properties();
            try (InputStream in = EstClient.class.getResourceAsStream("est-sdk-client.properties")) {
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
     * Builds an {@link EstClient}. Not thread-safe; {@link #build()} checks every setting and
     * names each one that breaks its rule.
     */
    public static final class Builder {
        private @Nullable String projectId;
        private @Nullable EstCredentials credentials;
        private String baseUrl = DEFAULT_BASE_URL;
        private String authUrl = DEFAULT_AUTH_URL;
        private @Nullable Duration connectTimeout;
        private Duration readTimeout = Duration.ofSeconds(30);
        private Duration callTimeout = Duration.ofSeconds(60);
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private @Nullable String userAgentSuffix;
        private @Nullable ProxySelector proxy;
        private @Nullable HttpClient httpClient;
        private CallListener callListener = CallListener.NONE;
        private boolean compression;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.system();

        private Builder() {
        }

        /**
         * The project every call is scoped to. Required.
         *
         * @param value the project id from the Sinch dashboard
         * @return this builder
         */
        public Builder projectId(String value) {
            this.projectId = value;
            return this;
        }

        /**
         * The access key. Required.
         *
         * @param value {@link EstCredentials#oauth(String, String)} or
         *              {@link EstCredentials#basic(String, String)}
         * @return this builder
         */
        public Builder credentials(EstCredentials value) {
            this.credentials = value;
            return this;
        }

        /**
         * The API base URL. Default {@value EstClient#DEFAULT_BASE_URL}. Must be https, except
         * for a loopback host; no user info, query or fragment.
         *
         * @param value the URL
         * @return this builder
         */
        public Builder baseUrl(String value) {
            this.baseUrl = value;
            return this;
        }

        /**
         * The OAuth2 token endpoint. Default {@value EstClient#DEFAULT_AUTH_URL}; same rules as
         * {@link #baseUrl(String)}.
         *
         * @param value the URL
         * @return this builder
         */
        public Builder authUrl(String value) {
            this.authUrl = value;
            return this;
        }

        /**
         * Timeout for opening a connection. Default 10 s. With a caller-supplied
         * {@link #httpClient(HttpClient)} the client's own connect timeout applies instead.
         *
         * @param value positive
         * @return this builder
         */
        public Builder connectTimeout(Duration value) {
            this.connectTimeout = value;
            return this;
        }

        /**
         * Timeout of one attempt, from sending until the whole response body is read. Default
         * 30 s; never longer than what is left of the call timeout.
         *
         * @param value positive
         * @return this builder
         */
        public Builder readTimeout(Duration value) {
            this.readTimeout = value;
            return this;
        }

        /**
         * Deadline of a whole call, every attempt and wait included. Default 60 s.
         *
         * @param value positive
         * @return this builder
         */
        public Builder callTimeout(Duration value) {
            this.callTimeout = value;
            return this;
        }

        /**
         * When and how often to retry. Default {@link RetryPolicy#defaults()}.
         *
         * @param value the policy
         * @return this builder
         */
        public Builder retryPolicy(RetryPolicy value) {
            this.retryPolicy = value;
            return this;
        }

        /**
         * Text appended to {@code User-Agent}, e.g. {@code my-tool/1.2}. Printable ASCII only.
         *
         * @param value the suffix, or null for none
         * @return this builder
         */
        public Builder userAgentSuffix(@Nullable String value) {
            this.userAgentSuffix = value;
            return this;
        }

        /**
         * The proxy to connect through. Default none. Not combinable with
         * {@link #httpClient(HttpClient)}: configure the proxy on that client instead.
         *
         * @param value the selector, e.g. {@code ProxySelector.of(new InetSocketAddress("proxy", 3128))}
         * @return this builder
         */
        public Builder proxy(ProxySelector value) {
            this.proxy = value;
            return this;
        }

        /**
         * A JDK client to send everything through, e.g. one with a corporate trust store or
         * authenticator. It must not follow redirects and must have a connect timeout, or
         * {@link #build()} refuses it. The {@code EstClient} does not close it.
         *
         * @param value the client, or null to let the {@code EstClient} build its own
         * @return this builder
         */
        public Builder httpClient(@Nullable HttpClient value) {
            this.httpClient = value;
            return this;
        }

        /**
         * Sees every call and each of its attempts, e.g. for metrics and tracing. Default
         * {@link CallListener#NONE}.
         *
         * @param value the listener
         * @return this builder
         */
        public Builder callListener(CallListener value) {
            this.callListener = value;
            return this;
        }

        /**
         * Asks for gzip-compressed responses ({@code Accept-Encoding: gzip}) and inflates them;
         * the JDK client does not. Worth it for large listings over slow links. Default off.
         *
         * @param value true to ask for compression
         * @return this builder
         */
        public Builder compression(boolean value) {
            this.compression = value;
            return this;
        }

        /**
         * The clock deadlines and token expiry are measured on. Default the system clock; tests
         * pass a virtual one.
         *
         * @param value the clock
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = value;
            return this;
        }

        /**
         * What waits between attempts. Default {@link Sleeper#system()}; tests pass a virtual
         * one that advances their clock.
         *
         * @param value the sleeper
         * @return this builder
         */
        public Builder sleeper(Sleeper value) {
            this.sleeper = value;
            return this;
        }

        /**
         * Checks every setting and builds the client. Nothing is sent yet: the first request
         * (and the first token fetch) happens with the first call.
         *
         * @return the client
         * @throws EstValidationException naming every setting that breaks its rule
         */
        public EstClient build() {
            List<FieldViolation> violations = new ArrayList<>();
            checkProjectId(violations);
            if (credentials == null) {
                violations.add(new FieldViolation("credentials", "must be set (EstCredentials.oauth(keyId, keySecret))"));
            }
            URI base = url("baseUrl", baseUrl, violations);
            URI auth = url("authUrl", authUrl, violations);
            positive("readTimeout", readTimeout, violations);
            positive("callTimeout", callTimeout, violations);
            if (connectTimeout != null) {
                positive("connectTimeout", connectTimeout, violations);
            }
            if (retryPolicy == null) {
                violations.add(new FieldViolation("retryPolicy", "must not be null"));
            }
            if (clock == null) {
                violations.add(new FieldViolation("clock", "must not be null"));
            }
            if (sleeper == null) {
                violations.add(new FieldViolation("sleeper", "must not be null"));
            }
            if (callListener == null) {
                violations.add(new FieldViolation("callListener", "must not be null (CallListener.NONE for none)"));
            }
            ClientSettingsRules.userAgentSuffix("userAgentSuffix", userAgentSuffix, violations);
            checkHttpClient(violations);
            if (!violations.isEmpty()) {
                throw new EstValidationException("EstClient", violations);
            }
            return new EstClient(new ClientConfig(projectId, credentials, base, auth,
                    connectTimeout == null ? Duration.ofSeconds(10) : connectTimeout, readTimeout, callTimeout,
                    retryPolicy, userAgent(), proxy, httpClient, callListener, compression, clock, sleeper));
        }

        private String userAgent() {
            String agent = "est-sdk-java/" + version() + " Java/" + System.getProperty("java.version");
            return userAgentSuffix == null ? agent : agent + " " + userAgentSuffix.strip();
        }

        private void checkProjectId(List<FieldViolation> violations) {
            if (projectId == null || projectId.isBlank()) {
                violations.add(new FieldViolation("projectId", "must not be blank"));
            } else {
                FieldRules.id(projectId).ifPresent(rule -> violations.add(new FieldViolation("projectId", rule)));
            }
        }

        private void checkHttpClient(List<FieldViolation> violations) {
            if (httpClient == null) {
                return;
            }
            String unsuitable = ClientRuntime.unsuitableHttpClient(httpClient);
            if (unsuitable != null) {
                violations.add(new FieldViolation("httpClient", unsuitable));
            }
            if (proxy != null) {
                violations.add(new FieldViolation("proxy",
                        "cannot be combined with httpClient: configure the proxy on that HttpClient"));
            }
            if (connectTimeout != null && httpClient.connectTimeout().isPresent()
                    && !connectTimeout.equals(httpClient.connectTimeout().get())) {
                violations.add(new FieldViolation("connectTimeout",
                        "must match the connect timeout of the supplied httpClient or be left unset"));
            }
        }

        private static void positive(String field, Duration value, List<FieldViolation> violations) {
            ClientSettingsRules.positive(field, value, violations);
        }

        private static URI url(String field, String value, List<FieldViolation> violations) {
            return ClientSettingsRules.baseUrl(field, value, violations);
        }
    }
}
