package dev.estsdk.client.internal;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;

/**
 * The JDK client as Feign's {@code Http2Client} sees it: {@link #send} returns only once the whole
 * response body has arrived, within the attempt's budget, and then hands the bytes to the body
 * handler the caller asked for.
 *
 * <p>Feign asks for the body as an {@code InputStream}. Read as it arrives, such a stream parks the
 * calling thread for every chunk the connection delivers (three to four times for a 60 KiB page
 * of numbers) and needs a second guard for a server that sends the body one byte at a time. Here
 * the JDK's own threads collect the chunks into one array, and the calling thread wakes once. The
 * request's {@link HttpRequest#timeout() timeout} (the attempt's budget, which
 * {@link CallExecutor} never sets beyond the call deadline) covers the wait for the headers, as
 * the JDK defines it; a watchdog armed when the headers arrive covers the rest of the same budget
 * for the body, cancels the exchange when it runs out and fails the call with a
 * {@link BodyTimeoutException}.
 *
 * <p>Everything but {@code send} is the delegate's.
 */
final class WholeBodyHttpClient extends HttpClient {

    /** The largest declared body length that is allocated up front; longer bodies grow as they arrive. */
    static final int MAX_PRESIZED_BODY = 16 * 1024 * 1024;

    /** The largest body one array can hold; a longer one fails the call instead of overflowing. */
    static final int MAX_BODY = Integer.MAX_VALUE - 8;

    private final HttpClient delegate;
    private final ScheduledExecutorService watchdog;

