package dev.estsdk.client.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.estsdk.api.exception.BadRequestException;
import dev.estsdk.api.exception.EstClientException;
import dev.estsdk.api.exception.EstTimeoutException;
import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.NotFoundException;
import dev.estsdk.api.exception.RateLimitException;
import dev.estsdk.api.exception.ServerErrorException;
import dev.estsdk.api.model.SipTrunk;
import dev.estsdk.core.testing.Conditions;
import dev.estsdk.client.EstClient;
import dev.estsdk.client.EstCredentials;
import dev.estsdk.core.AttemptEvent;
import dev.estsdk.core.RetryPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Property 29: the asynchronous client keeps the other properties (same attempts, waits,
 * deadline, errors and secrecy) because it is the same pipeline, and no thread is blocked while a
 * call waits.
 */
@WireMockTest
class AsyncPropertiesTest {

    private static final String TRUNK = "/v1/projects/p1/trunks/t1";
    private static final String TRUNKS = "/v1/projects/p1/trunks";
    private static final String LISTS = "/v1/projects/p1/credentialLists";

    private WireMockRuntimeInfo wm;
    private Harness client;

    @BeforeEach
    void start(WireMockRuntimeInfo wm) {
        this.wm = wm;
        this.client = new Harness(wm.getHttpBaseUrl(), c -> c.readTimeout(Duration.ofSeconds(2)));
    }

    @AfterEach
    void stop() {
        client.close();
    }

    private int requests(String path) {
        return wm.getWireMock().find(anyRequestedFor(urlPathEqualTo(path))).size();
    }

    /** How the future failed, unwrapped from the future's own wrapper. */
    private static Throwable failure(CompletableFuture<?> future) {
        try {
            future.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (Exception e) {
            throw new AssertionError("the future did not fail", e);
        }
        throw new AssertionError("the future succeeded");
    }

    @Test
    @DisplayName("P29/P1: 503 then 200 succeeds after 2 requests and one short wait")
    void async503Then200_succeedsAfterOneShortWait() throws Exception {
        Harness.sequence("GET", TRUNK, aResponse().withStatus(503), okJson("{\"id\":\"t1\"}"));

        assertThat(client.est.async().sipTrunks().get("t1").get(30, TimeUnit.SECONDS).id()).isEqualTo("t1");
        assertThat(requests(TRUNK)).isEqualTo(2);
        assertThat(client.time.sleeps()).singleElement().satisfies(d -> assertThat(d).isLessThanOrEqualTo(
                Duration.ofMillis(100)));
    }

    @Test
    @DisplayName("P29/P2: 500 forever fails after 3 requests with status 500 and 3 attempts")
    void async500Forever_failsAfterThreeAttempts() {
        stubFor(get(TRUNK).willReturn(aResponse().withStatus(500)));

        assertThat(failure(client.est.async().sipTrunks().get("t1"))).isInstanceOfSatisfying(
                ServerErrorException.class, e -> assertThat(e.attempts()).isEqualTo(3));
        assertThat(requests(TRUNK)).isEqualTo(3);
    }

    @Test
    @DisplayName("P29/P3: 429 with Retry-After: 2 waits at least 2 s of virtual time")
    void async429_waitsForRetryAfter() throws Exception {
        Harness.sequence("GET", TRUNK, aResponse().withStatus(429).withHeader("Retry-After", "2"), okJson("{\"id\":\"t1\"}"));

        client.est.async().sipTrunks().get("t1").get(30, TimeUnit.SECONDS);

        assertThat(client.time.slept()).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
    }

    @Test
    @DisplayName("P29/P4: 429 with Retry-After: 120 fails at once with the server's value")
    void async429WithLongRetryAfter_failsAtOnce() {
        stubFor(get(TRUNK).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "120")));

