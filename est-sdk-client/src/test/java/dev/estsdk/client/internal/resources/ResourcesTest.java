package dev.estsdk.client.internal.resources;

import dev.estsdk.api.SipTrunks;
import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.client.internal.ApiFactory;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.estsdk.client.internal.resources.Requests.assertSent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResourcesTest extends WireMockResourceTest {

    @Test
    void constructor_whenProjectIdCouldLeaveItsSegment_failsNamingIt() {
        ApiFactory apis = runtime.apis();

        assertThatThrownBy(() -> resourcesFor("../other", apis))
                .isInstanceOf(EstValidationException.class).hasMessageContaining("projectId");
        assertThatThrownBy(() -> resourcesFor(" ", apis))
                .isInstanceOf(EstValidationException.class).hasMessageContaining("projectId");
    }

    @Test
    void everyCall_sendsTheProjectIdAsOneEncodedSegment() {
        stub(get(urlEqualTo("/v1/projects/team%20a%2Bb/trunks/t1")), json(200, SipTrunksResourceTest.TRUNK_JSON));
        SyncResources team = resourcesFor("team a+b", runtime.apis());

        team.sipTrunks().get("t1");

        assertSent(onlyRequest(), "GET", "/v1/projects/team%20a%2Bb/trunks/t1");
    }

    @Test
    void build_createsNoProxy_andACallCreatesOnlyTheProxyItUses() {
        stub(get(urlEqualTo("/v1/projects/p1/trunks/t1")), json(200, SipTrunksResourceTest.TRUNK_JSON));
        RecordingApiFactory apis = new RecordingApiFactory(runtime.apis());

        SyncResources resources = resourcesFor("p1", apis);
        assertThat(apis.targets).isEmpty();

        resources.sipTrunks().get("t1");
        resources.sipTrunks().get("t1");

        assertThat(apis.targets).containsExactly(SipTrunkApi.class);
        assertThat(resources.sipTrunks()).isSameAs(resources.sipTrunks());
    }

    @Test
    void firstUse_fromManyThreadsAtOnce_createsOneProxy() throws Exception {
        RecordingApiFactory apis = new RecordingApiFactory(runtime.apis());
        SyncResources resources = resourcesFor("p1", apis);
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<SipTrunks>> seen = new CopyOnWriteArrayList<>();
            for (int i = 0; i < threads; i++) {
                seen.add(pool.submit(() -> {
                    start.await();
                    return resources.sipTrunks();
                }));
            }
            start.countDown();

            SipTrunks first = seen.get(0).get();
            for (Future<SipTrunks> each : seen) {
                assertThat(each.get()).isSameAs(first);
            }
            assertThat(apis.targets).containsExactly(SipTrunkApi.class);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Passes every request for a proxy on, remembering which interface was asked for. */
    private static final class RecordingApiFactory implements ApiFactory {

        final List<Class<?>> targets = new CopyOnWriteArrayList<>();
        private final ApiFactory delegate;

        RecordingApiFactory(ApiFactory delegate) {
            this.delegate = delegate;
        }

        @Override
        public <A> A target(Class<A> apiType) {
            targets.add(apiType);
            return delegate.target(apiType);
        }
    }
}
