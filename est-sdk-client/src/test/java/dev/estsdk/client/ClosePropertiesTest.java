package dev.estsdk.client;

import dev.estsdk.core.testing.Conditions;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.estsdk.api.exception.EstClientException;
import dev.estsdk.core.internal.JdkHttp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Property 26: {@code close()} while calls are in flight returns every caller within its call
 * deadline with a clear exception, sends nothing afterwards, and ends the client's threads (and on
 * JDK 21 and later its connections: the JDK client's selector thread ends with them).
 */
class ClosePropertiesTest {

    private static final String TRUNK = "/v1/projects/p1/trunks/t1";
    private static final int CALLERS = 16;

    @RegisterExtension
    static final WireMockExtension SERVER = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").containerThreads(CALLERS + 10))
            .build();

    private static EstClient client() {
        return EstClient.builder().projectId("p1").credentials(EstCredentials.basic("key", "secret-0123456789"))
                .baseUrl(SERVER.baseUrl()).readTimeout(Duration.ofSeconds(5)).callTimeout(Duration.ofSeconds(10))
                .build();
    }

    private static void slowTrunk() {
        SERVER.stubFor(get(TRUNK).willReturn(okJson("{\"id\":\"t1\"}").withFixedDelay(5_000)));
    }

    private static int received() {
        return SERVER.findAll(anyRequestedFor(anyUrl())).size();
    }

    @Test
    @DisplayName("P26: close() with 16 synchronous calls in flight returns every caller at once and sends nothing more")
    void close_withSynchronousCallsInFlight_returnsEveryCallerPromptly() throws Exception {
        slowTrunk();
        EstClient est = client();
        ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
        try {
            CountDownLatch started = new CountDownLatch(CALLERS);
            List<Future<Throwable>> outcomes = new ArrayList<>();
            for (int i = 0; i < CALLERS; i++) {
                outcomes.add(callers.submit(() -> {
                    started.countDown();
                    try {
                        est.sipTrunks().get("t1");
                        return null;
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            started.await();
            Conditions.await(() -> received() == CALLERS, "every call reached the server");

            long closing = System.nanoTime();
            est.close();
            for (Future<Throwable> outcome : outcomes) {
                Throwable failure = outcome.get(1_500, TimeUnit.MILLISECONDS);
                assertThat(failure).isInstanceOf(EstClientException.class)
                        .hasMessageContaining("EstClient was closed during the call");
            }
            assertThat(Duration.ofNanos(System.nanoTime() - closing))
                    .as("every caller returned long before the server's answer (5 s)")
                    .isLessThan(Duration.ofMillis(1_500));
        } finally {
            callers.shutdownNow();
        }
        assertThat(received()).as("no request after close()").isEqualTo(CALLERS);
    }

    @Test
    @DisplayName("P26: close() with asynchronous calls in flight fails every future at once")
    void close_withAsynchronousCallsInFlight_failsEveryFuturePromptly() throws Exception {
        slowTrunk();
        EstClient est = client();
        List<CompletableFuture<?>> calls = new ArrayList<>();
        for (int i = 0; i < CALLERS; i++) {
            calls.add(est.async().sipTrunks().get("t1"));
        }
        Conditions.await(() -> received() == CALLERS, "every call reached the server");

        est.close();

        CompletableFuture<Void> all = CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new));
        assertThat(all).failsWithin(Duration.ofMillis(1_500));
        for (CompletableFuture<?> call : calls) {
            assertThat(call).failsWithin(Duration.ZERO).withThrowableOfType(ExecutionException.class)
                    .withCauseInstanceOf(EstClientException.class)
                    .withMessageContaining("EstClient was closed during the call");
        }
        assertThat(received()).isEqualTo(CALLERS);
    }

    @Test
    @DisplayName("P26: a retry that would follow a close() is never sent")
    void close_duringTheWaitBeforeARetry_sendsNoRetry() throws Exception {
        SERVER.stubFor(get(TRUNK).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3")));
        EstClient est = client();
        CompletableFuture<?> call = est.async().sipTrunks().get("t1");
        Conditions.await(() -> received() >= 1, "the first attempt was answered");

        int sentBeforeClose = received();
        est.close();

        assertThat(call).failsWithin(Duration.ofSeconds(1));
        Thread.sleep(3_500);
        assertThat(received()).as("no retry after close()").isEqualTo(sentBeforeClose);
    }

    @Test
    @DisplayName("P26: after close() every thread the client started ends, and on JDK 21+ so does the JDK client")
    void close_afterUseBySixteenThreads_endsEveryThreadItStarted() throws Exception {
        SERVER.stubFor(get(TRUNK).willReturn(okJson("{\"id\":\"t1\"}")));
        Set<Thread> before = liveThreads();
        EstClient est = client();
        ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < CALLERS; i++) {
                done.add(callers.submit(() -> est.sipTrunks().get("t1")));
            }
            for (Future<?> f : done) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            callers.shutdownNow();
            callers.awaitTermination(10, TimeUnit.SECONDS);
        }
        Set<Thread> started = liveThreads();
        started.removeAll(before);
        assertThat(started).extracting(Thread::getName).anyMatch(name -> name.startsWith("est-sdk-"));

        est.close();

        Set<Thread> mustEnd = started.stream().filter(t -> t.getName().startsWith("est-sdk-")
                || (JdkHttp.canShutdown() && t.getName().startsWith("HttpClient-"))).collect(Collectors.toSet());
        for (Thread thread : mustEnd) {
            thread.join(10_000);
        }
        assertThat(mustEnd).as("threads still alive after close()").noneMatch(Thread::isAlive);
    }

    @Test
    @DisplayName("P26: 50 clients built, used and closed leave none of their threads behind")
    void manyClients_builtUsedAndClosed_leaveNoThreadBehind() throws Exception {
        SERVER.stubFor(get(TRUNK).willReturn(okJson("{\"id\":\"t1\"}")));
        Set<Thread> before = liveThreads();
        for (int i = 0; i < 50; i++) {
            try (EstClient est = client()) {
                est.sipTrunks().get("t1");
            }
        }
        Set<Thread> left = liveThreads();
        left.removeAll(before);
        Set<Thread> mustEnd = left.stream().filter(t -> t.getName().startsWith("est-sdk-")
                || (JdkHttp.canShutdown() && t.getName().startsWith("HttpClient-"))).collect(Collectors.toSet());
        for (Thread thread : mustEnd) {
            thread.join(10_000);
        }
        assertThat(mustEnd).as("threads of closed clients still alive").noneMatch(Thread::isAlive);
    }

    private static Set<Thread> liveThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).collect(Collectors.toSet());
    }
}
