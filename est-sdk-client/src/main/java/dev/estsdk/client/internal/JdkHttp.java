package dev.estsdk.client.internal;

import java.net.http.HttpClient;
import java.time.Duration;

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
final class JdkHttp {

    /** The JDK property that switches off the transport's own connect retry. */
    static final String DISABLE_RETRY_CONNECT = "jdk.httpclient.disableRetryConnect";

    static {
        if (System.getProperty(DISABLE_RETRY_CONNECT) == null) {
            System.setProperty(DISABLE_RETRY_CONNECT, "true");
        }
    }

    private JdkHttp() {
    }

    /**
     * Builds a client: one connection pool, redirects never followed, HTTP/2 preferred (ALPN over
     * TLS, upgrade in clear text) with HTTP/1.1 as the fallback the JDK negotiates.
     */
    static HttpClient create(Duration connectTimeout, java.net.ProxySelector proxy) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_2);
        if (proxy != null) {
            builder.proxy(proxy);
        }
        return builder.build();
    }

    /**
     * Why a caller-supplied client cannot be used, or null when it can: it must not follow
     * redirects (they would leave the API host with the credentials) and must have a connect
     * timeout (Feign would otherwise build a second, unconfigured client behind it).
     */
    static String unsuitable(HttpClient client) {
        if (client.followRedirects() != HttpClient.Redirect.NEVER) {
            return "must not follow redirects (build it with followRedirects(HttpClient.Redirect.NEVER), was "
                    + client.followRedirects() + ")";
        }
        if (client.connectTimeout().isEmpty()) {
            return "must have a connect timeout (build it with connectTimeout(...))";
        }
        return null;
    }
}
