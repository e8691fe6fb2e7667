package dev.estsdk.twilio;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.estsdk.api.exception.EstClientException;
import dev.estsdk.api.exception.EstTimeoutException;
import dev.estsdk.core.AttemptEvent;
import dev.estsdk.core.RetryPolicy;
import dev.estsdk.core.internal.JdkHttp;
import dev.estsdk.core.testing.Conditions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

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

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.estsdk.twilio.TwilioHarness.AL;
import static dev.estsdk.twilio.TwilioHarness.TK;
import static dev.estsdk.twilio.TwilioHarness.TRUNK;
import static dev.estsdk.twilio.TwilioHarness.errorJson;
import static dev.estsdk.twilio.TwilioHarness.trunkJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Property 31 for properties 11, 12 (the call deadline), 26 ({@code close()} with calls in
 * flight) and 27 (a delete whose answer was lost) on the Twilio client.
 */
class TwilioDeadlineAndClosePropertiesTest {

    private static final int CALLERS = 8;

    @RegisterExtension
    static final WireMockExtension SERVER = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").containerThreads(CALLERS + 10)).build();

    private static int received() {
        return SERVER.findAll(anyRequestedFor(anyUrl())).size();
    }

    private static TwilioClient plain() {
        return TwilioClient.builder().accountSid(TwilioHarness.ACCOUNT).authToken(TwilioHarness.TOKEN)
                .baseUrl(SERVER.baseUrl()).readTimeout(Duration.ofSeconds(5)).callTimeout(Duration.ofSeconds(10)).build();
    }

    @Test
    @DisplayName("P11: a call whose attempts all hang ends at the call deadline, not at attempts x read timeout")
    void hangingAttempts_endAtTheCallDeadline() {
        SERVER.stubFor(get(TRUNK).willReturn(okJson(trunkJson(TK)).withFixedDelay(10_000)));
        RetryPolicy patient = RetryPolicy.builder().maxAttempts(10).baseDelay(Duration.ofMillis(1))
                .maxDelay(Duration.ofMillis(1)).build();
        try (TwilioHarness client = new TwilioHarness(SERVER.baseUrl(), b -> b.retryPolicy(patient)
                .readTimeout(Duration.ofMillis(1_200)).callTimeout(Duration.ofMillis(3_000)))) {

            assertThatThrownBy(client::get).isInstanceOfSatisfying(EstTimeoutException.class, e -> {
                assertThat(e.getMessage()).contains("call deadline of 3s exceeded");
                assertThat(e.attempts()).as("what fits in the deadline, not ten").isBetween(2, 3);
            });
            assertThat(client.events).extracting(AttemptEvent::outcome).containsOnly(AttemptEvent.Outcome.TIMEOUT);
        }
    }

    @Test
    @DisplayName("P12: a body that dribbles forever is cut at the call deadline")
    void dribblingBody_isCutAtTheCallDeadline() {
        SERVER.stubFor(get(TRUNK).willReturn(aResponse().withStatus(200).withBody(trunkJson(TK) + " ".repeat(2_000))
                .withChunkedDribbleDelay(600, 60_000)));
        try (TwilioHarness client = new TwilioHarness(SERVER.baseUrl(), b -> b.readTimeout(Duration.ofSeconds(30))
                .callTimeout(Duration.ofSeconds(2)))) {

            assertThatThrownBy(client::get).isInstanceOfSatisfying(EstTimeoutException.class, e -> {
                assertThat(e.getMessage()).contains("call deadline of 2s exceeded");
                assertThat(e.attempts()).isEqualTo(1);
            });
        }
    }