    WholeBodyHttpClient(HttpClient delegate, ScheduledExecutorService watchdog) {
        this.delegate = delegate;
        this.watchdog = watchdog;
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        long budget = request.timeout().map(WholeBodyHttpClient::nanos).orElse(Long.MAX_VALUE);
        CallContext call = CallContext.current();
        HttpResponse<byte[]> whole;
        try {
            whole = delegate.send(request, info -> {
                // The status is known when the headers arrive: a body that then times out still logs it.
                if (call != null) {
                    call.status(info.statusCode());
                }
                return new WholeBody(info, start, budget, watchdog);
            });
        } catch (IOException e) {
            // The JDK re-wraps a body subscriber's failure in a plain IOException; surface ours.
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof BodyTimeoutException timeout) {
                    throw new BodyTimeoutException(timeout.budgetMillis, e);
                }
                if (cause instanceof ClientClosedException) {
                    throw new ClientClosedException(e);
                }
                if (cause instanceof BodyTooLargeException tooLarge) {
                    throw new BodyTooLargeException(tooLarge.limit, e);
                }
            }
            throw e;
        }
        return new Replayed<>(whole, replay(handler, whole));
    }

    /** Hands the bytes received to the caller's body handler, as if they had just arrived. */
    static <T> T replay(HttpResponse.BodyHandler<T> handler, HttpResponse<byte[]> whole) throws IOException {
        HttpResponse.BodySubscriber<T> subscriber = handler.apply(new Info(whole));
        subscriber.onSubscribe(new Replay(subscriber, whole.body()));
        try {
            return subscriber.getBody().toCompletableFuture().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while handing over the response body", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
    }

    private static long nanos(Duration duration) {
        try {
            return duration.toNanos();
        } catch (ArithmeticException tooLong) {
            return Long.MAX_VALUE;
        }
    }

    /** Collects a response body into one array, or fails when the attempt's budget runs out first. */
    static final class WholeBody implements HttpResponse.BodySubscriber<byte[]> {

        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final long deadline;
        private final long budget;
        private final ScheduledExecutorService watchdog;
        private final int limit;
        private byte[] buffer;
        private int size;
        private volatile Flow.Subscription subscription;
        private volatile ScheduledFuture<?> guard;

        /**
         * @param info     the response's status and headers
         * @param start    {@link System#nanoTime()} when the attempt was sent
         * @param budget   the attempt's budget in nanoseconds, counted from {@code start}
         * @param watchdog runs the guard that ends a body arriving too slowly
         */
        WholeBody(HttpResponse.ResponseInfo info, long start, long budget, ScheduledExecutorService watchdog) {
            this(info, start, budget, watchdog, MAX_BODY);
        }

        /** As above, failing bodies longer than {@code limit} bytes with a {@link BodyTooLargeException}. */
        WholeBody(HttpResponse.ResponseInfo info, long start, long budget, ScheduledExecutorService watchdog,
                  int limit) {
            this.limit = limit;
            this.budget = budget;
            this.deadline = budget == Long.MAX_VALUE ? Long.MAX_VALUE : start + budget;
            this.watchdog = watchdog;
            long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
            this.buffer = new byte[declared >= 0 && declared <= Math.min(MAX_PRESIZED_BODY, limit) ? (int) declared
                    : Math.min(8192, limit)];
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (deadline != Long.MAX_VALUE) {
                try {
                    guard = watchdog.schedule(this::expire, Math.max(deadline - System.nanoTime(), 0),
                            TimeUnit.NANOSECONDS);
                } catch (RejectedExecutionException closedMeanwhile) {
                    s.cancel();
                    result.completeExceptionally(new ClientClosedException());
                    return;
                }
            }
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer item : items) {
                int n = item.remaining();
                if (n > limit - size) {
                    tooLarge();
                    return;
                }
                if (size + n > buffer.length) {
                    buffer = Arrays.copyOf(buffer, (int) Math.min(limit, Math.max(size + n, 2L * buffer.length)));
                }
                item.get(buffer, size, n);
                size += n;
            }
        }

        @Override
        public void onError(Throwable failure) {
            stopGuard();
            result.completeExceptionally(failure);
        }

        @Override
        public void onComplete() {
            stopGuard();
            result.complete(size == buffer.length ? buffer : Arrays.copyOf(buffer, size));
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        private void expire() {
            if (result.completeExceptionally(new BodyTimeoutException(TimeUnit.NANOSECONDS.toMillis(budget), null))) {
                Flow.Subscription s = subscription;
                if (s != null) {
                    s.cancel();
                }
            }
        }

        private void tooLarge() {
            stopGuard();
            if (result.completeExceptionally(new BodyTooLargeException(limit, null))) {
                Flow.Subscription s = subscription;
                if (s != null) {
                    s.cancel();
                }
            }
        }

        private void stopGuard() {
            ScheduledFuture<?> g = guard;
            if (g != null) {
                g.cancel(false);
            }
        }
    }

    /** Delivers one array to a subscriber, on its first request, from whichever thread asks. */
    private static final class Replay implements Flow.Subscription {

        private final Flow.Subscriber<List<ByteBuffer>> subscriber;
        private final byte[] bytes;
        private final AtomicBoolean done = new AtomicBoolean();

        Replay(Flow.Subscriber<List<ByteBuffer>> subscriber, byte[] bytes) {
            this.subscriber = subscriber;
            this.bytes = bytes;
        }

        @Override
        public void request(long n) {
            if (!done.compareAndSet(false, true)) {
                return;
            }
            if (n <= 0) {
                subscriber.onError(new IllegalArgumentException("non-positive request: " + n));
                return;
            }
            if (bytes.length > 0) {
                subscriber.onNext(List.of(ByteBuffer.wrap(bytes)));
            }
            subscriber.onComplete();
        }

        @Override
        public void cancel() {
            done.set(true);
        }
    }

    /** The response's status, headers and version, for the caller's body handler. */
    private record Info(HttpResponse<?> response) implements HttpResponse.ResponseInfo {
        @Override
        public int statusCode() {
            return response.statusCode();
        }

        @Override
        public HttpHeaders headers() {
            return response.headers();
        }

        @Override
        public Version version() {
            return response.version();
        }
    }

    /**
     * The delegate's response with the body the caller's handler made of the bytes. The client
     * never follows redirects, so there is no previous response to report.
     */
    private record Replayed<T>(HttpResponse<byte[]> whole, T body) implements HttpResponse<T> {
        @Override
        public int statusCode() {
            return whole.statusCode();
        }

        @Override
        public HttpRequest request() {
            return whole.request();
        }

        @Override
        public Optional<HttpResponse<T>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public HttpHeaders headers() {
            return whole.headers();
        }

        @Override
        public Optional<SSLSession> sslSession() {
            return whole.sslSession();
        }

        @Override
        public java.net.URI uri() {
            return whole.uri();
        }

        @Override
        public Version version() {
            return whole.version();
        }
    }

    /** The body did not arrive completely within the attempt's budget. */
    static final class BodyTimeoutException extends IOException {

        private static final long serialVersionUID = 1L;

        private final long budgetMillis;

        BodyTimeoutException(long budgetMillis, Throwable cause) {
            super("response body not received within " + budgetMillis + " ms", cause);
            this.budgetMillis = budgetMillis;
        }
    }

    /** The client was closed while this attempt waited for its response; the body was discarded. */
    static final class ClientClosedException extends IOException {

        private static final long serialVersionUID = 1L;

        ClientClosedException() {
            this(null);
        }

        ClientClosedException(Throwable cause) {
            super("the EstClient was closed before the response body was read", cause);
        }
    }

    /** The body is longer than one array can hold; asking again would not make it shorter. */
    static final class BodyTooLargeException extends IOException {

        private static final long serialVersionUID = 1L;

        private final int limit;

        BodyTooLargeException(int limit, Throwable cause) {
            super("response body longer than " + limit + " bytes, more than the client can hold", cause);
            this.limit = limit;
        }
    }

    // ---- everything else is the delegate's ----------------------------------------------------

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request,
                                                            HttpResponse.BodyHandler<T> handler) {
        return delegate.sendAsync(request, handler);
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
                                                            HttpResponse.PushPromiseHandler<T> pushPromiseHandler) {
        return delegate.sendAsync(request, handler, pushPromiseHandler);
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
        return delegate.cookieHandler();
    }

    @Override
    public Optional<Duration> connectTimeout() {
        return delegate.connectTimeout();
    }

    @Override
    public Redirect followRedirects() {
        return delegate.followRedirects();
    }

    @Override
    public Optional<ProxySelector> proxy() {
        return delegate.proxy();
    }

    @Override
    public SSLContext sslContext() {
        return delegate.sslContext();
    }

    @Override
    public SSLParameters sslParameters() {
        return delegate.sslParameters();
    }

    @Override
    public Optional<Authenticator> authenticator() {
        return delegate.authenticator();
    }

    @Override
    public Version version() {
        return delegate.version();
    }

    @Override
    public Optional<Executor> executor() {
        return delegate.executor();
    }
}
