package dev.estsdk.client.internal;

import dev.estsdk.client.Attempts;
import dev.estsdk.core.RetryPolicy;
import dev.estsdk.core.internal.JdkHttp;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.estsdk.api.exception.AuthenticationException;
import dev.estsdk.api.exception.BadRequestException;
import dev.estsdk.api.exception.ConflictException;
import dev.estsdk.api.exception.EstClientException;
import dev.estsdk.api.exception.EstException;
import dev.estsdk.api.exception.EstServiceException;
import dev.estsdk.api.exception.NotFoundException;
import dev.estsdk.api.exception.PermissionDeniedException;
import dev.estsdk.api.exception.RateLimitException;
import dev.estsdk.api.exception.ServerErrorException;
import dev.estsdk.core.AttemptEvent;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Reliability properties 1–10: what is retried, how long it waits, and what the exception says. */
@WireMockTest
class RetryPropertiesTest {

    private static final String TRUNK = "/v1/projects/p1/trunks/t1";
    private static final String TRUNKS = "/v1/projects/p1/trunks";

    private WireMockRuntimeInfo wm;
    private Harness client;

    @BeforeEach
    void start(WireMockRuntimeInfo wm) {
        this.wm = wm;
        this.client = new Harness(wm.getHttpBaseUrl(), c -> c);
    }

    @AfterEach
    void stop() {
        client.close();
    }

    private static void sequence(String method, String path, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder... responses) {
        String state = Scenario.STARTED;
        for (int i = 0; i < responses.length; i++) {
            String next = i == responses.length - 1 ? state : "step-" + (i + 1);
            var mapping = com.github.tomakehurst.wiremock.client.WireMock.request(method, urlPathEqualTo(path))
                    .inScenario(method + path).whenScenarioStateIs(state).willReturn(responses[i]);
            if (!next.equals(state)) {
                mapping = mapping.willSetStateTo(next);
            }
            com.github.tomakehurst.wiremock.client.WireMock.stubFor(mapping);
            state = next;
        }
    }

    private List<LoggedRequest> requests(String method, String path) {
        return wm.getWireMock().find(com.github.tomakehurst.wiremock.client.WireMock
                .anyRequestedFor(urlPathEqualTo(path))).stream().filter(r -> r.getMethod().getName().equals(method)).toList();
    }

    @Test
    @DisplayName("P1: GET answered 503 then 200 succeeds after 2 requests and one wait below 100 ms")
    void get_503Then200_succeedsAfterOneShortWait() {
        sequence("GET", TRUNK, aResponse().withStatus(503), okJson("{\"id\":\"t1\"}"));

        assertThat(client.get("t1").id()).isEqualTo("t1");

        assertThat(requests("GET", TRUNK)).hasSize(2);
        assertThat(client.time.sleeps()).hasSize(1);
        assertThat(client.time.sleeps().get(0)).isLessThanOrEqualTo(Duration.ofMillis(100));
        assertThat(client.events).extracting(AttemptEvent::status).containsExactly(503, 200);
        assertThat(client.events).extracting(AttemptEvent::retrying).containsExactly(true, false);
    }

    @Test
    @DisplayName("P2: GET answered 500 forever makes 3 requests and reports status 500 and 3 attempts")
    void get_500Forever_givesUpAfterThreeAttempts() {
        com.github.tomakehurst.wiremock.client.WireMock.stubFor(get(TRUNK).willReturn(aResponse().withStatus(500)
                .withBody("{\"code\":500,\"status\":\"INTERNAL\",\"message\":\"boom\"}")));

        assertThatThrownBy(() -> client.get("t1"))
                .isInstanceOfSatisfying(ServerErrorException.class, e -> {
                    assertThat(e.status()).isEqualTo(500);
                    assertThat(e.attempts()).isEqualTo(3);
                    assertThat(e.isOutcomeUnknown()).isFalse();
                    assertThat(e.getMessage()).startsWith("HTTP 500 GET " + TRUNK + ": boom").contains("attempts=3");
                });
        assertThat(requests("GET", TRUNK)).hasSize(3);
        assertThat(client.time.sleeps()).hasSize(2);
    }

    @Test
    @DisplayName("P3: 429 with Retry-After: 2 then 200 waits at least 2 s of virtual time")
    void rateLimited_retryAfterSeconds_isWaited() {
        sequence("GET", TRUNK, aResponse().withStatus(429).withHeader("Retry-After", "2"), okJson("{\"id\":\"t1\"}"));

        assertThat(client.get("t1").id()).isEqualTo("t1");

        assertThat(requests("GET", TRUNK)).hasSize(2);
        assertThat(client.time.slept()).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
    }