    @Test
    @DisplayName("P26: close() with synchronous calls in flight returns every caller at once and sends nothing more")
    void close_withSynchronousCallsInFlight_returnsEveryCallerPromptly() throws Exception {
        SERVER.stubFor(get(TRUNK).willReturn(okJson(trunkJson(TK)).withFixedDelay(2_000)));
        TwilioClient twilio = plain();
        ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
        int before = received();
        try {
            CountDownLatch started = new CountDownLatch(CALLERS);
            List<Future<Throwable>> outcomes = new ArrayList<>();
            for (int i = 0; i < CALLERS; i++) {
                outcomes.add(callers.submit(() -> {
                    started.countDown();
                    try {
                        twilio.trunks().get(TK);
                        return null;
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            started.await();
            Conditions.await(() -> received() - before == CALLERS, "every call reached the server");

            twilio.close();
            for (Future<Throwable> outcome : outcomes) {
                assertThat(outcome.get(1_500, TimeUnit.MILLISECONDS)).isInstanceOf(EstClientException.class)
                        .hasMessageContaining("TwilioClient was closed during the call");
            }
        } finally {
            callers.shutdownNow();
        }
        assertThat(received() - before).as("no request after close()").isEqualTo(CALLERS);
        assertThatThrownBy(() -> twilio.trunks().get(TK)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("TwilioClient is closed");
    }

    @Test
    @DisplayName("P26 and P29: close() with asynchronous calls in flight fails every future at once")
    void close_withAsynchronousCallsInFlight_failsEveryFuturePromptly() throws Exception {
        SERVER.stubFor(get(TRUNK).willReturn(okJson(trunkJson(TK)).withFixedDelay(2_000)));
        TwilioClient twilio = plain();
        int before = received();
        List<CompletableFuture<?>> calls = new ArrayList<>();
        for (int i = 0; i < CALLERS; i++) {
            calls.add(twilio.async().trunks().get(TK));
        }
        Conditions.await(() -> received() - before == CALLERS, "every call reached the server");

        twilio.close();

        assertThat(CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new))).failsWithin(Duration.ofMillis(1_500));
        for (CompletableFuture<?> call : calls) {
            assertThat(call).failsWithin(Duration.ZERO).withThrowableOfType(ExecutionException.class)
                    .withCauseInstanceOf(EstClientException.class);
        }
    }

    @Test
    @DisplayName("P26: after close() every thread the client started ends")
    void close_endsEveryThreadItStarted() throws Exception {
        SERVER.stubFor(get(TRUNK).willReturn(okJson(trunkJson(TK))));
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        TwilioClient twilio = plain();
        for (int i = 0; i < 4; i++) {
            twilio.async().trunks().get(TK).get(30, TimeUnit.SECONDS);
        }
        Set<Thread> started = Thread.getAllStackTraces().keySet().stream().filter(t -> !before.contains(t))
                .collect(Collectors.toSet());
        assertThat(started).extracting(Thread::getName).anyMatch(name -> name.startsWith("est-sdk-"));

        twilio.close();

        Set<Thread> mustEnd = started.stream().filter(t -> t.getName().startsWith("est-sdk-")
                || (JdkHttp.canShutdown() && t.getName().startsWith("HttpClient-"))).collect(Collectors.toSet());
        for (Thread thread : mustEnd) {
            thread.join(10_000);
        }
        assertThat(mustEnd).noneMatch(Thread::isAlive);
    }

    @Test
    @DisplayName("P27: a trunk delete whose first answer was lost, retried and answered 404, reports success")
    void delete_answerLostThen404_reportsSuccess() {
        TwilioHarness.sequenceOn(SERVER, "DELETE", TRUNK, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
                aResponse().withStatus(404).withBody(errorJson(404, 20404, "not found")));
        try (TwilioHarness client = new TwilioHarness(SERVER.baseUrl())) {

            client.twilio.trunks().delete(TK);

            assertThat(SERVER.findAll(com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor(
                    urlPathEqualTo(TRUNK)))).hasSize(2);
        }
    }

    @Test
    @DisplayName("P27: an unlink whose first answer was lost, retried and answered 404, reports success; a plain 404 does not")
    void unlink_answerLostThen404_reportsSuccess() {
        String path = TRUNK + "/IpAccessControlLists/" + AL;
        TwilioHarness.sequenceOn(SERVER, "DELETE", path, aResponse().withStatus(502),
                aResponse().withStatus(404).withBody(errorJson(404, 20404, "not found")));
        try (TwilioHarness client = new TwilioHarness(SERVER.baseUrl())) {

            client.twilio.trunkIpAccessControlLists().remove(TK, AL);

            SERVER.resetAll();
            SERVER.stubFor(delete(path).willReturn(aResponse().withStatus(404).withBody(errorJson(404, 20404, "no"))));
            assertThatThrownBy(() -> client.twilio.trunkIpAccessControlLists().remove(TK, AL))
                    .isInstanceOf(dev.estsdk.api.exception.NotFoundException.class);
        }
    }
}
