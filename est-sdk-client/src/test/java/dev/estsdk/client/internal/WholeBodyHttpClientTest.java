package dev.estsdk.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WholeBodyHttpClientTest {

    private final ScheduledThreadPoolExecutor watchdog = new ScheduledThreadPoolExecutor(1);

    WholeBodyHttpClientTest() {
        watchdog.setRemoveOnCancelPolicy(true);
    }

    @AfterEach
    void stopWatchdog() {
        watchdog.shutdownNow();
    }

    @ParameterizedTest(name = "{0} bytes in chunks of {1}, Content-Length {2}")
    @CsvSource(nullValues = "none", value = {
        "0, 1, 0",
        "0, 1, none",
        "517, 100, 517",
        "70000, 16384, 70000",
        "70000, 16384, none",
        "517, 100, 100",
        "517, 100, 900"
    })
    void wholeBody_keepsEveryByteInOrder_whateverLengthWasDeclared(int sent, int chunk, Long declared)
            throws Exception {
        byte[] body = bytes(sent);
        WholeBodyHttpClient.WholeBody subscriber = subscriber(declared, TimeUnit.SECONDS.toNanos(10));
        FakeSubscription subscription = new FakeSubscription();

        subscriber.onSubscribe(subscription);
        for (int at = 0; at < sent; at += chunk) {
            subscriber.onNext(List.of(ByteBuffer.wrap(body, at, Math.min(chunk, sent - at))));
        }
        subscriber.onComplete();

        assertThat(subscription.requested).isEqualTo(Long.MAX_VALUE);
        assertThat(subscriber.getBody().toCompletableFuture().get()).isEqualTo(body);
        assertThat(watchdog.getQueue()).as("the guard is gone once the body has arrived").isEmpty();
    }

    @Test
    void wholeBody_thatOutlivesTheBudget_failsWithABodyTimeoutAndCancelsTheExchange() {
        WholeBodyHttpClient.WholeBody subscriber = subscriber(1000L, TimeUnit.MILLISECONDS.toNanos(50));
        FakeSubscription subscription = new FakeSubscription();

        subscriber.onSubscribe(subscription);
        subscriber.onNext(List.of(ByteBuffer.wrap(bytes(10))));
        Throwable failure = catchThrowable(() -> subscriber.getBody().toCompletableFuture().get(10, TimeUnit.SECONDS));

        assertThat(failure).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(WholeBodyHttpClient.BodyTimeoutException.class)
                .hasMessage("response body not received within 50 ms");
        assertThat(subscription.cancelled).isTrue();
    }

    @Test
    void wholeBody_longerThanItsLimit_failsAsTooLargeAndCancelsTheExchange() {
        WholeBodyHttpClient.WholeBody subscriber = new WholeBodyHttpClient.WholeBody(info(null), System.nanoTime(),
                TimeUnit.SECONDS.toNanos(10), watchdog, 100);
        FakeSubscription subscription = new FakeSubscription();

        subscriber.onSubscribe(subscription);
        subscriber.onNext(List.of(ByteBuffer.wrap(bytes(60))));
        subscriber.onNext(List.of(ByteBuffer.wrap(bytes(60))));

        assertThat(catchThrowable(() -> subscriber.getBody().toCompletableFuture().get()))
                .cause().isInstanceOf(WholeBodyHttpClient.BodyTooLargeException.class)
                .hasMessage("response body longer than 100 bytes, more than the client can hold");
        assertThat(subscription.cancelled).isTrue();
        assertThat(watchdog.getQueue()).isEmpty();
    }

    @Test
    void wholeBody_afterTheClientClosed_failsAsClosedAndCancelsTheExchange() {
        watchdog.shutdownNow();
        WholeBodyHttpClient.WholeBody subscriber = subscriber(10L, TimeUnit.SECONDS.toNanos(10));
        FakeSubscription subscription = new FakeSubscription();

        subscriber.onSubscribe(subscription);

        assertThat(subscription.cancelled).isTrue();
        assertThat(subscription.requested).isZero();
        assertThat(catchThrowable(() -> subscriber.getBody().toCompletableFuture().get()))
                .cause().isInstanceOf(WholeBodyHttpClient.ClientClosedException.class);
    }

    @Test
    void wholeBody_whenTheConnectionFails_passesTheFailureOnAndStopsItsGuard() {
        WholeBodyHttpClient.WholeBody subscriber = subscriber(10L, TimeUnit.SECONDS.toNanos(10));
        subscriber.onSubscribe(new FakeSubscription());
        java.io.IOException reset = new java.io.IOException("connection reset");

        subscriber.onError(reset);

        assertThat(catchThrowable(() -> subscriber.getBody().toCompletableFuture().get())).cause().isSameAs(reset);
        assertThat(watchdog.getQueue()).isEmpty();
    }

    @Test
    void replay_givesTheCallersHandlerTheWholeBody() throws Exception {
        byte[] body = "{\"id\":\"t1\"}".getBytes(StandardCharsets.UTF_8);

        InputStream stream = WholeBodyHttpClient.replay(HttpResponse.BodyHandlers.ofInputStream(), response(body));
        String text = WholeBodyHttpClient.replay(HttpResponse.BodyHandlers.ofString(), response(body));
        byte[] empty = WholeBodyHttpClient.replay(HttpResponse.BodyHandlers.ofByteArray(), response(new byte[0]));

        assertThat(stream.readAllBytes()).isEqualTo(body);
        assertThat(text).isEqualTo("{\"id\":\"t1\"}");
        assertThat(empty).isEmpty();
    }

    private WholeBodyHttpClient.WholeBody subscriber(Long declared, long budgetNanos) {
        return new WholeBodyHttpClient.WholeBody(info(declared), System.nanoTime(), budgetNanos, watchdog);
    }

    private static HttpResponse.ResponseInfo info(Long declared) {
        Map<String, List<String>> headers = declared == null ? Map.of()
                : Map.of("Content-Length", List.of(String.valueOf(declared)));
        return new HttpResponse.ResponseInfo() {
            @Override
            public int statusCode() {
                return 200;
            }

            @Override
            public HttpHeaders headers() {
                return HttpHeaders.of(headers, (k, v) -> true);
            }

            @Override
            public HttpClient.Version version() {
                return HttpClient.Version.HTTP_1_1;
            }
        };
    }

    private static byte[] bytes(int n) {
        byte[] body = new byte[n];
        for (int i = 0; i < n; i++) {
            body[i] = (byte) (i * 31);
        }
        return body;
    }

    private static HttpResponse<byte[]> response(byte[] body) {
        return new HttpResponse<>() {
            @Override
            public int statusCode() {
                return 200;
            }

            @Override
            public HttpRequest request() {
                return HttpRequest.newBuilder(URI.create("http://127.0.0.1/v1/x")).build();
            }

            @Override
            public Optional<HttpResponse<byte[]>> previousResponse() {
                return Optional.empty();
            }

            @Override
            public HttpHeaders headers() {
                return HttpHeaders.of(Map.of(), (k, v) -> true);
            }

            @Override
            public byte[] body() {
                return body;
            }

            @Override
            public Optional<SSLSession> sslSession() {
                return Optional.empty();
            }

            @Override
            public URI uri() {
                return URI.create("http://127.0.0.1/v1/x");
            }

            @Override
            public HttpClient.Version version() {
                return HttpClient.Version.HTTP_1_1;
            }
        };
    }

    private static final class FakeSubscription implements Flow.Subscription {
        private volatile long requested;
        private volatile boolean cancelled;
        private final List<Long> requests = new ArrayList<>();

        @Override
        public void request(long n) {
            requests.add(n);
            requested = n;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }
}
