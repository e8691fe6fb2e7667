package dev.estsdk.twilio;

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
import dev.estsdk.api.model.Secret;
import dev.estsdk.core.testing.Conditions;
import dev.estsdk.twilio.model.CreateCredentialRequest;
import dev.estsdk.twilio.model.Trunk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.estsdk.twilio.TwilioHarness.CL;
import static dev.estsdk.twilio.TwilioHarness.CREDENTIALS;
import static dev.estsdk.twilio.TwilioHarness.TK;
import static dev.estsdk.twilio.TwilioHarness.TRUNK;
import static dev.estsdk.twilio.TwilioHarness.TRUNKS;
import static dev.estsdk.twilio.TwilioHarness.errorJson;
import static dev.estsdk.twilio.TwilioHarness.requests;
import static dev.estsdk.twilio.TwilioHarness.sequence;
import static dev.estsdk.twilio.TwilioHarness.trunkJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Property 31 for property 29: the Twilio client's asynchronous view keeps the same attempts,
 * waits, deadline, errors and secrecy as the synchronous one, and no thread is blocked while a
 * call waits.
 */
@WireMockTest
class TwilioAsyncPropertiesTest {

    private WireMockRuntimeInfo wm;
    private TwilioHarness client;

    @BeforeEach
    void start(WireMockRuntimeInfo wm) {
        this.wm = wm;
        this.client = new TwilioHarness(wm.getHttpBaseUrl(), b -> b.readTimeout(Duration.ofSeconds(2)));
    }

    @AfterEach
    void stop() {
        client.close();
    }

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

    private TwilioClient realTime() {
        return TwilioClient.builder().accountSid(TwilioHarness.ACCOUNT).authToken(TwilioHarness.TOKEN)
                .baseUrl(wm.getHttpBaseUrl()).build();
    }

    @Test
    @DisplayName("P29/P1: 503 then 200 succeeds after 2 requests and one short wait")
    void serviceUnavailableThenOk_succeeds() throws Exception {
        sequence("GET", TRUNK, aResponse().withStatus(503), okJson(trunkJson(TK)));

        assertThat(client.twilio.async().trunks().get(TK).get(30, TimeUnit.SECONDS).sid()).isEqualTo(TK);
        assertThat(requests(wm, "GET", TRUNK)).hasSize(2);
        assertThat(client.time.sleeps()).singleElement().satisfies(d -> assertThat(d).isLessThanOrEqualTo(Duration.ofMillis(100)));
    }

    @Test
    @DisplayName("P29/P2: 500 forever fails after 3 requests with status 500 and 3 attempts")
    void serverErrorForever_failsAfterThreeAttempts() {
        stubFor(get(TRUNK).willReturn(aResponse().withStatus(500)));

        assertThat(failure(client.twilio.async().trunks().get(TK))).isInstanceOfSatisfying(ServerErrorException.class,
                e -> assertThat(e.attempts()).isEqualTo(3));
        assertThat(requests(wm, "GET", TRUNK)).hasSize(3);
    }

