package dev.estsdk.testkit;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FaultInjectionTest {

    @RegisterExtension
    static EstSimulatorExtension est = EstSimulatorExtension.create();

    private EstHttp http;
    private EstSimulator sim;

    @BeforeEach
    void setUp() {
        sim = est.simulator();
        http = new EstHttp(sim);
    }

    @Test
    void rateLimitNext_answers429WithRetryAfter_thenServesNormally() {
        sim.faults().rateLimitNext(2, Duration.ofSeconds(2));

        Reply first = http.get("/trunks");
        Reply second = http.get("/trunks");
        Reply third = http.get("/trunks");

        assertThat(first.status()).isEqualTo(429);
        assertThat(first.header("Retry-After")).isEqualTo("2");
        assertThat(first.errorStatus()).isEqualTo("RESOURCE_EXHAUSTED");
        assertThat(second.status()).isEqualTo(429);
        assertThat(third.status()).isEqualTo(200);
        assertThat(sim.wireMock().findAll(anyRequestedFor(anyUrl()))).as("every attempt is in the journal").hasSize(3);
    }

    @Test
    void rateLimitNext_withoutRetryAfter_sendsNoHeader_asTheTokenEndpointDoes() {
        sim.faults().forOperation(EstOperation.ACCESS_TOKEN).rateLimitNext(1, null);

        Reply r = http.send("POST", "/oauth2/token", "grant_type=client_credentials",
                Map.of("Content-Type", "application/x-www-form-urlencoded"));

        assertThat(r.status()).isEqualTo(429);
        assertThat(r.header("Retry-After")).isNull();
        assertThat(http.token()).isNotBlank();
    }

    @Test
    void perOperationFaults_hitOnlyThatOperation() {
        sim.faults().forOperation(EstOperation.CREATE_SIP_TRUNK).failNext(1, 503);

        assertThat(http.get("/trunks").status()).isEqualTo(200);
        Reply create = http.post("/trunks", "{'name':'A','hostName':'faulted'}");
        assertThat(create.status()).isEqualTo(503);
        assertThat(create.errorStatus()).isEqualTo("UNAVAILABLE");
        assertThat(sim.counts().trunks()).as("a faulted request changes nothing").isZero();
        assertThat(http.post("/trunks", "{'name':'A','hostName':'faulted'}").status()).isEqualTo(201);
    }

    @Test
    void failNext_failsAnyOperationForTheNextRequests() {
        sim.faults().failNext(2, 500);

        assertThat(http.get("/trunks").status()).isEqualTo(500);
        assertThat(http.get("/accessControlLists").status()).isEqualTo(500);
        assertThat(http.get("/trunks").status()).isEqualTo(200);
    }

    @Test
    void serverErrorRate_failsRoughlyThatShareOfRequests() {
        sim.faults().serverErrorRate(1.0, 502);
        assertThat(http.get("/trunks").status()).isEqualTo(502);

        sim.faults().serverErrorRate(0.5, 503);
        int failures = 0;
        for (int i = 0; i < 100; i++) {
            failures += http.get("/trunks").status() == 503 ? 1 : 0;
        }
        assertThat(failures).isBetween(25, 75);

        sim.faults().serverErrorRate(0, 503);
        assertThat(http.get("/trunks").status()).isEqualTo(200);
    }

    @Test
    void connectionResetNext_dropsTheConnection() {
        // Two: the JDK client silently re-sends an idempotent GET once when the connection drops.
        sim.faults().connectionResetNext(2);

        assertThatThrownBy(() -> http.get("/trunks")).isInstanceOf(UncheckedIOException.class);
        assertThat(http.get("/trunks").status()).isEqualTo(200);
    }

    @Test
    void networkFaultNext_emptyResponse_failsTheExchange() {
        // Two: the JDK client silently re-sends an idempotent GET once on an empty response.
        sim.faults().forOperation(EstOperation.LIST_SIP_TRUNKS).networkFaultNext(2, Fault.EMPTY_RESPONSE);

        assertThatThrownBy(() -> http.get("/trunks")).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void latency_delaysAnswers_perOperationOverridesGlobal() {
        sim.faults().latency(Duration.ofMillis(40));
        sim.faults().forOperation(EstOperation.LIST_ACCESS_CONTROL_LISTS).latency(Duration.ofMillis(5));

        http.get("/trunks");
        http.get("/accessControlLists");
        http.get("/v1/projects/sim-project/nothing");
        sim.faults().latency(Duration.ZERO);
        http.get("/trunks");

        assertThat(servedDelays()).containsExactly(
                Map.entry("/v1/projects/sim-project/trunks", 40),
                Map.entry("/v1/projects/sim-project/accessControlLists", 5),
                Map.entry("/v1/projects/sim-project/nothing", 40),
                Map.entry("/v1/projects/sim-project/trunks", 0));
    }

    @Test
    void failNext_answersTheCodeThatGoesWithTheStatus_asRealErrorsDo() {
        Reply realNotFound = http.get("/trunks/no-such-trunk");
        sim.faults().failNext(1, 404).failNext(1, 403).failNext(1, 400).failNext(1, 500).failNext(1, 504);

        Reply notFound = http.get("/trunks");

        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.json().get("code").asInt()).isEqualTo(404);
        assertThat(notFound.errorStatus()).isEqualTo(realNotFound.errorStatus()).isEqualTo("NO_RESOURCE_FOUND");
        assertThat(http.get("/trunks").errorStatus()).isEqualTo("PERMISSION_DENIED");
        assertThat(http.get("/trunks").errorStatus()).isEqualTo("VALIDATION_FAILED");
        assertThat(http.get("/trunks").errorStatus()).isEqualTo("INTERNAL");
        assertThat(http.get("/trunks").errorStatus()).isEqualTo("DEADLINE_EXCEEDED");
    }

    @Test
    void failNext_refuses429_pointingToRateLimitNext() {
        assertThatThrownBy(() -> sim.faults().failNext(1, 429))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rateLimitNext");
    }

    @Test
    void countedFaults_addUp_andAreUsedInTheOrderArmed() {
        sim.faults().failNext(1, 500);
        sim.faults().rateLimitNext(1, Duration.ofSeconds(3));
        sim.faults().failNext(1, 503);
        sim.faults().rateLimitNext(1, null);

        assertThat(http.get("/trunks").status()).isEqualTo(500);
        Reply limited = http.get("/trunks");
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Retry-After")).isEqualTo("3");
        assertThat(http.get("/trunks").status()).isEqualTo(503);
        assertThat(http.get("/trunks").header("Retry-After")).isNull();
        assertThat(http.get("/trunks").status()).isEqualTo(200);
    }

    @Test
    void tokenEndpointFaults_useTheOAuth2ErrorShape() {
        sim.faults().forOperation(EstOperation.ACCESS_TOKEN).rateLimitNext(1, null).failNext(1, 503)
                .failNext(1, 500);

        Reply limited = tokenRequest();
        Reply unavailable = tokenRequest();
        Reply broken = tokenRequest();

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.json().get("error").asText()).isEqualTo("temporarily_unavailable");
        assertThat(limited.json().get("error_description").asText()).isNotBlank();
        assertThat(limited.json().has("code")).isFalse();
        assertThat(unavailable.status()).isEqualTo(503);
        assertThat(unavailable.json().get("error").asText()).isEqualTo("temporarily_unavailable");
        assertThat(broken.status()).isEqualTo(500);
        assertThat(broken.json().get("error").asText()).isEqualTo("server_error");
        assertThat(http.token()).isNotBlank();
    }

    @Test
    void requestsThatMatchNoOperation_useUpNoFault() {
        sim.faults().failNext(1, 500);

        assertThat(http.get("/v1/projects/sim-project/nothing").status()).isEqualTo(404);
        assertThat(http.get("/nothing-at-all").status()).isEqualTo(404);
        assertThat(http.delete("/trunks").status()).isEqualTo(405);
        assertThat(http.get("/oauth2/token").status()).isEqualTo(405);
        assertThat(http.get("/trunks").status()).isEqualTo(500);
        assertThat(http.get("/trunks").status()).isEqualTo(200);
    }

    @Test
    void faults_areDecidedBeforeAuthentication() {
        sim.faults().failNext(1, 503);
        EstHttp wrongKey = http.withAuthorization(EstHttp.basic(sim.keyId(), "wrong-secret-0123"));

        assertThat(wrongKey.get("/trunks").status()).as("the fault, whatever the credentials").isEqualTo(503);
        assertThat(wrongKey.get("/trunks").status()).isEqualTo(401);
    }

    @Test
    void clear_disarmsEverything_andResetDoesToo() {
        sim.faults().failNext(5, 500);
        sim.faults().forOperation(EstOperation.LIST_SIP_TRUNKS).rateLimitNext(5, Duration.ofSeconds(1));

        sim.faults().clear();
        assertThat(http.get("/trunks").status()).isEqualTo(200);

        sim.faults().failNext(5, 500);
        sim.reset();
        assertThat(http.get("/trunks").status()).isEqualTo(200);
    }

    @Test
    void faults_doNotTouchSimulatorOrAdminEndpoints() {
        sim.faults().failNext(3, 500);

        assertThat(http.get("/_simulator/clock").status()).isEqualTo(200);
        assertThat(http.get("/__admin/requests").status()).isEqualTo(200);
        assertThat(http.get("/trunks").status()).isEqualTo(500);
    }

    @Test
    void invalidFaultSettings_areRefused() {
        assertThatThrownBy(() -> sim.faults().failNext(0, 500)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sim.faults().failNext(1, 200)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sim.faults().serverErrorRate(1.5, 500)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sim.faults().serverErrorRate(0.5, 404)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sim.faults().latency(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private Reply tokenRequest() {
        return http.send("POST", "/oauth2/token", "grant_type=client_credentials",
                Map.of("Content-Type", "application/x-www-form-urlencoded"));
    }

    /** The fixed delay WireMock recorded for each served request, oldest first. */
    private List<Map.Entry<String, Integer>> servedDelays() {
        List<ServeEvent> events = new ArrayList<>(sim.wireMock().getAllServeEvents());
        Collections.reverse(events);
        return events.stream().map(e -> Map.entry(e.getRequest().getUrl(),
                Objects.requireNonNullElse(e.getResponseDefinition().getFixedDelayMilliseconds(), 0))).toList();
    }
}
