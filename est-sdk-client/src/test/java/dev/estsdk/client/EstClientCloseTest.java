package dev.estsdk.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.findAll;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.estsdk.api.exception.EstClientException;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What {@link EstClient#close()} releases and how a closed client answers. */
@WireMockTest
class EstClientCloseTest {

    private static EstClient.Builder client(WireMockRuntimeInfo server) {
        TestTime time = new TestTime();
        return EstClient.builder().projectId("p1").credentials(EstCredentials.basic("key", "secret-0123456789"))
                .baseUrl(server.getHttpBaseUrl()).clock(time).sleeper(time);
    }

    private static Set<Thread> sdkThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("est-sdk-") && t.isAlive())
                .collect(Collectors.toSet());
    }

    @Test
    void close_endsTheThreadsTheClientStarted(WireMockRuntimeInfo server) throws InterruptedException {
        stubFor(get(anyUrl()).willReturn(okJson("{\"id\":\"t1\",\"name\":\"Acme\",\"hostName\":\"acme\"}")));
        Set<Thread> before = sdkThreads();
        EstClient est = client(server).build();
        est.sipTrunks().get("t1");
        Set<Thread> started = sdkThreads();
        started.removeAll(before);
        assertThat(started).extracting(Thread::getName).anyMatch(name -> name.startsWith("est-sdk-http-"));

        est.close();

        for (Thread thread : started) {
            thread.join(10_000);
        }
        assertThat(started).as("threads still alive after close()").noneMatch(Thread::isAlive);
    }

    @Test
    void call_afterClose_isRefusedNamingTheCall_andSendsNothing(WireMockRuntimeInfo server) {
        EstClient est = client(server).build();
        est.close();
        est.close();

        assertThatThrownBy(() -> est.sipTrunks().get("t1"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("EstClient is closed")
                .hasMessageContaining("GET /v1/projects/{projectId}/trunks/{sipTrunkId}")
                .hasMessageContaining("EstClient.builder()");
        assertThat(findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    void retry_afterCloseDuringTheCall_isNotSent(WireMockRuntimeInfo server) {
        stubFor(get(anyUrl()).willReturn(aResponse().withStatus(503)));
        AtomicReference<EstClient> self = new AtomicReference<>();
        EstClient est = client(server).callListener(Attempts.into(event -> self.get().close())).build();
        self.set(est);

        assertThatThrownBy(() -> est.sipTrunks().get("t1"))
                .isInstanceOf(EstClientException.class)
                .hasMessageContaining("closed during the call")
                .satisfies(e -> assertThat(((EstClientException) e).attempts()).isEqualTo(1));
        assertThat(findAll(anyRequestedFor(anyUrl()))).hasSize(1);
    }
}
