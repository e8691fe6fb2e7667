package dev.estsdk.client.internal;

import dev.estsdk.api.Sleeper;
import dev.estsdk.core.CallListener;
import dev.estsdk.client.EstCredentials;
import dev.estsdk.core.RetryPolicy;

import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * The checked settings of one client, as {@code EstClient.Builder} hands them to the call path.
 *
 * @param projectId      the project every path is scoped to
 * @param credentials    the access key and how it is presented
 * @param baseUrl        the API base URL, without trailing slash
 * @param authUrl        the OAuth2 token endpoint
 * @param connectTimeout the connect timeout
 * @param readTimeout    the per-attempt timeout
 * @param callTimeout    the deadline of a whole call, waits included
 * @param retryPolicy    when to retry
 * @param userAgent      the complete {@code User-Agent} value
 * @param proxy          the proxy selector, or null for none
 * @param httpClient     a caller-supplied JDK client, or null to build one
 * @param listener       sees every call
 * @param compression    whether to ask for gzip-compressed responses
 * @param clock          the clock deadlines and token expiry are measured on
 * @param sleeper        what waits between attempts
 */
public record ClientConfig(String projectId, EstCredentials credentials, URI baseUrl, URI authUrl,
                           Duration connectTimeout, Duration readTimeout, Duration callTimeout,
                           RetryPolicy retryPolicy, String userAgent, ProxySelector proxy, HttpClient httpClient,
                           CallListener listener, boolean compression, Clock clock, Sleeper sleeper) {

    /** Checks that the required parts are present. */
    public ClientConfig {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(authUrl, "authUrl");
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
     * Hides the credentials' secret (they print as {@code ***}) and lists the rest.
     *
     * @return a description without secrets
     */
    @Override
    public String toString() {
        return "ClientConfig[projectId=" + projectId + ", credentials=" + credentials + ", baseUrl=" + baseUrl
                + ", authUrl=" + authUrl + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout
                + ", callTimeout=" + callTimeout + ", " + retryPolicy + ", userAgent=" + userAgent + "]";
    }
}
