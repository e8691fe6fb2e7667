package dev.estsdk.client.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.estsdk.api.exception.NotFoundException;
import dev.estsdk.core.AttemptEvent;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Property 27: a DELETE whose first attempt took effect but whose answer was lost, retried and
 * answered 404, reports success: the goal state holds. The same for an unlink. A 404 that no
 * earlier attempt can explain is still a {@link NotFoundException}.
 */
@WireMockTest
class DeleteOutcomePropertiesTest {

    private static final String TRUNK = "/v1/projects/p1/trunks/t1";
    private static final String ACL_LINK = "/v1/projects/p1/trunks/t1/accessControlLists/a1";

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

    private static ResponseDefinitionBuilder notFound() {
        return aResponse().withStatus(404).withBody("{\"code\":404,\"status\":\"NOT_FOUND\",\"message\":\"gone\"}");
    }

    @Test
    @DisplayName("P27: DELETE reset after sending, retried and answered 404, succeeds")
    void delete_whoseAnswerWasLost_andThen404_succeeds() {
        Harness.sequence("DELETE", TRUNK, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), notFound());

        client.est.sipTrunks().delete("t1");

        assertThat(requests(TRUNK)).isEqualTo(2);
        assertThat(client.events).extracting(AttemptEvent::outcome)
                .containsExactly(AttemptEvent.Outcome.FAILURE, AttemptEvent.Outcome.SUCCESS);
    }

    @Test
    @DisplayName("P27: DELETE timed out, retried and answered 404, succeeds")
    void delete_thatTimedOut_andThen404_succeeds() {
        Harness.sequence("DELETE", TRUNK, aResponse().withStatus(204).withFixedDelay(4_000), notFound());

        client.est.sipTrunks().delete("t1");

        assertThat(requests(TRUNK)).isEqualTo(2);
    }

    @Test
    @DisplayName("P27: DELETE answered 502, retried and answered 404, succeeds")
    void delete_answered502_andThen404_succeeds() {
        Harness.sequence("DELETE", TRUNK, aResponse().withStatus(502), notFound());

        client.est.sipTrunks().delete("t1");

        assertThat(requests(TRUNK)).isEqualTo(2);
    }

    @Test
    @DisplayName("P27: an unlink whose answer was lost, retried and answered 404, succeeds")
    void unlink_whoseAnswerWasLost_andThen404_succeeds() {
        Harness.sequence("DELETE", ACL_LINK, aResponse().withFault(Fault.EMPTY_RESPONSE), notFound());

        client.est.sipTrunks().removeAccessControlList("t1", "a1");

        assertThat(requests(ACL_LINK)).isEqualTo(2);
    }

    @Test
    @DisplayName("P27: a DELETE answered 404 at its first attempt still fails with NotFoundException")
    void delete_answered404AtOnce_isNotFound() {
        stubFor(request("DELETE", urlPathEqualTo(TRUNK)).willReturn(notFound()));

        assertThatThrownBy(() -> client.est.sipTrunks().delete("t1")).isInstanceOf(NotFoundException.class);
        assertThat(requests(TRUNK)).isEqualTo(1);
    }

    @Test
    @DisplayName("P27: only DELETE reads a late 404 as success; a GET after a reset is still NotFound")
    void get_whoseFirstAttemptWasReset_andThen404_isNotFound() {
        Harness.sequence("GET", TRUNK, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), notFound());

        assertThatThrownBy(() -> client.get("t1")).isInstanceOf(NotFoundException.class);
        assertThat(requests(TRUNK)).isEqualTo(2);
    }

    @Test
    @DisplayName("P27: the asynchronous DELETE keeps the rule")
    void asyncDelete_whoseAnswerWasLost_andThen404_succeeds() {
        Harness.sequence("DELETE", TRUNK, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), notFound());

        assertThat(client.est.async().sipTrunks().delete("t1")).succeedsWithin(Duration.ofSeconds(30));
        assertThat(requests(TRUNK)).isEqualTo(2);
    }
}
