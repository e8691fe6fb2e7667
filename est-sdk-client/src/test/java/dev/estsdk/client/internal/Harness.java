package dev.estsdk.client.internal;

import dev.estsdk.client.AttemptEvent;
import dev.estsdk.client.EstCredentials;
import dev.estsdk.client.RetryPolicy;
import dev.estsdk.client.TestTime;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

/** Runs calls of {@link TestApi} through a real {@link ClientRuntime} against a loopback server. */
final class Harness implements AutoCloseable {

    static final Operation GET = new Operation("GetSipTrunkById", "GET", "/v1/projects/{projectId}/trunks/{sipTrunkId}");
    static final Operation CREATE = new Operation("CreateSipTrunk", "POST", "/v1/projects/{projectId}/trunks");
    static final Operation UPDATE = new Operation("UpdateSipTrunk", "PUT", "/v1/projects/{projectId}/trunks/{sipTrunkId}");
    static final Operation DELETE = new Operation("DeleteSipTrunk", "DELETE", "/v1/projects/{projectId}/trunks/{sipTrunkId}");

    final TestTime time = new TestTime();
    final List<AttemptEvent> events = new CopyOnWriteArrayList<>();
    final ClientRuntime runtime;
    final TestApi api;

    Harness(String baseUrl, UnaryOperator<Config> customize) {
        Config config = customize.apply(new Config(baseUrl));
        runtime = ClientRuntime.create(new ClientConfig("p1", config.credentials, URI.create(baseUrl),
                URI.create(baseUrl + "/oauth2/token"), config.connectTimeout, config.readTimeout, config.callTimeout,
                config.retryPolicy, "est-sdk-java/test Java/17", null, null, events::add, time, time));
        api = runtime.apis().target(TestApi.class);
    }

    /** Mutable test settings. */
    static final class Config {
        EstCredentials credentials = EstCredentials.basic("key", "secret-0123456789");
        Duration connectTimeout = Duration.ofSeconds(2);
        Duration readTimeout = Duration.ofSeconds(5);
        Duration callTimeout = Duration.ofSeconds(60);
        RetryPolicy retryPolicy = RetryPolicy.defaults();
        final String baseUrl;

        Config(String baseUrl) {
            this.baseUrl = baseUrl;
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

    Map<String, Object> get(String id) {
        return runtime.calls().execute(GET, o -> api.get("p1", id, o));
    }

    Map<String, Object> create(Map<String, Object> body) {
        return runtime.calls().execute(CREATE, o -> api.create("p1", body, o));
    }

    Map<String, Object> update(String id, String note) {
        return runtime.calls().execute(UPDATE, o -> api.update("p1", id, note, o));
    }

    void delete(String id) {
        runtime.calls().execute(DELETE, o -> {
            api.delete("p1", id, o);
            return null;
        });
    }

    @Override
    public void close() {
        runtime.close();
    }
}
