package dev.estsdk.client.internal;

import feign.Client;
import feign.Request;
import feign.Response;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Reads every response body completely, inside the attempt's time budget.
 *
 * <p>The JDK's request timeout only covers the wait for the response headers; a server that then
 * sends the body one byte at a time would hold the call forever. This client starts a watchdog
 * when the headers arrive that closes the body stream when the attempt's budget (its read
 * timeout, which {@link CallExecutor} never sets beyond the call deadline) is used up; the read
 * then fails with a {@link BodyTimeoutException}. The buffered body also lets the decoders read
 * it more than once.
 */
final class BufferingClient implements Client {

    /** The largest declared body length that is allocated up front; longer bodies grow as they arrive. */
    static final int MAX_PRESIZED_BODY = 16 * 1024 * 1024;

    private final Client delegate;
    private final ScheduledExecutorService watchdog;

    BufferingClient(Client delegate, ScheduledExecutorService watchdog) {
        this.delegate = delegate;
        this.watchdog = watchdog;
    }

    @Override
    public Response execute(Request request, Request.Options options) throws IOException {
        long start = System.nanoTime();
        long budget = options.readTimeoutUnit().toNanos(options.readTimeout());
        Response response = delegate.execute(request, options);
        CallContext call = CallContext.current();
        if (call != null) {
            call.status(response.status());
        }
        if (response.body() == null) {
            return response;
        }
        long left = budget - (System.nanoTime() - start);
        InputStream in = response.body().asInputStream();
        AtomicBoolean cut = new AtomicBoolean();
        ScheduledFuture<?> guard;
        try {
            guard = watchdog.schedule(() -> {
                cut.set(true);
                closeQuietly(in);
            }, Math.max(left, 0), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException closedMeanwhile) {
            closeQuietly(in);
            throw new ClientClosedException();
        }
        byte[] body;
        try {
            body = readBody(in, response.body().length());
        } catch (IOException e) {
            if (cut.get()) {
                throw new BodyTimeoutException(options.readTimeoutUnit().toMillis(options.readTimeout()), e);
            }
            throw e;
        } finally {
            guard.cancel(false);
            closeQuietly(in);
        }
        if (cut.get()) {
            throw new BodyTimeoutException(options.readTimeoutUnit().toMillis(options.readTimeout()), null);
        }
        return response.toBuilder().body(body).build();
    }

    /**
     * Reads the whole body. When the server declared its length, the bytes go straight into one
     * array of that size; otherwise, or when the declared length is implausible, the stream grows
     * its own buffer. Either way every byte the stream yields is kept, whatever was declared.
     */
    static byte[] readBody(InputStream in, Integer declaredLength) throws IOException {
        if (declaredLength == null || declaredLength < 0 || declaredLength > MAX_PRESIZED_BODY) {
            return in.readAllBytes();
        }
        byte[] body = new byte[declaredLength];
        int read = 0;
        while (read < body.length) {
            int n = in.read(body, read, body.length - read);
            if (n < 0) {
                return Arrays.copyOf(body, read);
            }
            read += n;
        }
        int next = in.read();
        if (next < 0) {
            return body;
        }
        byte[] rest = in.readAllBytes();
        byte[] all = Arrays.copyOf(body, body.length + 1 + rest.length);
        all[body.length] = (byte) next;
        System.arraycopy(rest, 0, all, body.length + 1, rest.length);
        return all;
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // the stream is being abandoned; nothing more can be read from it either way
        }
    }

    /** The body did not arrive completely within the attempt's budget. */
    static final class BodyTimeoutException extends IOException {

        private static final long serialVersionUID = 1L;

        BodyTimeoutException(long budgetMillis, Throwable cause) {
            super("response body not received within " + budgetMillis + " ms", cause);
        }
    }

    /** The client was closed while this attempt waited for its response; the body was discarded. */
    static final class ClientClosedException extends IOException {

        private static final long serialVersionUID = 1L;

        ClientClosedException() {
            super("the EstClient was closed before the response body was read");
        }
    }
}
