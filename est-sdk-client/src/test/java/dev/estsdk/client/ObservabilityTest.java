package dev.estsdk.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.estsdk.api.exception.NotFoundException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import dev.estsdk.core.AttemptEvent;
import dev.estsdk.core.CallListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The attempt listener and the one DEBUG line per call. */
@WireMockTest
class ObservabilityTest {

    private final TestTime time = new TestTime();

    @BeforeEach
    void clearLogs() {
        CapturedLogs.clear();
    }

    private EstClient client(WireMockRuntimeInfo wm, java.util.function.Consumer<AttemptEvent> listener) {
        return EstClient.builder().projectId("p1").credentials(EstCredentials.basic("key", "secret-0123456789"))
                .baseUrl(wm.getHttpBaseUrl()).callListener(listener == null ? CallListener.NONE : Attempts.into(listener))
                .clock(time).sleeper(time).build();
    }

    @Test
    void listener_receivesOneEventPerAttempt_withTheTemplateNotTheIds(WireMockRuntimeInfo wm) {
        stubFor(get("/v1/projects/p1/trunks/t-42").inScenario("s").whenScenarioStateIs("Started")
                .willReturn(aResponse().withStatus(502)).willSetStateTo("ok"));
        stubFor(get("/v1/projects/p1/trunks/t-42").inScenario("s").whenScenarioStateIs("ok")
                .willReturn(okJson("{\"id\":\"t-42\"}")));
        List<AttemptEvent> events = new CopyOnWriteArrayList<>();
        try (EstClient client = client(wm, events::add)) {
            client.sipTrunks().get("t-42");
        }

        assertThat(events).hasSize(2);
        AttemptEvent first = events.get(0);
        assertThat(first.operation()).isEqualTo("GetSipTrunkById");
        assertThat(first.method()).isEqualTo("GET");
        assertThat(first.pathTemplate()).isEqualTo("/v1/projects/{projectId}/trunks/{sipTrunkId}");
        assertThat(first.attempt()).isEqualTo(1);
        assertThat(first.status()).isEqualTo(502);
        assertThat(first.outcome()).isEqualTo(AttemptEvent.Outcome.ERROR_STATUS);
        assertThat(first.retrying()).isTrue();
        assertThat(first.duration()).isGreaterThanOrEqualTo(Duration.ZERO);
        assertThat(events.get(1)).extracting(AttemptEvent::attempt, AttemptEvent::status, AttemptEvent::outcome)
                .containsExactly(2, 200, AttemptEvent.Outcome.SUCCESS);
        assertThat(events.toString()).doesNotContain("t-42");
    }

    @Test
    void throwingListener_doesNotBreakTheCall(WireMockRuntimeInfo wm) {
        stubFor(get("/v1/projects/p1/trunks/t1").willReturn(okJson("{\"id\":\"t1\"}")));
        try (EstClient client = client(wm, event -> {
            throw new IllegalStateException("metrics backend down");
        })) {
            assertThat(client.sipTrunks().get("t1").id()).isEqualTo("t1");
        }
        assertThat(CapturedLogs.text()).contains("WARN").contains("IllegalStateException");
    }

    @Test
    void everyCall_logsExactlyOneDebugLine_withMethodPathStatusAndAttempts(WireMockRuntimeInfo wm) {
        stubFor(get("/v1/projects/p1/trunks/t1").willReturn(okJson("{\"id\":\"t1\"}")));
        stubFor(get("/v1/projects/p1/trunks/gone").willReturn(aResponse().withStatus(404)));
        try (EstClient client = client(wm, null)) {
            client.sipTrunks().get("t1");
            assertThatThrownBy(() -> client.sipTrunks().get("gone")).isInstanceOf(NotFoundException.class);
        }

        List<String> calls = CapturedLogs.lines().stream().filter(l -> l.startsWith("DEBUG dev.estsdk.client -")).toList();
        assertThat(calls).hasSize(2);
        assertThat(calls.get(0)).contains("GET /v1/projects/p1/trunks/t1 -> 200 in").contains("1 attempt(s)");
        assertThat(calls.get(1)).contains("GET /v1/projects/p1/trunks/gone -> 404").endsWith("NotFoundException");
    }
}
