package dev.estsdk.client.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.estsdk.api.exception.EstTimeoutException;
import dev.estsdk.core.AttemptEvent;
import dev.estsdk.core.RetryPolicy;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Reliability properties 11 and 12: the call deadline bounds hanging attempts and dribbling bodies. */
@WireMockTest
class DeadlinePropertiesTest {

    private static final String TRUNK = "/v1/projects/p1/trunks/t1";

    @Test
    @DisplayName("P11: a call whose attempts all hang ends at the call deadline, not at attempts x read timeout")
    void hangingAttempts_endAtTheCallDeadline(WireMockRuntimeInfo wm) {
        stubFor(get(TRUNK).willReturn(aResponse().withStatus(200).withBody("{}").withFixedDelay(10_000)));
        RetryPolicy patient = RetryPolicy.builder().maxAttempts(10).baseDelay(Duration.ofMillis(1))
                .maxDelay(Duration.ofMillis(1)).build();
        try (Harness client = new Harness(wm.getHttpBaseUrl(), c -> c.policy(patient)
                .readTimeout(Duration.ofMillis(1_200)).callTimeout(Duration.ofMillis(3_000)))) {

            assertThatThrownBy(() -> client.get("t1"))
                    .isInstanceOfSatisfying(EstTimeoutException.class, e -> {
                        assertThat(e.getMessage()).contains("call deadline of 3s exceeded");
                        assertThat(e.attempts()).as("what fits in the deadline, not ten").isBetween(2, 3);
                    });

            assertThat(client.events).extracting(AttemptEvent::outcome).containsOnly(AttemptEvent.Outcome.TIMEOUT);
            assertThat(client.events).extracting(AttemptEvent::retrying).last().isEqualTo(false);
            assertThat(wm.getWireMock().find(getRequestedFor(urlPathEqualTo(TRUNK))))
                    .as("a request cut short may not have reached the server").hasSizeBetween(2, client.events.size());
        }
    }

    @Test
    @DisplayName("P12: a body that dribbles forever is cut at the call deadline")
    void dribblingBody_isCutAtTheCallDeadline(WireMockRuntimeInfo wm) {
        stubFor(get(TRUNK).willReturn(aResponse().withStatus(200).withBody("{\"id\":\"" + "x".repeat(2_000) + "\"}")
                .withChunkedDribbleDelay(600, 60_000)));
        try (Harness client = new Harness(wm.getHttpBaseUrl(), c -> c.readTimeout(Duration.ofSeconds(30))
                .callTimeout(Duration.ofSeconds(2)))) {

            assertThatThrownBy(() -> client.get("t1"))
                    .isInstanceOfSatisfying(EstTimeoutException.class, e -> {
                        assertThat(e.getMessage()).contains("call deadline of 2s exceeded");
                        assertThat(e.attempts()).isEqualTo(1);
                    });
            assertThat(client.events).singleElement().satisfies(event -> {
                assertThat(event.status()).as("the headers had arrived").isEqualTo(200);
                assertThat(event.outcome()).isEqualTo(AttemptEvent.Outcome.TIMEOUT);
            });
        }
    }

    @Test
    @DisplayName("P12: a body that dribbles forever is cut at the call deadline on a caller-supplied JDK client too")
    void dribblingBody_onACallerSuppliedClient_isCutAtTheCallDeadline(WireMockRuntimeInfo wm) {
        stubFor(get(TRUNK).willReturn(aResponse().withStatus(200).withBody("{\"id\":\"" + "x".repeat(2_000) + "\"}")
                .withChunkedDribbleDelay(600, 60_000)));
        java.net.http.HttpClient own = java.net.http.HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(7))
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER)
                .build();
        try (Harness client = new Harness(wm.getHttpBaseUrl(), c -> c.httpClient(own)
                .readTimeout(Duration.ofSeconds(30)).callTimeout(Duration.ofSeconds(2)))) {

            assertThatThrownBy(() -> client.get("t1"))
                    .isInstanceOfSatisfying(EstTimeoutException.class,
                            e -> assertThat(e.getMessage()).contains("call deadline of 2s exceeded"));
            assertThat(client.events).singleElement()
                    .satisfies(event -> assertThat(event.outcome()).isEqualTo(AttemptEvent.Outcome.TIMEOUT));
        }
    }
}
