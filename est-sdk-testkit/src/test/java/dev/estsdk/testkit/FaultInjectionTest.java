package dev.estsdk.testkit;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
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
        sim.faults().latency(Duration.ofMillis(300));
        sim.faults().forOperation(EstOperation.LIST_ACCESS_CONTROL_LISTS).latency(Duration.ofMillis(10));

        long slow = timed(() -> http.get("/trunks"));
        long fast = timed(() -> http.get("/accessControlLists"));

        assertThat(slow).isGreaterThanOrEqualTo(300);
        assertThat(fast).isLessThan(300);
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

    private static long timed(Runnable r) {
        long start = System.nanoTime();
        r.run();
        return (System.nanoTime() - start) / 1_000_000;
    }
}
