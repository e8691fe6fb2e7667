package dev.estsdk.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.estsdk.api.exception.NotFoundException;
import dev.estsdk.api.model.SipTrunk;
import dev.estsdk.core.EstResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code withResponse}: a call's value together with its status, headers and request id. */
@WireMockTest
class RawResponsesTest {

    private static final String TRUNK = "/v1/projects/p1/trunks/t1";

    private static EstClient client(WireMockRuntimeInfo wm) {
        return EstClient.builder().projectId("p1").credentials(EstCredentials.basic("key", "secret-0123456789"))
                .baseUrl(wm.getHttpBaseUrl()).build();
    }

    @Test
    void withResponse_returnsTheValueStatusHeadersAndTheRequestIdSent(WireMockRuntimeInfo wm) {
        stubFor(get(TRUNK).willReturn(okJson("{\"id\":\"t1\",\"hostName\":\"acme\"}")
                .withHeader("X-RateLimit-Remaining", "41").withHeader("X-Internal", "do-not-print-me")));
        try (EstClient est = client(wm)) {
            EstResponse<SipTrunk> response = est.withResponse(api -> api.sipTrunks().get("t1"));

            assertThat(response.value().hostName()).isEqualTo("acme");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.header("x-ratelimit-remaining")).contains("41");
            assertThat(response.attempts()).isEqualTo(1);
            LoggedRequest sent = wm.getWireMock().find(getRequestedFor(urlPathEqualTo(TRUNK))).get(0);
            assertThat(response.requestId()).isEqualTo(sent.getHeader("X-Request-Id"));
            assertThat(response.toString()).doesNotContain("do-not-print-me").contains("status=200");
        }
    }

    @Test
    void withResponse_ofADelete_hasNoValueButItsStatus(WireMockRuntimeInfo wm) {
        stubFor(delete(TRUNK).willReturn(aResponse().withStatus(204)));
        try (EstClient est = client(wm)) {
            EstResponse<Object> response = est.withResponse(api -> {
                api.sipTrunks().delete("t1");
                return null;
            });

            assertThat(response.value()).isNull();
            assertThat(response.statusCode()).isEqualTo(204);
        }
    }

    @Test
    void withResponse_countsTheAttemptsOfARetriedCall(WireMockRuntimeInfo wm) {
        stubFor(get(TRUNK).inScenario("r").whenScenarioStateIs("Started").willReturn(aResponse().withStatus(503))
                .willSetStateTo("ok"));
        stubFor(get(TRUNK).inScenario("r").whenScenarioStateIs("ok").willReturn(okJson("{\"id\":\"t1\"}")));
        try (EstClient est = client(wm)) {
            assertThat(est.withResponse(api -> api.sipTrunks().get("t1")).attempts()).isEqualTo(2);
        }
    }

    @Test
    void withResponse_whenTheCallFails_throwsItsException(WireMockRuntimeInfo wm) {
        stubFor(get(TRUNK).willReturn(aResponse().withStatus(404)));
        try (EstClient est = client(wm)) {
            assertThatThrownBy(() -> est.withResponse(api -> api.sipTrunks().get("t1")))
                    .isInstanceOf(NotFoundException.class);
        }
    }

    @Test
    void withResponse_whenNoCallIsMade_saysSo(WireMockRuntimeInfo wm) {
        try (EstClient est = client(wm)) {
            assertThatThrownBy(() -> est.withResponse(api -> "nothing"))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("made no API call");
        }
    }

    @Test
    void asyncWithResponse_completesWithTheResponse(WireMockRuntimeInfo wm) {
        stubFor(get(TRUNK).willReturn(okJson("{\"id\":\"t1\"}").withHeader("X-Trace", "abc")));
        try (EstClient est = client(wm)) {
            assertThat(est.async().withResponse(api -> api.sipTrunks().get("t1")))
                    .succeedsWithin(Duration.ofSeconds(30))
                    .satisfies(response -> {
                        assertThat(response.value().id()).isEqualTo("t1");
                        assertThat(response.header("X-Trace")).contains("abc");
                    });
        }
    }

    @Test
    void headers_areReadOnlyAndKeyedInLowerCase() {
        EstResponse<String> response = new EstResponse<>("v", 200, java.util.Map.of("Content-Type",
                List.of("application/json")), "rid", 1);

        assertThat(response.headers()).containsOnlyKeys("content-type");
        assertThatThrownBy(() -> response.headers().put("x", List.of())).isInstanceOf(UnsupportedOperationException.class);
    }
}
