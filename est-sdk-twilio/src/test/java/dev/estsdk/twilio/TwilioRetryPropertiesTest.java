package dev.estsdk.twilio;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.estsdk.api.exception.AuthenticationException;
import dev.estsdk.api.exception.EstClientException;
import dev.estsdk.api.exception.EstServiceException;
import dev.estsdk.api.exception.RateLimitException;
import dev.estsdk.api.exception.ServerErrorException;
import dev.estsdk.core.AttemptEvent;
import dev.estsdk.core.RetryPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.estsdk.twilio.TwilioHarness.TK;
import static dev.estsdk.twilio.TwilioHarness.TRUNK;
import static dev.estsdk.twilio.TwilioHarness.TRUNKS;
import static dev.estsdk.twilio.TwilioHarness.errorJson;
import static dev.estsdk.twilio.TwilioHarness.requests;
import static dev.estsdk.twilio.TwilioHarness.sequence;
import static dev.estsdk.twilio.TwilioHarness.trunkJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Property 31 for reliability properties 1–10 and 15 on Twilio's wire: what is retried, how long it waits, what the exception says. */
@WireMockTest
class TwilioRetryPropertiesTest {

    private WireMockRuntimeInfo wm;
    private TwilioHarness client;

    @BeforeEach
    void start(WireMockRuntimeInfo wm) {
        this.wm = wm;
        this.client = new TwilioHarness(wm.getHttpBaseUrl());
    }

    @AfterEach
    void stop() {
        client.close();
    }

    @Test
    @DisplayName("P1: GET answered 503 then 200 succeeds after 2 requests and one wait below 100 ms")
    void get_503Then200_succeedsAfterOneShortWait() {
        sequence("GET", TRUNK, aResponse().withStatus(503), okJson(trunkJson(TK)));

        assertThat(client.get().sid()).isEqualTo(TK);

        assertThat(requests(wm, "GET", TRUNK)).hasSize(2);
        assertThat(client.time.sleeps()).singleElement().satisfies(d -> assertThat(d).isLessThanOrEqualTo(Duration.ofMillis(100)));
        assertThat(client.events).extracting(AttemptEvent::status).containsExactly(503, 200);
        assertThat(client.events).extracting(AttemptEvent::operation).containsOnly("FetchTrunk");
        assertThat(client.events).extracting(AttemptEvent::pathTemplate).containsOnly("/v1/Trunks/{Sid}");
    }

    @Test
    @DisplayName("P2: GET answered 500 forever makes 3 requests and reports status 500, Twilio's code and 3 attempts")
    void get_500Forever_givesUpAfterThreeAttempts() {
        stubFor(get(TRUNK).willReturn(aResponse().withStatus(500).withBody(errorJson(500, 20500, "Internal Server Error"))));

        assertThatThrownBy(client::get).isInstanceOfSatisfying(ServerErrorException.class, e -> {
            assertThat(e.status()).isEqualTo(500);
            assertThat(e.errorCode()).isEqualTo("20500");
            assertThat(e.attempts()).isEqualTo(3);
            assertThat(e.isOutcomeUnknown()).isFalse();
            assertThat(e.getMessage()).startsWith("HTTP 500 GET " + TRUNK + ": Internal Server Error").contains("attempts=3");
        });
        assertThat(requests(wm, "GET", TRUNK)).hasSize(3);
        assertThat(client.time.sleeps()).hasSize(2);
    }

    @Test
    @DisplayName("P3: 429 (Twilio 20429) with Retry-After: 2 then 200 waits at least 2 s of virtual time")
    void rateLimited_retryAfterSeconds_isWaited() {
        sequence("GET", TRUNK, aResponse().withStatus(429).withHeader("Retry-After", "2")
                .withBody(errorJson(429, 20429, "Too Many Requests")), okJson(trunkJson(TK)));

        assertThat(client.get().sid()).isEqualTo(TK);

        assertThat(requests(wm, "GET", TRUNK)).hasSize(2);
        assertThat(client.time.slept()).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
    }

    @Test
    @DisplayName("P3: 429 with Retry-After as an HTTP date is honoured as a minimum wait")
    void rateLimited_retryAfterHttpDate_isWaited() {
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(client.time.instant().plusSeconds(3).atOffset(ZoneOffset.UTC));
        sequence("GET", TRUNK, aResponse().withStatus(429).withHeader("Retry-After", date), okJson(trunkJson(TK)));

        assertThat(client.get().sid()).isEqualTo(TK);

        assertThat(client.time.slept()).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
        assertThat(requests(wm, "GET", TRUNK)).hasSize(2);
    }

