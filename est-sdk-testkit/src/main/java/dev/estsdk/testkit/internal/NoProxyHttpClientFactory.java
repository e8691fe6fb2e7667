package dev.estsdk.testkit.internal;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.client.HttpClient;
import com.github.tomakehurst.wiremock.http.client.HttpClientFactory;
import java.io.IOException;
import java.util.List;

/**
 * Replaces WireMock's proxying HTTP client, which the simulator never uses: building the default
 * one (Apache HttpClient with TLS trust stores) is the largest single cost of start-up. A stub
 * that asks WireMock to proxy fails with an I/O error instead.
 */
public final class NoProxyHttpClientFactory implements HttpClientFactory {

    @Override
    public HttpClient buildHttpClient(Options options, boolean trustAllCertificates, List<String> trustedHosts,
            boolean useSystemProperties) {
        return request -> {
            throw new IOException("the EST simulator does not proxy requests (" + request.getAbsoluteUrl() + ")");
        };
    }
}
