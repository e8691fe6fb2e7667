package dev.estsdk.client.internal.resources;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.estsdk.api.async.AsyncPagedIterable;
import dev.estsdk.api.exception.NotFoundException;
import dev.estsdk.api.model.SipTrunk;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Asynchronous listings fetch each page only when it is wanted, and never block a thread. */
class AsyncPagingTest extends WireMockResourceTest {

    private static final String TRUNKS = BASE + "/trunks";

    private AsyncPagedIterable<SipTrunk> trunks;

    @BeforeEach
    void threePagesOfOneTrunk() {
        for (int n = 1; n <= 3; n++) {
            stub(get(urlPathEqualTo(TRUNKS)).withQueryParam("page", equalTo(String.valueOf(n))),
                    json(200, "{\"trunks\":[{\"id\":\"t" + n + "\",\"hostName\":\"h" + n + "\"}],"
                            + "\"totalItems\":3,\"pageNumber\":" + n + ",\"pageSize\":1}"));
        }
        trunks = new AsyncResources(PROJECT, runtime.apis(), runtime.pipeline()).sipTrunks().list().withPageSize(1);
    }

    @Test
    void toList_fetchesEveryPageInOrder() throws Exception {
        assertThat(trunks.toList().get(30, TimeUnit.SECONDS)).extracting(SipTrunk::id).containsExactly("t1", "t2", "t3");
        assertThat(urls()).containsExactly(TRUNKS + "?page=1&size=1", TRUNKS + "?page=2&size=1",
                TRUNKS + "?page=3&size=1");
    }

    @Test
    void publisher_fetchesAPageOnlyWhenTheSubscriberAsksForMore() throws Exception {
        Collecting subscriber = new Collecting();
        trunks.items().subscribe(subscriber);
        assertThat(requests()).as("nothing before demand").isEmpty();

        subscriber.subscription.request(1);
        awaitItems(subscriber, 1);
        assertThat(requests()).hasSize(1);

        subscriber.subscription.request(2);
        awaitItems(subscriber, 3);
        assertThat(subscriber.completed.get(30, TimeUnit.SECONDS)).isTrue();
        assertThat(subscriber.items).containsExactly("t1", "t2", "t3");
        assertThat(requests()).hasSize(3);
    }

    @Test
    void publisher_cancelled_fetchesNothingMore() throws Exception {
        Collecting subscriber = new Collecting();
        trunks.items().subscribe(subscriber);
        subscriber.subscription.request(1);
        awaitItems(subscriber, 1);

        subscriber.subscription.cancel();
        subscriber.subscription.request(5);

        assertThat(requests()).hasSize(1);
        assertThat(subscriber.items).containsExactly("t1");
    }

    @Test
    void aFailedPage_failsTheWholePass() {
        stub(get(urlPathEqualTo(TRUNKS)).withQueryParam("page", equalTo("2")), json(404,
                "{\"code\":404,\"status\":\"NOT_FOUND\",\"message\":\"gone\"}"));

        assertThat(trunks.forEach(t -> { })).failsWithin(Duration.ofSeconds(30))
                .withThrowableThat().withCauseInstanceOf(NotFoundException.class);
        Collecting subscriber = new Collecting();
        trunks.items().subscribe(subscriber);
        subscriber.subscription.request(10);
        assertThat(subscriber.completed).failsWithin(Duration.ofSeconds(30))
                .withThrowableThat().withCauseInstanceOf(NotFoundException.class);
    }

    private static void awaitItems(Collecting subscriber, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (subscriber.items.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(subscriber.items).hasSize(count);
    }

    private static final class Collecting implements Flow.Subscriber<SipTrunk> {
        final List<String> items = new CopyOnWriteArrayList<>();
        final CompletableFuture<Boolean> completed = new CompletableFuture<>();
        volatile Flow.Subscription subscription;

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
        }

        @Override
        public void onNext(SipTrunk item) {
            items.add(item.id());
        }

        @Override
        public void onError(Throwable error) {
            completed.completeExceptionally(error);
        }

        @Override
        public void onComplete() {
            completed.complete(true);
        }
    }
}
