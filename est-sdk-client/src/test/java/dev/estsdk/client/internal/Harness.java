package dev.estsdk.client.internal;

import dev.estsdk.api.model.CredentialList;
import dev.estsdk.api.model.SipTrunk;
import dev.estsdk.core.AttemptEvent;
import dev.estsdk.client.EstClient;
import dev.estsdk.client.Attempts;
import dev.estsdk.client.EstCredentials;
import dev.estsdk.core.RetryPolicy;
import dev.estsdk.core.internal.Operation;
import dev.estsdk.core.internal.Pipeline;
import dev.estsdk.client.TestTime;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

/**
 * A public {@link EstClient} against a loopback server, on test time, recording its attempt
 * events; plus a {@link ClientRuntime} with the same settings for {@link TestApi}, which reaches
 * corners no resource does (a caller-chosen header value).
 */
final class Harness implements AutoCloseable {

    static final Operation UPDATE = new Operation("UpdateSipTrunk", "PUT", "/v1/projects/{projectId}/trunks/{sipTrunkId}");

    final TestTime time = new TestTime();
    final List<AttemptEvent> events = new CopyOnWriteArrayList<>();
    final EstClient est;
    private final ClientRuntime runtime;
    private final TestApi api;

    Harness(String baseUrl, UnaryOperator<Config> customize) {
        Config config = customize.apply(new Config());
        est = EstClient.builder().projectId("p1").credentials(config.credentials).baseUrl(baseUrl)
                .authUrl(baseUrl + "/oauth2/token").connectTimeout(config.connectTimeout)
                .readTimeout(config.readTimeout).callTimeout(config.callTimeout).retryPolicy(config.retryPolicy)
                .httpClient(config.httpClient).callListener(Attempts.into(events::add)).clock(time).sleeper(time).build();
        runtime = ClientRuntime.create(new ClientConfig("p1", config.credentials, URI.create(baseUrl),
                URI.create(baseUrl + "/oauth2/token"), config.connectTimeout, config.readTimeout, config.callTimeout,
                config.retryPolicy, est.userAgent(), null, config.httpClient, Attempts.into(events::add), false, time,
                time));
        api = runtime.apis().target(TestApi.class);
    }

    /** Mutable test settings. */
    static final class Config {
        EstCredentials credentials = EstCredentials.basic("key", "secret-0123456789");
        // Generous: on a loaded machine a loopback TLS handshake can take seconds, and a connect
        // timeout would be retried, which is not what the tests that use this harness look at.
        Duration connectTimeout = Duration.ofSeconds(10);
        Duration readTimeout = Duration.ofSeconds(5);
        Duration callTimeout = Duration.ofSeconds(60);
        RetryPolicy retryPolicy = RetryPolicy.defaults();
        java.net.http.HttpClient httpClient;

        /** Sends through the given JDK client (its connect timeout becomes the client's). */
        Config httpClient(java.net.http.HttpClient client) {
            httpClient = client;
            connectTimeout = client.connectTimeout().orElseThrow();
            return this;
        }

        Config oauth() {
            credentials = EstCredentials.oauth("key", "secret-0123456789");
            return this;
        }

        Config attempts(int n) {
            retryPolicy = retryPolicy.toBuilder().maxAttempts(n).build();
            return this;
        }

        Config readTimeout(Duration d) {
            readTimeout = d;
            return this;
        }

        Config callTimeout(Duration d) {
            callTimeout = d;
            return this;
        }

        Config policy(RetryPolicy p) {
            retryPolicy = p;
            return this;
        }
    }

    /** Stubs {@code method path} to answer {@code first} once, then {@code then} every time. */
    static void sequence(String method, String path, ResponseDefinitionBuilder first, ResponseDefinitionBuilder then) {
        WireMock.stubFor(WireMock.request(method, WireMock.urlPathEqualTo(path)).inScenario(method + " " + path)
                .whenScenarioStateIs(Scenario.STARTED).willReturn(first).willSetStateTo("answered once"));
        WireMock.stubFor(WireMock.request(method, WireMock.urlPathEqualTo(path)).inScenario(method + " " + path)
                .whenScenarioStateIs("answered once").willReturn(then));
    }

    /** {@code GET /v1/projects/p1/trunks/{id}}. */
    SipTrunk get(String id) {
        return est.sipTrunks().get(id);
    }

    /** {@code POST /v1/projects/p1/trunks}. */
    SipTrunk create() {
        return est.sipTrunks().create(t -> t.name("Acme").hostName("acme"));
    }

    /** {@code POST /v1/projects/p1/credentialLists} with one user and its password. */
    CredentialList createCredentials(String password) {
        return est.credentialLists().create(r -> r.name("users").credential("u1", password));
    }

    /** {@code PUT /v1/projects/p1/trunks/{id}} with {@code X-Note: note}, through {@link TestApi}. */
    void update(String id, String note) {
        Pipeline.await(runtime.pipeline().call(UPDATE, o -> api.update("p1", id, note, o)));
    }

    @Override
    public void close() {
        est.close();
        runtime.close();
    }
}