        assertThat(failure(client.est.async().sipTrunks().get("t1"))).isInstanceOfSatisfying(RateLimitException.class,
                e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(120)));
        assertThat(requests(TRUNK)).isEqualTo(1);
    }

    @Test
    @DisplayName("P29/P5: a POST reset after sending makes 1 request and its outcome is unknown")
    void asyncPostReset_isNotRetried() {
        stubFor(post(TRUNKS).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThat(failure(client.est.async().sipTrunks().create(t -> t.name("Acme").hostName("acme"))))
                .isInstanceOfSatisfying(EstClientException.class, e -> assertThat(e.isOutcomeUnknown()).isTrue());
        assertThat(requests(TRUNKS)).isEqualTo(1);
    }

    @Test
    @DisplayName("P29/P9: a 404 fails with NotFoundException after exactly 1 request")
    void async404_isNotRetried() {
        stubFor(get(TRUNK).willReturn(aResponse().withStatus(404)));

        assertThat(failure(client.est.async().sipTrunks().get("t1"))).isInstanceOf(NotFoundException.class);
        assertThat(requests(TRUNK)).isEqualTo(1);
    }

    @Test
    @DisplayName("P29/P11: attempts that all hang end at the call deadline")
    void asyncHangingAttempts_endAtTheCallDeadline() {
        stubFor(get(TRUNK).willReturn(okJson("{\"id\":\"t1\"}").withFixedDelay(10_000)));
        try (Harness tight = new Harness(wm.getHttpBaseUrl(), c -> c.readTimeout(Duration.ofMillis(1_200))
                .callTimeout(Duration.ofMillis(1_500)))) {
            long start = System.nanoTime();
            assertThat(failure(tight.est.async().sipTrunks().get("t1"))).isInstanceOf(EstTimeoutException.class)
                    .hasMessageContaining("call deadline of 1500ms exceeded");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("not 3 x 1.2 s")
                    .isLessThan(Duration.ofMillis(3_000));
            assertThat(tight.events).extracting(AttemptEvent::outcome).containsOnly(AttemptEvent.Outcome.TIMEOUT);
        }
    }

    @Test
    @DisplayName("P29/P17: a refused credential list names no password, in the future's exception either")
    void asyncFailure_keepsSecretsOutOfTheException() {
        String password = "Sup3r-secret-pass";
        stubFor(post(LISTS).willReturn(aResponse().withStatus(400).withBody(
                "{\"code\":400,\"status\":\"INVALID_ARGUMENT\",\"message\":\"bad password " + password + "\"}")));

        Throwable thrown = failure(client.est.async().credentialLists().create(r -> r.name("users")
                .credential("u1", password)));

        assertThat(thrown).isInstanceOf(BadRequestException.class);
        assertThat(thrown.getMessage()).doesNotContain(password).contains("***");
        assertThat(thrown.toString()).doesNotContain(password);
    }

    @Test
    @DisplayName("P29/P23: bad input is refused at once, before any request")
    void asyncBadInput_isThrownBeforeAnyRequest() {
        ThrowableAssert.ThrowingCallable badHostName = () -> client.est.async().sipTrunks()
                .create(t -> t.name("Acme").hostName("-acme"));

        org.assertj.core.api.Assertions.assertThatThrownBy(badHostName).isInstanceOf(EstValidationException.class)
                .hasMessageContaining("hostName");
        assertThat(wm.getWireMock().find(anyRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.anyUrl())))
                .isEmpty();
    }

    @Test
    @DisplayName("P29: cancelling a waiting call sends no further attempt")
    void cancellingTheFuture_stopsTheRetries() throws Exception {
        stubFor(get(TRUNK).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3")));
        try (EstClient est = realTime(RetryPolicy.builder().maxAttempts(10).build())) {
            CompletableFuture<SipTrunk> call = est.async().sipTrunks().get("t1");
            Conditions.await(() -> requests(TRUNK) >= 1, "the first attempt was answered");

            int sentBeforeCancel = requests(TRUNK);
            call.cancel(true);

            Thread.sleep(3_500);
            assertThat(call).isCancelled();
            assertThat(requests(TRUNK)).as("no attempt after the cancel").isEqualTo(sentBeforeCancel);
        }
    }

    @Test
    @DisplayName("P29: 200 calls waiting out a Retry-After hold no thread each")
    void manyWaitingCalls_blockNoThread() throws Exception {
        stubFor(get(TRUNK).inScenario("wait").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")));
        // Enough attempts that no call runs out of them before the server is switched to 200,
        // however slowly the 200 first attempts arrive on a loaded machine.
        try (EstClient est = realTime(RetryPolicy.builder().maxAttempts(10).build())) {
            long before = clientSideThreads();
            List<CompletableFuture<SipTrunk>> calls = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                calls.add(est.async().sipTrunks().get("t1"));
            }
            Conditions.await(() -> requests(TRUNK) >= 200, "every first attempt was answered 429");
            long waiting = clientSideThreads();
            stubFor(get(TRUNK).inScenario("wait").whenScenarioStateIs(Scenario.STARTED)
                    .willReturn(okJson("{\"id\":\"t1\"}")));

            CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

            assertThat(waiting - before).as("threads added while 200 calls waited").isLessThan(40);
            assertThat(calls).allSatisfy(c -> assertThat(c.join().id()).isEqualTo("t1"));
        }
    }

    @Test
    @DisplayName("P29: the synchronous and asynchronous results are equal")
    void asyncAndSync_returnTheSameModel() throws Exception {
        stubFor(get(TRUNK).willReturn(okJson("{\"id\":\"t1\",\"name\":\"Acme\",\"hostName\":\"acme\"}")));

        assertThat(client.est.async().sipTrunks().get("t1").get(30, TimeUnit.SECONDS))
                .isEqualTo(client.est.sipTrunks().get("t1"));
    }

    private EstClient realTime() {
        return realTime(RetryPolicy.defaults());
    }

    private EstClient realTime(RetryPolicy policy) {
        return EstClient.builder().projectId("p1").credentials(EstCredentials.basic("key", "secret-0123456789"))
                .baseUrl(wm.getHttpBaseUrl()).retryPolicy(policy).build();
    }

    /**
     * Live threads other than the in-process WireMock server's (Jetty's {@code qtp…} pool grows
     * with the request queue on a loaded machine, which says nothing about the client).
     */
    private static long clientSideThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> !t.getName().startsWith("qtp")).count();
    }
}
