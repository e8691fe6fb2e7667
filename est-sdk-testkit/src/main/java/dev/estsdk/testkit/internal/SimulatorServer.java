package dev.estsdk.testkit.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.estsdk.testkit.internal.http.ApiRequest;
import java.net.BindException;
import java.util.function.Function;

/**
 * The WireMock server any simulator runs on: bound to {@code 127.0.0.1}, only what a simulator
 * needs (no templating, HTTP/2, gzip or proxy client, so start-up stays fast), and one catch-all
 * stub that hands every request to the simulator's request function. WireMock's admin API and
 * request journal stay available.
 */
public final class SimulatorServer {

    private static final int CATCH_ALL_PRIORITY = 100;

    private final WireMockServer server;
    private final String name;

    /**
     * @param name the simulator's name, for start-up errors (e.g. {@code Twilio simulator})
     * @param port the port, 0 for any free one
     * @param pipeline answers every request
     */
    public SimulatorServer(String name, int port, Function<ApiRequest, RequestPipeline.Outcome> pipeline) {
        this.name = name;
        WireMockConfiguration config = options().bindAddress("127.0.0.1").extensions(new SimulatorTransformer(pipeline, null))
                .httpClientFactory(new NoProxyHttpClientFactory()).templatingEnabled(false)
                .http2PlainDisabled(true).http2TlsDisabled(true).jettyAcceptors(1).gzipDisabled(true)
                .stubRequestLoggingDisabled(true);
        this.server = new WireMockServer(port == 0 ? config.dynamicPort() : config.port(port));
    }

    /**
     * Starts listening.
     *
     * @param requestedPort the port asked for, for the message
     * @return the bound port
     * @throws IllegalStateException when the port is in use or the server cannot start
     */
    public int start(int requestedPort) {
        try {
            server.start();
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof BindException) {
                    throw new IllegalStateException("port " + requestedPort + " on 127.0.0.1 is already in use", e);
                }
            }
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            throw new IllegalStateException("the " + name + " could not start: " + root, e);
        }
        installCatchAll();
        return server.port();
    }

    private void installCatchAll() {
        server.stubFor(any(anyUrl()).atPriority(CATCH_ALL_PRIORITY)
                .willReturn(aResponse().withTransformers(SimulatorTransformer.NAME)));
    }

    /** Empties the request journal and removes extra stubs, keeping the catch-all. */
    public void reset() {
        server.resetAll();
        installCatchAll();
    }

    /** @return the WireMock server */
    public WireMockServer wireMock() {
        return server;
    }

    /** Stops the server if it runs. */
    public void stop() {
        if (server.isRunning()) {
            server.stop();
        }
    }
}
