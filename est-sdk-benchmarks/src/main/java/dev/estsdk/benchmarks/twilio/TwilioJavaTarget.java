package dev.estsdk.benchmarks.twilio;

import com.twilio.http.HttpClient;
import com.twilio.http.NetworkHttpClient;
import com.twilio.http.TwilioRestClient;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import org.apache.hc.client5.http.HttpRoute;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.core5.http.HttpHost;

/**
 * The baseline of the Twilio rows: twilio-java's {@link TwilioRestClient} with its own
 * {@link NetworkHttpClient}, configured as twilio-java's default one is (same pool sizes, socket
 * and request configuration), except for a route planner that sends every connection in clear
 * text to the loopback stub. twilio-java still builds its {@code https://*.twilio.com} URLs, signs
 * and decodes as usual; only where the socket goes differs, so nothing can leave the machine.
 */
public final class TwilioJavaTarget {

    private TwilioJavaTarget() {
    }

    /**
     * @param stubUrl the stub's base URL, e.g. {@code http://127.0.0.1:40123}
     * @return a twilio-java client whose every request reaches the stub
     * @throws IllegalArgumentException if the URL's host is not a loopback address
     */
    public static TwilioRestClient client(String stubUrl) {
        URI uri = URI.create(stubUrl);
        if (!isLoopback(uri.getHost())) {
            throw new IllegalArgumentException("stubUrl must name a loopback host, was " + uri.getHost());
        }
        HttpHost stub = new HttpHost("http", uri.getHost(), uri.getPort());
        PoolingHttpClientConnectionManager pool = new PoolingHttpClientConnectionManager();
        pool.setDefaultSocketConfig(HttpClient.DEFAULT_SOCKET_CONFIG);
        pool.setDefaultMaxPerRoute(20);
        pool.setMaxTotal(100);
        HttpClientBuilder apache = HttpClientBuilder.create()
                .useSystemProperties()
                .setConnectionManager(pool)
                .setDefaultRequestConfig(HttpClient.DEFAULT_REQUEST_CONFIG)
                .setRoutePlanner((target, context) -> new HttpRoute(stub));
        return new TwilioRestClient.Builder(TwilioPayloads.ACCOUNT_SID, TwilioPayloads.AUTH_TOKEN)
                .accountSid(TwilioPayloads.ACCOUNT_SID)
                .httpClient(new NetworkHttpClient(apache))
                .build();
    }

    private static boolean isLoopback(String host) {
        try {
            return host != null && InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