    @Test
    @DisplayName("P29/P3 and P4: Retry-After: 2 is waited; Retry-After: 120 fails at once")
    void retryAfter_isWaitedOrRefused() throws Exception {
        sequence("GET", TRUNK, aResponse().withStatus(429).withHeader("Retry-After", "2"), okJson(trunkJson(TK)));
        assertThat(client.twilio.async().trunks().get(TK).get(30, TimeUnit.SECONDS).sid()).isEqualTo(TK);
        assertThat(client.time.slept()).isGreaterThanOrEqualTo(Duration.ofSeconds(2));

        stubFor(get(TRUNK + "/Recording").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "120")));
        assertThat(failure(client.twilio.async().trunks().getRecording(TK))).isInstanceOfSatisfying(
                RateLimitException.class, e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(120)));
    }

    @Test
    @DisplayName("P29/P5: a create reset after sending makes 1 request and its outcome is unknown")
    void createReset_isNotRetried() {
        stubFor(post(TRUNKS).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThat(failure(client.twilio.async().trunks().create(t -> t.friendlyName("Acme"))))
                .isInstanceOfSatisfying(EstClientException.class, e -> assertThat(e.isOutcomeUnknown()).isTrue());
        assertThat(requests(wm, "POST", TRUNKS)).hasSize(1);
    }

    @Test
    @DisplayName("P29/P9: a 404 fails with NotFoundException after exactly 1 request")
    void notFound_failsOnce() {
        stubFor(get(TRUNK).willReturn(aResponse().withStatus(404).withBody(errorJson(404, 20404, "not found"))));

        assertThat(failure(client.twilio.async().trunks().get(TK))).isInstanceOfSatisfying(NotFoundException.class,
                e -> assertThat(e.errorCode()).isEqualTo("20404"));
        assertThat(requests(wm, "GET", TRUNK)).hasSize(1);
    }

    @Test
    @DisplayName("P29/P11: attempts that all hang end at the call deadline")
    void hangingAttempts_endAtTheDeadline() {
        stubFor(get(TRUNK).willReturn(okJson(trunkJson(TK)).withFixedDelay(10_000)));
        try (TwilioHarness slow = new TwilioHarness(wm.getHttpBaseUrl(), b -> b.readTimeout(Duration.ofMillis(1_200))
                .callTimeout(Duration.ofMillis(2_000)))) {
            assertThat(failure(slow.twilio.async().trunks().get(TK))).isInstanceOfSatisfying(EstTimeoutException.class,
                    e -> assertThat(e.getMessage()).contains("call deadline of 2s exceeded"));
        }
    }

    @Test
    @DisplayName("P29/P17: a refused credential names no password, in the future's exception either")
    void refusedCredential_namesNoPassword() {
        stubFor(post(CREDENTIALS).willReturn(aResponse().withStatus(400)
                .withBody(errorJson(400, 20001, "Password Sup3rSecretPassw0rd is too weak"))));

        assertThat(failure(client.twilio.async().credentialLists().createCredential(CL, CreateCredentialRequest.builder()
                .username("alice").password(Secret.of("Sup3rSecretPassw0rd")).build())))
                .isInstanceOfSatisfying(BadRequestException.class,
                        e -> assertThat(e.getMessage()).doesNotContain("Sup3rSecretPassw0rd"));
    }

    @Test
    @DisplayName("P29/P21 and P23: bad input is refused at once, before any request, by a thrown exception")
    void badInput_isRefusedAtOnce() {
        assertThatThrownBy(() -> client.twilio.async().trunks().get("../x")).isInstanceOf(EstValidationException.class);
        assertThatThrownBy(() -> client.twilio.async().trunkPhoneNumbers().add(TK, "PN1"))
                .isInstanceOf(EstValidationException.class);
        assertThat(wm.getWireMock().getServeEvents()).isEmpty();
    }

    @Test
    @DisplayName("P29: cancelling a waiting call sends no further attempt")
    void cancellingTheFuture_stopsTheRetries() throws Exception {
        stubFor(get(TRUNK).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "2")));
        try (TwilioClient twilio = realTime()) {
            CompletableFuture<Trunk> call = twilio.async().trunks().get(TK);
            Conditions.await(() -> requests(wm, "GET", TRUNK).size() == 1, "the first attempt was answered");

            call.cancel(true);

            Thread.sleep(2_500);
            assertThat(requests(wm, "GET", TRUNK)).hasSize(1);
        }
    }

    @Test
    @DisplayName("P29: 100 calls waiting out a Retry-After hold no thread each")
    void manyWaitingCalls_blockNoThread() throws Exception {
        stubFor(get(TRUNK).inScenario("wait").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "2")));
        try (TwilioClient twilio = realTime()) {
            long before = clientSideThreads();
            List<CompletableFuture<Trunk>> calls = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                calls.add(twilio.async().trunks().get(TK));
            }
            Conditions.await(() -> requests(wm, "GET", TRUNK).size() >= 100, "every first attempt was answered 429");
            long waiting = clientSideThreads();
            stubFor(get(TRUNK).inScenario("wait").whenScenarioStateIs(Scenario.STARTED).willReturn(okJson(trunkJson(TK))));

            CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

            assertThat(waiting - before).as("threads added while 100 calls waited").isLessThan(30);
            assertThat(calls).allSatisfy(c -> assertThat(c.join().sid()).isEqualTo(TK));
        }
    }

    @Test
    @DisplayName("P29: the synchronous and asynchronous results are equal, listings included")
    void asyncAndSync_returnTheSameModels() throws Exception {
        stubFor(get(TRUNK).willReturn(okJson(trunkJson(TK))));
        stubFor(get(com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo(TRUNKS))
                .willReturn(okJson("{\"trunks\":[" + trunkJson(TK) + "],\"meta\":{\"next_page_url\":null}}")));

        assertThat(client.twilio.async().trunks().get(TK).get(30, TimeUnit.SECONDS)).isEqualTo(client.twilio.trunks().get(TK));
        assertThat(client.twilio.async().trunks().list().toList().get(30, TimeUnit.SECONDS))
                .isEqualTo(client.twilio.trunks().list().stream().toList());
    }

    /**
     * Live threads other than the in-process WireMock server's (Jetty's {@code qtp…} pool grows
     * with the request queue on a loaded machine, which says nothing about the client).
     */
    private static long clientSideThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> !t.getName().startsWith("qtp")).count();
    }

    @Test
    @DisplayName("P29: cancelling findByPhoneNumber cancels the page in flight and fetches no further page")
    void cancellingFindByPhoneNumber_cancelsThePageInFlight_andStopsPaging() throws Exception {
        String path = TwilioHarness.ACCOUNT_PATH + "/IncomingPhoneNumbers.json";
        stubFor(get(urlPathEqualTo(path)).withQueryParam("PageToken", equalTo("PAnext")).atPriority(1)
                .willReturn(okJson("{\"incoming_phone_numbers\":[],\"next_page_uri\":null}")));
        stubFor(get(urlPathEqualTo(path)).atPriority(5).willReturn(okJson("{\"incoming_phone_numbers\":[],"
                + "\"next_page_uri\":\"" + path + "?PhoneNumber=%2B14155551234&PageSize=50&Page=1&PageToken=PAnext\"}")
                .withFixedDelay(3_000)));
        List<dev.estsdk.core.AttemptEvent> events = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (TwilioClient twilio = TwilioClient.builder().accountSid(TwilioHarness.ACCOUNT).authToken(TwilioHarness.TOKEN)
                .baseUrl(wm.getHttpBaseUrl()).callListener(dev.estsdk.core.testing.Attempts.into(events::add)).build()) {
            var lookup = twilio.async().incomingPhoneNumbers().findByPhoneNumber("+14155551234");
            Conditions.await(() -> requests(wm, "GET", path).size() == 1, "the first page was asked for");

            lookup.cancel(true);

            Conditions.await(() -> !events.isEmpty(), "the first page's attempt ended");
            assertThat(events.get(0).outcome()).as("the page in flight was cancelled, not waited for")
                    .isNotEqualTo(dev.estsdk.core.AttemptEvent.Outcome.SUCCESS);
            assertThat(requests(wm, "GET", path)).as("no page after the cancel").hasSize(1);
        }
    }
}
