package dev.estsdk.client.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.estsdk.client.EstCredentials;
import feign.Request;
import feign.http2client.Http2Client;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Everything one {@code EstClient} runs on, wired from its {@link ClientConfig}: the JDK client,
 * the body watchdog, authentication, the Feign factory and the call executor. Thread-safe;
 * {@link #close()} refuses further calls and stops the threads the runtime started.
 */
public final class ClientRuntime implements AutoCloseable {

    private final ApiFactory apis;
    private final CallExecutor calls;
    private final ScheduledThreadPoolExecutor watchdog;
    private final ExecutorService httpExecutor;

    private ClientRuntime(ApiFactory apis, CallExecutor calls, ScheduledThreadPoolExecutor watchdog,
                          ExecutorService httpExecutor) {
        this.apis = apis;
        this.calls = calls;
        this.watchdog = watchdog;
        this.httpExecutor = httpExecutor;
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
        ObjectMapper mapper = EstJson.create();
        Authorizer authorizer = config.credentials().scheme() == EstCredentials.Scheme.OAUTH
                ? new TokenCache(new TokenEndpoint(http, config.authUrl(), config.credentials(), config.userAgent(),
                        mapper, config.clock()), config.clock(), config.credentials().keySecret())
                : new BasicAuthorizer(config.credentials());
        // Every response body arms a guard and cancels it once the body has arrived; removing
        // cancelled guards at once keeps them from piling up in the queue for the whole attempt budget.
        ScheduledThreadPoolExecutor watchdog = new ScheduledThreadPoolExecutor(1, r -> {
            Thread thread = new Thread(r, "est-sdk-body-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        watchdog.setRemoveOnCancelPolicy(true);
        Request.Options defaults = new Request.Options(connectTimeout.toMillis(), TimeUnit.MILLISECONDS,
                config.readTimeout().toMillis(), TimeUnit.MILLISECONDS, false);
        FeignApiFactory apis = new FeignApiFactory(config.baseUrl().toString(),
                new BufferingClient(new Http2Client(new WholeBodyHttpClient(http, watchdog))), mapper,
                new EstErrorDecoder(mapper, config.clock(), authorizer::secrets),
                new EstHeaders(config.userAgent(), authorizer, config.readTimeout()), defaults);
        return new ClientRuntime(apis, new CallExecutor(config, connectTimeout, authorizer), watchdog, httpExecutor);
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

    /** @return the Feign proxy factory */
    public ApiFactory apis() {
        return apis;
    }

    /** @return the call runner */
    public CallRunner calls() {
        return calls;
    }

    /** @return how many body guards the watchdog still holds, running or waiting */
    int pendingBodyGuards() {
        return watchdog.getQueue().size();
    }

    /**
     * Refuses new calls, stops the body watchdog and, for a JDK client the runtime built itself,
     * shuts down that client's executor. A caller-supplied {@link HttpClient} is left alone.
     * Idempotent.
     */
    @Override
    public void close() {
        calls.close();
        watchdog.shutdownNow();
        if (httpExecutor != null) {
            httpExecutor.shutdown();
        }
    }
}
