package dev.estsdk.client.internal;

import feign.Request;
import feign.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class BufferingClientTest {

    private static final Request REQUEST = Request.create(Request.HttpMethod.GET, "http://127.0.0.1/v1/x",
            Map.of(), null, StandardCharsets.UTF_8, null);
    private static final Request.Options OPTIONS = new Request.Options(1, TimeUnit.SECONDS, 10, TimeUnit.SECONDS,
            false);

    @ParameterizedTest(name = "{0} bytes sent, Content-Length {1}")
    @CsvSource(nullValues = "none", value = {
        "0, 0",
        "1, 1",
        "517, 517",
        "70000, 70000",
        "517, none",
        "70000, none",
        "517, 100",
        "517, 900",
        "517, -1"
    })
    void execute_keepsEveryByteTheServerSent(int sent, Integer declared) throws IOException {
        byte[] body = new byte[sent];
        for (int i = 0; i < sent; i++) {
            body[i] = (byte) (i * 31);
        }
        Response buffered = client(new TrickleStream(body), declared).execute(REQUEST, OPTIONS);

        try (InputStream in = buffered.body().asInputStream()) {
            assertThat(in.readAllBytes()).isEqualTo(body);
        }
    }

    @Test
    void execute_closesTheStreamItRead() throws IOException {
        TrickleStream stream = new TrickleStream("{}".getBytes(StandardCharsets.UTF_8));

        client(stream, 2).execute(REQUEST, OPTIONS);

        assertThat(stream.closed).isTrue();
    }

    private BufferingClient client(InputStream stream, Integer declaredLength) {
        return new BufferingClient((request, options) -> Response.builder().status(200).request(request)
                .headers(Map.of()).body(stream, declaredLength).build());
    }

    /** Hands out at most 100 bytes per read, as a network stream may. */
    private static final class TrickleStream extends FilterInputStream {

        private boolean closed;

        TrickleStream(byte[] body) {
            super(new ByteArrayInputStream(body));
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return super.read(b, off, Math.min(len, 100));
        }

        @Override
        public void close() throws IOException {
            closed = true;
            super.close();
        }
    }
}
