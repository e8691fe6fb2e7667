package dev.estsdk.client.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.FieldViolation;
import dev.estsdk.core.RetryPolicy;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** Delays too long to compute with are refused, and the longest allowed ones never overflow. */
@WireMockTest
class RetryPolicyLimitsTest {

    @Test
    void delaysOfAThousandYearsOrLongMaxSeconds_areRefusedNamingEachSetting() {
        Duration thousandYears = ChronoUnit.YEARS.getDuration().multipliedBy(1000);
        Duration longest = Duration.ofSeconds(Long.MAX_VALUE);

        assertThatThrownBy(() -> RetryPolicy.builder().baseDelay(thousandYears).maxDelay(longest)
                .throttlingBaseDelay(longest).throttlingMaxDelay(longest).maxRetryAfter(longest).build())
                .isInstanceOfSatisfying(EstValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("baseDelay", "maxDelay",
                                "throttlingBaseDelay", "throttlingMaxDelay", "maxRetryAfter"))
                .hasMessageContaining("must be at most PT24H");
    }

    @Test
    void theLongestAllowedDelays_thenA503_retryWithinTheDeadlineWithoutOverflow(WireMockRuntimeInfo wm) {
        stubFor(get("/v1/projects/p1/trunks/t1").inScenario("s").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("ok"));
        stubFor(get("/v1/projects/p1/trunks/t1").inScenario("s").whenScenarioStateIs("ok")
                .willReturn(okJson("{\"id\":\"t1\"}")));
        RetryPolicy longest = RetryPolicy.builder().maxAttempts(10).baseDelay(RetryPolicy.MAX_DELAY)
                .maxDelay(RetryPolicy.MAX_DELAY).throttlingBaseDelay(RetryPolicy.MAX_DELAY)
                .throttlingMaxDelay(RetryPolicy.MAX_DELAY).maxRetryAfter(RetryPolicy.MAX_DELAY).build();

        try (Harness client = new Harness(wm.getHttpBaseUrl(), c -> c.policy(longest)
                .callTimeout(Duration.ofSeconds(30)))) {
            assertThat(client.get("t1").id()).isEqualTo("t1");
            assertThat(client.time.sleeps()).singleElement().satisfies(wait -> assertThat(wait)
                    .as("capped so that the retry keeps its read timeout (5 s) inside the 30 s deadline")
                    .isLessThanOrEqualTo(Duration.ofSeconds(25)));
        }
    }
}
