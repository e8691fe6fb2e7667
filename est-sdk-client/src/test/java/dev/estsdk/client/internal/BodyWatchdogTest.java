package dev.estsdk.client.internal;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.estsdk.client.EstCredentials;
import dev.estsdk.client.RetryPolicy;
import dev.estsdk.client.TestTime;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static org.assertj.core.api.Assertions.assertThat;

@WireMockTest
class BodyWatchdogTest {

    @Test
    void completedCalls_leaveNoGuardBehindInTheWatchdog(WireMockRuntimeInfo wm) {
        stubFor(get("/v1/projects/p1/trunks/t1").willReturn(okJson("{\"id\":\"t1\"}")));
        TestTime time = new TestTime();
        URI base = URI.create(wm.getHttpBaseUrl());
        try (ClientRuntime runtime = ClientRuntime.create(new ClientConfig("p1",
                EstCredentials.basic("key", "secret-0123456789"), base, base.resolve("/oauth2/token"),
                Duration.ofSeconds(2), Duration.ofSeconds(30), Duration.ofSeconds(60), RetryPolicy.defaults(),
                "est-sdk-test", null, null, null, time, time))) {
            TestApi api = runtime.apis().target(TestApi.class);
            feign.Request.Options options = new feign.Request.Options(2, TimeUnit.SECONDS, 30, TimeUnit.SECONDS,
                    false);

            for (int i = 0; i < 50; i++) {
                assertThat(api.get("p1", "t1", options)).containsEntry("id", "t1");
            }

            assertThat(runtime.pendingBodyGuards()).as("guards cancelled when their bodies were read").isZero();
        }
    }
}
