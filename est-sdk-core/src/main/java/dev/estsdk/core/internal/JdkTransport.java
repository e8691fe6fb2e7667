package dev.estsdk.core.internal;

import feign.AsyncClient;
import feign.Request;
import feign.Response;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

/**
 * The one transport: a Feign {@link AsyncClient} over the JDK {@link HttpClient} that receives
 * every body whole ({@code sendAsync} with {@code ofByteArray()}), so no thread waits on a
 * stream. This is the one place that enforces an attempt's time budget: when it runs out, the
 * attempt fails with an {@link HttpTimeoutException} and the JDK exchange is cancelled.
 *
 * <p>What belongs to one attempt arrives in its {@link AttemptOptions}: the request id and the
 * {@code Authorization} value are added here, so they never sit in a Feign template; the
 * concrete path, status and headers are written back into them. Bodies sent with
 * {@code Content-Encoding: gzip} are inflated (the JDK client does not), and {@code Accept-Encoding:
 * gzip} is asked for when the client was built with compression.
 *
 * <p>{@link #close()} fails every attempt in flight at once (cancelling its exchange) and refuses
 * every later one, so nothing is sent after a client was closed.
 */
public final class JdkTransport implements AsyncClient<Object>, AutoCloseable {

    /** Header names the JDK client sets itself and refuses from callers. */
    private static final Set<String> RESTRICTED = Set.of("content-length", "host", "connection", "expect",
            "upgrade", "accept-encoding");

    private volatile HttpClient http;
    private final boolean acceptGzip;
    private final Set<CompletableFuture<Response>> inFlight = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    /**
     * A transport over a JDK client.
     *
     * @param http       the JDK client; it must not follow redirects
     * @param acceptGzip whether to ask for gzip-compressed responses
     */
    public JdkTransport(HttpClient http, boolean acceptGzip) {
        this.http = http;
        this.acceptGzip = acceptGzip;
    }

    /** The client was closed: the attempt was not sent, or its answer is no longer awaited. */
    public static final class ClientClosedException extends IOException {
        private static final long serialVersionUID = 1L;

        ClientClosedException(String message) {
            super(message);
        }
    }

    @Override
    public CompletableFuture<Response> execute(Request request, Request.Options options, Optional<Object> context) {
        AttemptOptions attempt = options instanceof AttemptOptions a ? a : null;
        Duration budget = attempt != null ? attempt.budget() : Duration.ofMillis(options.readTimeoutMillis());
        HttpClient client = http;
        if (closed || client == null) {
            return CompletableFuture.failedFuture(closedBeforeSending());
        }
        HttpRequest outgoing = toJdk(request, attempt);
        if (attempt != null) {
            attempt.sentTo(outgoing.uri().getRawPath());
        }
        CompletableFuture<Response> result = new CompletableFuture<>();
        inFlight.add(result);
        if (closed) {
            inFlight.remove(result);
            return CompletableFuture.failedFuture(closedBeforeSending());
        }
        // The answer is taken from the body subscriber, on the JDK client's own worker thread: the
        // future sendAsync returns completes only after a hop to CompletableFuture's default
        // executor, which on a machine with fewer than 3 processors starts a new thread per call.
        CompletableFuture<HttpResponse<byte[]>> exchange = client.sendAsync(outgoing, info -> {
            if (attempt != null) {
                attempt.received(info.statusCode(), Map.of());
            }
            HttpResponse.BodySubscriber<byte[]> body = HttpResponse.BodySubscribers.ofByteArray();
            body.getBody().whenComplete((bytes, failure) -> {
                if (failure != null) {
                    result.completeExceptionally(unwrap(failure));
                    return;
                }
                try {
                    result.complete(toFeign(request, info.statusCode(), info.headers(), bytes, attempt));
                } catch (IOException | RuntimeException e) {
                    result.completeExceptionally(e);
                }
            });
            return body;
        });
        CompletableFuture<Void> timer = new CompletableFuture<Void>().orTimeout(budget.toNanos(), TimeUnit.NANOSECONDS);
        timer.whenComplete((ignored, timeout) -> {
            if (timeout != null) {
                result.completeExceptionally(new HttpTimeoutException(
                        "attempt timed out after " + budget.toMillis() + " ms"));
            }
        });
        exchange.whenComplete((response, failure) -> {
            if (failure != null) {
                result.completeExceptionally(unwrap(failure));
            }
        });
        result.whenComplete((response, failure) -> {
            inFlight.remove(result);
            timer.complete(null);
            if (failure != null) {
                exchange.cancel(true);
            }
        });
        return result;
    }

    /**
     * Fails every attempt in flight with a {@link ClientClosedException}, cancelling its exchange,
     * refuses every later attempt and lets go of the JDK client. Idempotent.
     */
    @Override
    public void close() {
        closed = true;
        http = null;
        for (CompletableFuture<Response> attempt : inFlight) {
            attempt.completeExceptionally(new ClientClosedException(
                    "the client was closed while this attempt was in flight"));
        }
    }

    /**
     * How many attempts are waiting for their answer.
     *
     * @return how many attempts are waiting for their answer
     */
    public int inFlight() {
        return inFlight.size();
    }

    private static ClientClosedException closedBeforeSending() {
        return new ClientClosedException("the client is closed; the attempt was not sent");
    }

    private HttpRequest toJdk(Request request, AttemptOptions attempt) {
        byte[] body = request.body();
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(request.url()))
                .method(request.httpMethod().name(), body == null || body.length == 0
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        request.headers().forEach((name, values) -> {
            if (!RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        if (acceptGzip) {
            builder.header("Accept-Encoding", "gzip");
        }
        if (attempt != null) {
            builder.setHeader("X-Request-Id", attempt.requestId());
            if (attempt.authorization() != null) {
                builder.setHeader("Authorization", attempt.authorization());
            }
        }
        return builder.build();
    }

    private static Response toFeign(Request request, int status, HttpHeaders received, byte[] bytes,
            AttemptOptions attempt) throws IOException {
        Map<String, Collection<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        received.map().forEach((name, values) -> {
            if (!name.startsWith(":")) {
                headers.put(name, List.copyOf(values));
            }
        });
        byte[] body = bytes == null ? new byte[0] : bytes;
        if (body.length > 0 && received.firstValue("Content-Encoding")
                .map(v -> v.trim().equalsIgnoreCase("gzip")).orElse(false)) {
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
                body = in.readAllBytes();
            }
            headers.remove("Content-Encoding");
            headers.remove("Content-Length");
        }
        if (attempt != null) {
            attempt.received(status, headers);
        }
        return Response.builder()
                .status(status)
                .headers(headers)
                .body(body)
                .request(request)
                .build();
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