    @Test
    @DisplayName("P3: 429 with Retry-After as an HTTP date is honoured as a minimum wait")
    void rateLimited_retryAfterHttpDate_isWaited() {
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(client.time.instant().plusSeconds(3).atOffset(ZoneOffset.UTC));
        sequence("GET", TRUNK, aResponse().withStatus(429).withHeader("Retry-After", date), okJson("{\"id\":\"t1\"}"));

        assertThat(client.get("t1").id()).isEqualTo("t1");

        assertThat(client.time.slept()).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
        assertThat(requests("GET", TRUNK)).hasSize(2);
    }

    @Test
    @DisplayName("P4: 429 with Retry-After: 120 fails at once with the server's value")
    void rateLimited_retryAfterBeyondLimit_failsAtOnce() {
        com.github.tomakehurst.wiremock.client.WireMock.stubFor(get(TRUNK).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "120")));

        assertThatThrownBy(() -> client.get("t1"))
                .isInstanceOfSatisfying(RateLimitException.class, e -> {
                    assertThat(e.retryAfter()).contains(Duration.ofSeconds(120));
                    assertThat(e.attempts()).isEqualTo(1);
                    assertThat(e.getMessage()).contains("retryAfter=120s");
                });
        assertThat(requests("GET", TRUNK)).hasSize(1);
        assertThat(client.time.sleeps()).isEmpty();
    }

    @Test
    @DisplayName("P5: POST reset after send is not retried and reports outcome unknown")
    void post_connectionReset_isNotRetried_andOutcomeUnknown() {
        com.github.tomakehurst.wiremock.client.WireMock.stubFor(post(TRUNKS).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThatThrownBy(() -> client.create())
                .isInstanceOfSatisfying(EstClientException.class, e -> {
                    assertThat(e.isOutcomeUnknown()).isTrue();
                    assertThat(e.attempts()).isEqualTo(1);
                    assertThat(e.getMessage()).contains("POST " + TRUNKS).contains("outcome unknown");
                    assertThat(e.getCause()).isInstanceOf(IOException.class);
                });
        assertThat(requests("POST", TRUNKS)).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Fault.class, names = {"EMPTY_RESPONSE", "MALFORMED_RESPONSE_CHUNK"})
    @DisplayName("P6: POST with an empty or malformed response makes 1 request")
    void post_brokenResponse_isNotRetried(Fault fault) {
        com.github.tomakehurst.wiremock.client.WireMock.stubFor(post(TRUNKS).willReturn(aResponse().withFault(fault)));

        assertThatThrownBy(() -> client.create())
                .isInstanceOfSatisfying(EstClientException.class, e -> assertThat(e.isOutcomeUnknown()).isTrue());
        assertThat(requests("POST", TRUNKS)).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Fault.class, names = {"EMPTY_RESPONSE", "MALFORMED_RESPONSE_CHUNK", "CONNECTION_RESET_BY_PEER"})
    @DisplayName("P6: GET with the same faults is retried and succeeds")
    void get_brokenResponse_isRetried(Fault fault) {
        sequence("GET", TRUNK, aResponse().withFault(fault), okJson("{\"id\":\"t1\"}"));

        assertThat(client.get("t1").id()).isEqualTo("t1");

        assertThat(requests("GET", TRUNK)).hasSize(2);
    }

    @Test
    @DisplayName("P7: POST against a closed port is retried (nothing was sent) and the later success returned")
    void post_connectionRefused_isRetried() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        WireMockServer late = new WireMockServer(WireMockConfiguration.options().port(port).bindAddress("127.0.0.1"));
        late.stubFor(post(TRUNKS).willReturn(okJson("{\"id\":\"t9\"}").withStatus(201)));
        try (Harness refused = new Harness("http://127.0.0.1:" + port, c -> c)) {
            refused.time.onSleep(() -> {
                if (!late.isRunning()) {
                    late.start();
                }
            });

            assertThat(refused.create().id()).isEqualTo("t9");

            assertThat(late.findAll(postRequestedFor(urlPathEqualTo(TRUNKS)))).hasSize(1);
            assertThat(refused.events).extracting(AttemptEvent::outcome)
                    .containsExactly(AttemptEvent.Outcome.FAILURE, AttemptEvent.Outcome.SUCCESS);
        } finally {
            late.stop();
        }
    }

    @Test
    @DisplayName("P8: POST answered 429 then 201 is retried once and both attempts carry the same request id")
    void post_429Then201_isRetriedWithTheSameRequestId() {
        sequence("POST", TRUNKS, aResponse().withStatus(429), okJson("{\"id\":\"t2\"}").withStatus(201));

        assertThat(client.create().id()).isEqualTo("t2");

        List<LoggedRequest> sent = requests("POST", TRUNKS);
        assertThat(sent).hasSize(2);
        String id = sent.get(0).getHeader("X-Request-Id");
        assertThat(id).isNotBlank();
        assertThat(sent.get(1).getHeader("X-Request-Id")).isEqualTo(id);
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = {400, 403, 404, 409, 422, 501})
    @DisplayName("P9: 400, 403, 404, 409, 422 and 501 are never retried")
    void clientErrors_areNotRetried(int status) {
        com.github.tomakehurst.wiremock.client.WireMock.stubFor(get(TRUNK).willReturn(aResponse().withStatus(status)));
        com.github.tomakehurst.wiremock.client.WireMock.stubFor(post(TRUNKS).willReturn(aResponse().withStatus(status)));

        Class<? extends EstServiceException> type = switch (status) {
            case 400, 422 -> BadRequestException.class;
            case 403 -> PermissionDeniedException.class;
            case 404 -> NotFoundException.class;
            case 409 -> ConflictException.class;
            default -> ServerErrorException.class;
        };
        assertThatThrownBy(() -> client.get("t1")).isInstanceOf(type)
                .satisfies(e -> assertThat(((EstException) e).attempts()).isEqualTo(1));
        assertThatThrownBy(() -> client.create()).isInstanceOf(type)
                .satisfies(e -> assertThat(((EstException) e).isOutcomeUnknown()).isFalse());
        assertThat(requests("GET", TRUNK)).hasSize(1);
        assertThat(requests("POST", TRUNKS)).hasSize(1);
    }

    @Test
    @DisplayName("P9: 401 with OAuth makes one token refresh and one replay")
    void unauthorized_refreshesTheTokenAndReplaysOnce() {
        stubToken();
        sequence("GET", TRUNK, aResponse().withStatus(401), okJson("{\"id\":\"t1\"}"));
        try (Harness oauth = new Harness(wm.getHttpBaseUrl(), Harness.Config::oauth)) {
            assertThat(oauth.get("t1").id()).isEqualTo("t1");
        }
        assertThat(requests("POST", "/oauth2/token")).hasSize(2);
        assertThat(requests("GET", TRUNK)).hasSize(2);
    }

    @Test
    @DisplayName("P10: maxAttempts = 1 and a reset on GET leaves exactly 1 request in the journal")
    void singleAttempt_resetOnGet_makesNoHiddenRetry() {
        com.github.tomakehurst.wiremock.client.WireMock.stubFor(get("/v1/projects/p1/trunks/warm").willReturn(okJson("{}")));
        com.github.tomakehurst.wiremock.client.WireMock.stubFor(get(TRUNK).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        AtomicReference<EstException> thrown = new AtomicReference<>();
        try (Harness single = new Harness(wm.getHttpBaseUrl(), c -> c.attempts(1))) {
            single.get("warm");
            try {
                single.get("t1");
            } catch (EstException e) {
                thrown.set(e);
            }
        }
        assertThat(thrown.get()).isInstanceOf(EstClientException.class);
        assertThat(thrown.get().attempts()).isEqualTo(1);
        assertThat(requests("GET", TRUNK)).as("the reused connection must not be re-sent by the JDK").hasSize(1);
    }

    @Test
    @DisplayName("P10: the JDK's own retry of failed connects is switched off before the first request")
    void jdkConnectRetry_isSwitchedOff() {
        assertThat(System.getProperty(JdkHttp.DISABLE_RETRY_CONNECT)).isEqualTo("true");
    }

    private static void stubToken() {
        com.github.tomakehurst.wiremock.client.WireMock.stubFor(post("/oauth2/token")
                .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
                .willReturn(okJson("{\"access_token\":\"tok-" + System.nanoTime() + "\",\"expires_in\":3600,\"token_type\":\"bearer\"}")));
    }
}