    @Test
    @DisplayName("P3: a 429 without Retry-After (Twilio does not promise one) is retried with throttling backoff")
    void rateLimited_withoutRetryAfter_isRetried() {
        sequence("GET", TRUNK, aResponse().withStatus(429).withBody(errorJson(429, 20429, "Too Many Requests")),
                okJson(trunkJson(TK)));

        assertThat(client.get().sid()).isEqualTo(TK);
        assertThat(requests(wm, "GET", TRUNK)).hasSize(2);
        assertThat(client.time.sleeps()).singleElement()
                .satisfies(d -> assertThat(d).isLessThanOrEqualTo(Duration.ofSeconds(1)));
    }

    @Test
    @DisplayName("P4: 429 with Retry-After: 120 fails at once with the server's value")
    void rateLimited_retryAfterBeyondLimit_failsAtOnce() {
        stubFor(get(TRUNK).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "120")
                .withBody(errorJson(429, 20429, "Too Many Requests"))));

        assertThatThrownBy(client::get).isInstanceOfSatisfying(RateLimitException.class, e -> {
            assertThat(e.retryAfter()).contains(Duration.ofSeconds(120));
            assertThat(e.attempts()).isEqualTo(1);
            assertThat(e.errorCode()).isEqualTo("20429");
        });
        assertThat(requests(wm, "GET", TRUNK)).hasSize(1);
        assertThat(client.time.sleeps()).isEmpty();
    }

    @Test
    @DisplayName("P5: a create whose connection is reset after sending is not retried and reports outcome unknown")
    void create_connectionReset_isNotRetried_andOutcomeUnknown() {
        stubFor(post(TRUNKS).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThatThrownBy(client::create).isInstanceOfSatisfying(EstClientException.class, e -> {
            assertThat(e.isOutcomeUnknown()).isTrue();
            assertThat(e.attempts()).isEqualTo(1);
            assertThat(e.getMessage()).contains("POST " + TRUNKS).contains("outcome unknown");
            assertThat(e.getCause()).isInstanceOf(IOException.class);
        });
        assertThat(requests(wm, "POST", TRUNKS)).hasSize(1);
    }

    @Test
    @DisplayName("P5: an association (POST) answered 500 is not re-sent either")
    void association_serverError_isNotRetried() {
        String path = TRUNK + "/PhoneNumbers";
        stubFor(post(path).willReturn(aResponse().withStatus(500)));

        assertThatThrownBy(() -> client.twilio.trunkPhoneNumbers().add(TK, TwilioHarness.PN))
                .isInstanceOfSatisfying(ServerErrorException.class, e -> assertThat(e.isOutcomeUnknown()).isTrue());
        assertThat(requests(wm, "POST", path)).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Fault.class, names = {"EMPTY_RESPONSE", "MALFORMED_RESPONSE_CHUNK"})
    @DisplayName("P6: a create with an empty or malformed response makes 1 request")
    void create_brokenResponse_isNotRetried(Fault fault) {
        stubFor(post(TRUNKS).willReturn(aResponse().withFault(fault)));

        assertThatThrownBy(client::create)
                .isInstanceOfSatisfying(EstClientException.class, e -> assertThat(e.isOutcomeUnknown()).isTrue());
        assertThat(requests(wm, "POST", TRUNKS)).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Fault.class, names = {"EMPTY_RESPONSE", "MALFORMED_RESPONSE_CHUNK", "CONNECTION_RESET_BY_PEER"})
    @DisplayName("P6: GET with the same faults is retried and succeeds")
    void get_brokenResponse_isRetried(Fault fault) {
        sequence("GET", TRUNK, aResponse().withFault(fault), okJson(trunkJson(TK)));

        assertThat(client.get().sid()).isEqualTo(TK);
        assertThat(requests(wm, "GET", TRUNK)).hasSize(2);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Fault.class, names = {"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE"})
    @DisplayName("P6: a partial update (POST, idempotent) with the same faults is retried like a PUT")
    void update_brokenResponse_isRetried(Fault fault) {
        sequence("POST", TRUNK, aResponse().withFault(fault), okJson(trunkJson(TK)));

        assertThat(client.update().sid()).isEqualTo(TK);
        List<LoggedRequest> sent = requests(wm, "POST", TRUNK);
        assertThat(sent).hasSize(2);
        assertThat(sent).extracting(LoggedRequest::getBodyAsString).containsOnly("FriendlyName=Acme+2");
    }

    @Test
    @DisplayName("P6: a partial update answered 500 then 200 is retried; a create answered 500 is not")
    void update_serverError_isRetried_butCreateIsNot() {
        sequence("POST", TRUNK, aResponse().withStatus(500), okJson(trunkJson(TK)));
        stubFor(post(TRUNKS).willReturn(aResponse().withStatus(500)));

        assertThat(client.update().sid()).isEqualTo(TK);
        assertThatThrownBy(client::create).isInstanceOf(ServerErrorException.class);

        assertThat(requests(wm, "POST", TRUNK)).hasSize(2);
        assertThat(requests(wm, "POST", TRUNKS)).hasSize(1);
    }

    @Test
    @DisplayName("P7: a create against a closed port is retried (nothing was sent) and the later success returned")
    void create_connectionRefused_isRetried() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        WireMockServer late = new WireMockServer(wireMockConfig().port(port).bindAddress("127.0.0.1"));
        late.stubFor(post(TRUNKS).willReturn(okJson(trunkJson(TK)).withStatus(201)));
        AtomicReference<Boolean> started = new AtomicReference<>(false);
        try (TwilioHarness refused = new TwilioHarness("http://127.0.0.1:" + port)) {
            refused.time.onSleep(() -> {
                if (!started.getAndSet(true)) {
                    late.start();
                }
            });

            assertThat(refused.create().sid()).isEqualTo(TK);

            assertThat(late.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                    com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo(TRUNKS)))).hasSize(1);
            assertThat(refused.events).extracting(AttemptEvent::outcome)
                    .containsExactly(AttemptEvent.Outcome.FAILURE, AttemptEvent.Outcome.SUCCESS);
        } finally {
            late.stop();
        }
    }

    @Test
    @DisplayName("P8: a create answered 429 then 201 is retried once, both attempts with the same request id")
    void create_429Then201_isRetriedWithTheSameRequestId() {
        sequence("POST", TRUNKS, aResponse().withStatus(429).withBody(errorJson(429, 20429, "Too Many Requests")),
                okJson(trunkJson(TK)).withStatus(201));

        assertThat(client.create().sid()).isEqualTo(TK);

        List<LoggedRequest> sent = requests(wm, "POST", TRUNKS);
        assertThat(sent).hasSize(2);
        assertThat(sent.get(0).getHeader("X-Request-Id")).isNotBlank().isEqualTo(sent.get(1).getHeader("X-Request-Id"));
        assertThat(sent).extracting(LoggedRequest::getBodyAsString).containsOnly(sent.get(0).getBodyAsString());
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = {400, 401, 403, 404, 405, 409, 422, 501})
    @DisplayName("P9 and P15: 400, 401, 403, 404, 405, 409, 422 and 501 make exactly 1 request; Basic credentials are never replayed")
    void clientErrors_areNotRetried(int status) {
        stubFor(get(TRUNK).willReturn(aResponse().withStatus(status).withBody(errorJson(status, 20000 + status, "no"))));

        assertThatThrownBy(client::get).isInstanceOfSatisfying(EstServiceException.class, e -> {
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.attempts()).isEqualTo(1);
            if (status == 401) {
                assertThat(e).isInstanceOf(AuthenticationException.class);
            }
        });
        assertThat(requests(wm, "GET", TRUNK)).hasSize(1);
        assertThat(client.time.sleeps()).isEmpty();
    }

    @Test
    @DisplayName("P10: maxAttempts = 1 and a reset on GET leave exactly 1 request in the journal")
    void singleAttempt_resetOnGet_sendsOneRequest() {
        stubFor(get(TRUNK).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        try (TwilioHarness once = new TwilioHarness(wm.getHttpBaseUrl(),
                b -> b.retryPolicy(RetryPolicy.defaults().toBuilder().maxAttempts(1).build()))) {

            assertThatThrownBy(once::get).isInstanceOf(EstClientException.class);
        }
        assertThat(requests(wm, "GET", TRUNK)).hasSize(1);
    }
}
