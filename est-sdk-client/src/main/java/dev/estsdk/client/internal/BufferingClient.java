package dev.estsdk.client.internal;

import feign.Client;
import feign.Request;
import feign.Response;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Records the status for the call's log line and hands Feign the body as one array, so that the
 * decoders can read it more than once.
 *
 * <p>By the time the delegate returns, the body has already arrived whole, within the attempt's
 * budget ({@link WholeBodyHttpClient} waits for it and enforces the budget), so reading it here
 * never blocks on the network.
 */
final class BufferingClient implements Client {

    /** The largest declared body length that is allocated up front; longer bodies grow as they arrive. */
    static final int MAX_PRESIZED_BODY = WholeBodyHttpClient.MAX_PRESIZED_BODY;

    private final Client delegate;

    BufferingClient(Client delegate) {
        this.delegate = delegate;
    }

    @Override
    public Response execute(Request request, Request.Options options) throws IOException {
        Response response = delegate.execute(request, options);
        CallContext call = CallContext.current();
        if (call != null) {
            call.status(response.status());
        }
        if (response.body() == null) {
            return response;
        }
        byte[] body;
        try (InputStream in = response.body().asInputStream()) {
            body = readBody(in, response.body().length());
        }
        return response.toBuilder().body(new BufferedBody(body)).build();
    }

    /**
     * A body held in memory, whose bytes the {@link EstDecoder} parses in place: Jackson's parser
     * over an array does less work than the same parser reading a stream in chunks.
     */
    static final class BufferedBody implements Response.Body {

        private final byte[] bytes;

        BufferedBody(byte[] bytes) {
            this.bytes = bytes;
        }

        /** @return the body's bytes; the array is this body's own, not a copy */
        byte[] bytes() {
            return bytes;
        }

        @Override
        public Integer length() {
            return bytes.length;
        }

        @Override
        public boolean isRepeatable() {
            return true;
        }

        @Override
        public InputStream asInputStream() {
            return new java.io.ByteArrayInputStream(bytes);
        }

        @Override
        public java.io.Reader asReader(java.nio.charset.Charset charset) {
            return new java.io.InputStreamReader(asInputStream(), charset);
        }

        @Override
        public void close() {
            // nothing to release: the bytes are in memory
        }

        @Override
        public String toString() {
            return "BufferedBody[" + bytes.length + " bytes]";
        }
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
}
