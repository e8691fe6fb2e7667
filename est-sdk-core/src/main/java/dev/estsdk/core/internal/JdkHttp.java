package dev.estsdk.core.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds the JDK {@link HttpClient} the client sends everything through, and checks one a caller
 * supplies.
 *
 * <p>The JDK client retries a request whose connection could not be opened, silently, unless the
 * system property {@code jdk.httpclient.disableRetryConnect} is true; the SDK's retry policy must
 * be the only retry layer, so loading this class sets that property when the application has not
 * set it. The JDK reads it once, when it sends its first request; an application that used the
 * JDK client before creating an {@code EstClient} should start the JVM with
 * {@code -Djdk.httpclient.disableRetryConnect=true}.
 *
 * <p>The JDK also re-sends a {@code GET} or {@code HEAD} once, on its own, when a reused HTTP/1.1
 * connection dies before the first byte of the response; no per-client setting switches that
 * off. The client therefore asks for HTTP/2 (ALPN over TLS, the upgrade in clear text): on an
 * HTTP/2 connection a broken stream is reported, never re-sent. Against a server that only speaks
 * HTTP/1.1 the re-send remains possible for {@code GET}; the JVM-wide
 * {@code -Djdk.httpclient.redirects.retrylimit=1} removes it (it also stops every JDK client in
 * the JVM from following redirects, so the SDK never sets it itself).
 */
public final class JdkHttp {

    /** The JDK property that stops the JDK client from retrying connects on its own. */
    public static final String DISABLE_RETRY_CONNECT = "jdk.httpclient.disableRetryConnect";

    static {
        if (System.getProperty(DISABLE_RETRY_CONNECT) == null) {
            System.setProperty(DISABLE_RETRY_CONNECT, "true");
        }
    }

    private JdkHttp() {
    }

    /**
     * Builds a client: one connection pool, redirects never followed, HTTP/2 preferred (ALPN over
     * TLS, upgrade in clear text) with HTTP/1.1 as the fallback the JDK negotiates. Its work runs
     * on {@code executor}, which the caller owns: JDK 17 has no {@code HttpClient.close()}, so
     * shutting that executor down is how the client's worker threads end.
     */
    public static HttpClient create(Duration connectTimeout, java.net.ProxySelector proxy, ExecutorService executor) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .executor(executor)
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_2);
        if (proxy != null) {
            builder.proxy(proxy);
        }
        return builder.build();
    }

    /**
     * How many worker threads one client's JDK {@link HttpClient} may use: twice the processors,
     * at least 2 and at most 8. The JDK client never blocks a worker (bodies arrive whole, the
     * selector has its own thread), so a few threads carry any number of concurrent calls.
     */
    public static final int WORKER_THREADS = Math.max(2, Math.min(8, 2 * Runtime.getRuntime().availableProcessors()));

    /** The name every worker thread of a client the SDK builds starts with. */
    public static final String WORKER_PREFIX = "est-sdk-http-";

    private static final AtomicInteger POOLS = new AtomicInteger();

    /**
     * The executor for a client this SDK builds: at most {@link #WORKER_THREADS} daemon threads
     * named {@code est-sdk-http-<pool>-<n>}, started on demand and ended after 30 s idle, with an
     * unbounded queue (the JDK client must never see a rejected task). Daemon threads, so a
     * forgotten {@code close()} never keeps the JVM alive; {@code shutdownNow()} ends them at once.
     */
    public static ExecutorService newExecutor() {
        String prefix = WORKER_PREFIX + POOLS.incrementAndGet() + "-";
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(WORKER_THREADS, WORKER_THREADS, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), task -> {
                    Thread thread = new Thread(task, prefix + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /**
     * Why a caller-supplied client cannot be used, or null when it can: it must not follow
     * redirects (they would leave the API host with the credentials) and must have a connect
     * timeout.
     */
    public static String unsuitable(HttpClient client) {
        if (client.followRedirects() != HttpClient.Redirect.NEVER) {
            return "must not follow redirects (build it with followRedirects(HttpClient.Redirect.NEVER), was "
                    + client.followRedirects() + ")";
        }
        if (client.connectTimeout().isEmpty()) {
            return "must have a connect timeout (build it with connectTimeout(...))";
        }
        return null;
    }

    /** {@code HttpClient.shutdownNow()}, which exists from JDK 21 on; null on older JDKs. */
    private static final MethodHandle SHUTDOWN_NOW = shutdownNow();

    private static MethodHandle shutdownNow() {
        try {
            return MethodHandles.publicLookup().findVirtual(HttpClient.class, "shutdownNow",
                    MethodType.methodType(void.class));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            return null;
        }
    }

    /**
     * Whether this JDK can close an {@link HttpClient} (JDK 21 and later).
     *
     * @return true when {@link #shutdownNow(HttpClient)} closes connections and threads
     */
    public static boolean canShutdown() {
        return SHUTDOWN_NOW != null;
    }

    /**
     * Closes a JDK client on JDK 21 and later: its pooled connections and its selector thread end
     * at once and its exchanges in flight fail. On JDK 17 the JDK offers no way to do this: the
     * selector thread and idle connections end when the client becomes unreachable and is
     * collected.
     *
     * @param client the client the SDK built
     */
    public static void shutdownNow(HttpClient client) {
        if (SHUTDOWN_NOW == null) {
            return;
        }
        try {
            SHUTDOWN_NOW.invoke(client);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("HttpClient.shutdownNow failed", e);
        }
    }
}
