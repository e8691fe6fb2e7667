package dev.estsdk.twilio.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.estsdk.api.Sleeper;
import dev.estsdk.api.exception.EstServiceException;
import dev.estsdk.api.model.Secret;
import dev.estsdk.core.CallListener;
import dev.estsdk.core.RetryPolicy;
import dev.estsdk.core.internal.HttpBasicAuthorizer;
import dev.estsdk.core.internal.JdkHttp;
import dev.estsdk.core.internal.JdkTransport;
import dev.estsdk.core.internal.Pipeline;
import feign.AsyncFeign;
import feign.Request;
import feign.Retryer;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Everything one {@code TwilioClient} runs on: the JDK client and the transport over it, HTTP
 * Basic with the Account SID and Auth Token (or an API key), the two Feign proxies (Trunking v1
 * and the 2010 API, each on its own base URL) with Twilio's form encoder, JSON decoder and error
 * body, and the carrier-neutral {@link Pipeline}. Thread-safe.
 */
public final class TwilioRuntime implements AutoCloseable {

    /** The service name in call events and thread names. */
    public static final String SERVICE = "twilio-trunking";

    private final String accountSid;
    private final TrunkingHttp trunking;
    private final AccountHttp account;
    private final Pipeline pipeline;
    private final ExecutorService httpExecutor;
    private volatile HttpClient ownHttpClient;

    /**
     * The checked settings of one client.
     *
     * @param accountSid     the account every call acts on ({@code AC…})
     * @param username       the Basic user name: the Account SID or an API key SID
     * @param password       the Auth Token or API key secret
     * @param trunkingUrl    Trunking v1's base URL, without trailing slash
     * @param apiUrl         the 2010 API's base URL, without trailing slash
     * @param connectTimeout the connect timeout
     * @param readTimeout    the per-attempt timeout
     * @param callTimeout    the deadline of a whole call, waits included
     * @param retryPolicy    when to retry
     * @param userAgent      the complete {@code User-Agent} value
     * @param listener       sees every call
     * @param compression    whether to ask for gzip-compressed responses
     * @param clock          what deadlines are measured on
     * @param sleeper        what waits between attempts
     */
    public record Config(String accountSid, String username, Secret password, URI trunkingUrl, URI apiUrl,
                         Duration connectTimeout, Duration readTimeout, Duration callTimeout, RetryPolicy retryPolicy,
                         String userAgent, CallListener listener, boolean compression, Clock clock, Sleeper sleeper) {

        /**
         * Checks that every part is present.
         *
         * @param accountSid see the record
         * @param username see the record
         * @param password see the record
         * @param trunkingUrl see the record
         * @param apiUrl see the record
         * @param connectTimeout see the record
         * @param readTimeout see the record
         * @param callTimeout see the record
         * @param retryPolicy see the record
         * @param userAgent see the record
         * @param listener see the record
         * @param compression see the record
         * @param clock see the record
         * @param sleeper see the record
         */
        public Config {
            Objects.requireNonNull(accountSid, "accountSid");
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(password, "password");
            Objects.requireNonNull(trunkingUrl, "trunkingUrl");
            Objects.requireNonNull(apiUrl, "apiUrl");
            Objects.requireNonNull(connectTimeout, "connectTimeout");
            Objects.requireNonNull(readTimeout, "readTimeout");
            Objects.requireNonNull(callTimeout, "callTimeout");
            Objects.requireNonNull(retryPolicy, "retryPolicy");
            Objects.requireNonNull(userAgent, "userAgent");
            Objects.requireNonNull(listener, "listener");
            Objects.requireNonNull(clock, "clock");
            Objects.requireNonNull(sleeper, "sleeper");
        }

        /**
         * Returns the settings without the password.
         *
         * @return the settings without the password
         */
        @Override
        public String toString() {
            return "Config[accountSid=" + accountSid + ", username=" + username + ", password=***, trunkingUrl="
                    + trunkingUrl + ", apiUrl=" + apiUrl + "]";
        }
    }

    private TwilioRuntime(String accountSid, TrunkingHttp trunking, AccountHttp account, Pipeline pipeline,
                          ExecutorService httpExecutor, HttpClient ownHttpClient) {
        this.accountSid = accountSid;
        this.trunking = trunking;
        this.account = account;
        this.pipeline = pipeline;
        this.httpExecutor = httpExecutor;
        this.ownHttpClient = ownHttpClient;
    }

    /**
     * Wires a runtime.
     *
     * @param config the checked settings
     * @return the runtime
     */
    public static TwilioRuntime create(Config config) {
        ExecutorService httpExecutor = JdkHttp.newExecutor();
        HttpClient http = JdkHttp.create(config.connectTimeout(), null, httpExecutor);
        JdkTransport transport = new JdkTransport(http, config.compression());
        ObjectMapper mapper = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        HttpBasicAuthorizer authorizer = new HttpBasicAuthorizer(config.username(), config.password());
        Request.Options defaults = new Request.Options(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS,
                config.readTimeout().toMillis(), TimeUnit.MILLISECONDS, false);
        TwilioErrorDecoder errors = new TwilioErrorDecoder(mapper, config.clock(), authorizer::secrets);
        TwilioHeaders headers = new TwilioHeaders(config.userAgent());
        TrunkingHttp trunking = proxy(TrunkingHttp.class, config.trunkingUrl(), transport, mapper, errors, headers,
                defaults);
        AccountHttp account = proxy(AccountHttp.class, config.apiUrl(), transport, mapper, errors, headers, defaults);
        Pipeline pipeline = new Pipeline(new Pipeline.Settings(SERVICE, config.connectTimeout(), config.readTimeout(),
                config.callTimeout(), config.retryPolicy(), config.clock(), config.sleeper(), config.listener(),
                EstServiceException::forStatus, "dev.estsdk.twilio", "TwilioClient"), authorizer, transport);
        return new TwilioRuntime(config.accountSid(), trunking, account, pipeline, httpExecutor, http);
    }

    /** Every proxy sends through the one transport, and none retries on its own. */
    private static <A> A proxy(Class<A> type, URI baseUrl, JdkTransport transport, ObjectMapper mapper,
                               TwilioErrorDecoder errors, TwilioHeaders headers, Request.Options defaults) {
        return AsyncFeign.<Object>builder()
                .client(transport)
                .encoder(new TwilioEncoder())
                .decoder(new TwilioDecoder(mapper))
                .errorDecoder(errors)
                .retryer(Retryer.NEVER_RETRY)
                .options(defaults)
                .requestInterceptor(headers)
                .target(type, baseUrl.toString());
    }

    /**
     * Returns the account every call acts on.
     *
     * @return the account every call acts on
     */
    public String accountSid() {
        return accountSid;
    }

    TrunkingHttp trunking() {
        return trunking;
    }

    AccountHttp account() {
        return account;
    }

    /**
     * Returns the call pipeline.
     *
     * @return the call pipeline
     */
    public Pipeline pipeline() {
        return pipeline;
    }

    /**
     * Fails every call in flight, refuses new ones, stops the retry thread and the JDK client's
     * worker threads; on JDK 21 and later that client is closed too. Idempotent.
     */
    @Override
    public void close() {
        pipeline.close();
        HttpClient own = ownHttpClient;
        ownHttpClient = null;
        if (own != null) {
            JdkHttp.shutdownNow(own);
        }
        httpExecutor.shutdownNow();
    }
}
