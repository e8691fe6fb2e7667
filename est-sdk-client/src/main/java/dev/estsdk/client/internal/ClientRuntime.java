package dev.estsdk.client.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.estsdk.api.exception.EstServiceException;
import dev.estsdk.client.EstCredentials;
import dev.estsdk.core.internal.Authorizer;
import dev.estsdk.core.internal.JdkHttp;
import dev.estsdk.core.internal.JdkTransport;
import dev.estsdk.core.internal.Pipeline;
import feign.Request;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Everything one {@code EstClient} runs on, wired from its {@link ClientConfig}: the JDK client and
 * the transport over it, Sinch's authentication (OAuth2 token cache or HTTP Basic), the Feign
 * proxies with Sinch's error body, and the carrier-neutral {@link Pipeline}. Thread-safe.
 */
public final class ClientRuntime implements AutoCloseable {

    /** The service name in call events and thread names. */
    public static final String SERVICE = "sinch-est";

    private final ApiFactory apis;
    private final Pipeline pipeline;
    private final ExecutorService httpExecutor;
    private volatile HttpClient ownHttpClient;

    private ClientRuntime(ApiFactory apis, Pipeline pipeline, ExecutorService httpExecutor, HttpClient ownHttpClient) {
        this.apis = apis;
        this.pipeline = pipeline;
        this.httpExecutor = httpExecutor;
        this.ownHttpClient = ownHttpClient;
    }

    /**
     * Wires a runtime. A caller-supplied {@link HttpClient} must already have been checked with
     * {@link #unsuitableHttpClient(HttpClient)}.
     *
     * @param config the checked settings
     * @return the runtime
     */
    public static ClientRuntime create(ClientConfig config) {
        ExecutorService httpExecutor = config.httpClient() != null ? null : JdkHttp.newExecutor();
        HttpClient http = config.httpClient() != null ? config.httpClient()
                : JdkHttp.create(config.connectTimeout(), config.proxy(), httpExecutor);
        Duration connectTimeout = http.connectTimeout().orElse(config.connectTimeout());
        JdkTransport transport = new JdkTransport(http, config.compression());
        ObjectMapper mapper = EstJson.create();
        Authorizer authorizer = config.credentials().scheme() == EstCredentials.Scheme.OAUTH
                ? new TokenCache(new TokenEndpoint(transport, config.authUrl(), config.credentials(), config.userAgent(),
                        connectTimeout, mapper, config.clock()), config.clock(), config.credentials().keySecret())
                : new BasicAuthorizer(config.credentials());
        Request.Options defaults = new Request.Options(connectTimeout.toMillis(), TimeUnit.MILLISECONDS,
                config.readTimeout().toMillis(), TimeUnit.MILLISECONDS, false);
        FeignApiFactory apis = new FeignApiFactory(config.baseUrl().toString(), transport, mapper,
                new EstErrorDecoder(mapper, config.clock(), authorizer::secrets),
                new EstHeaders(config.userAgent()), defaults);
        Pipeline pipeline = new Pipeline(new Pipeline.Settings(SERVICE, connectTimeout, config.readTimeout(),
                config.callTimeout(), config.retryPolicy(), config.clock(), config.sleeper(), config.listener(),
                EstServiceException::forStatus, "dev.estsdk.client", "EstClient"), authorizer, transport);
        return new ClientRuntime(apis, pipeline, httpExecutor, config.httpClient() == null ? http : null);
    }

    /**
     * Why a caller-supplied JDK client cannot be used, or null when it can.
     *
     * @param client the client
     * @return the rule it breaks, or null
     */
    public static String unsuitableHttpClient(HttpClient client) {
        return JdkHttp.unsuitable(client);
    }

    /**
     * The Feign proxy factory.
     *
     * @return the Feign proxy factory
     */
    public ApiFactory apis() {
        return apis;
    }

    /**
     * The call pipeline.
     *
     * @return the call pipeline
     */
    public Pipeline pipeline() {
        return pipeline;
    }

    /**
     * Fails every call in flight, refuses new ones, stops the retry thread and, for a JDK client
     * the runtime built itself, its worker threads; on JDK 21 and later that client is closed too
     * (its connections and selector thread end at once). On JDK 17 the runtime drops its reference
     * to that client, so its selector thread and idle connections end once it is collected. A
     * caller-supplied {@link HttpClient} is left alone. Idempotent.
     */
    @Override
    public void close() {
        pipeline.close();
        HttpClient own = ownHttpClient;
        ownHttpClient = null;
        if (own != null) {
            JdkHttp.shutdownNow(own);
        }
        if (httpExecutor != null) {
            httpExecutor.shutdownNow();
        }
    }
}
