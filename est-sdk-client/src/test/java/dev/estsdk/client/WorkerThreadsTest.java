package dev.estsdk.client;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.estsdk.api.model.SipTrunk;
import dev.estsdk.core.internal.JdkHttp;
import dev.estsdk.core.testing.Conditions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The client's JDK HTTP client runs on a bounded pool of named daemon threads that the client
 * owns: an asynchronous burst does not grow it, and close() ends it.
 */
class WorkerThreadsTest {

    private static final int CALLS = 1_000;

    /** HTTP/1.1 only, with room for every connection of the burst (HTTP/2 would cap the streams). */
    @RegisterExtension
    static final WireMockExtension SERVER = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").http2PlainDisabled(true)
                    .jettyAcceptQueueSize(CALLS * 2).containerThreads(40))
            .build();

    @Test
    @DisplayName("1,000 concurrent async calls run on at most WORKER_THREADS client threads, which end on close")
    void thousandConcurrentAsyncCalls_runOnTheBoundedPoolThatCloseEnds() throws Exception {
        SERVER.stubFor(get("/v1/projects/p1/trunks/t1").willReturn(okJson("{\"id\":\"t1\"}").withFixedDelay(20)));
        Set<Thread> before = Set.copyOf(Thread.getAllStackTraces().keySet());
        long peak;
        try (EstClient est = EstClient.builder().projectId("p1")
                .credentials(EstCredentials.basic("key", "secret-0123456789")).baseUrl(SERVER.baseUrl()).build()) {
            List<CompletableFuture<SipTrunk>> calls = new ArrayList<>();
            for (int i = 0; i < CALLS; i++) {
                calls.add(est.async().sipTrunks().get("t1"));
            }
            CompletableFuture<Void> all = CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new));
            peak = workersStartedSince(before);
            while (!all.isDone()) {
                all.handle((ok, failure) -> (Void) null).completeOnTimeout(null, 20, TimeUnit.MILLISECONDS).join();
                peak = Math.max(peak, workersStartedSince(before));
            }
            all.get(60, TimeUnit.SECONDS);

            assertThat(calls).allSatisfy(c -> assertThat(c.join().id()).isEqualTo("t1"));
        }
        assertThat(peak).as("worker threads of this client during the burst")
                .isPositive().isLessThanOrEqualTo(JdkHttp.WORKER_THREADS);
        Conditions.await(() -> workersStartedSince(before) == 0, "the client's worker threads ended on close");
    }

    private static long workersStartedSince(Set<Thread> before) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && !before.contains(t) && t.getName().startsWith(JdkHttp.WORKER_PREFIX))
                .count();
    }
}
