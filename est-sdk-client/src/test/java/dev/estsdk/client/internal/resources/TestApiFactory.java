package dev.estsdk.client.internal.resources;

import dev.estsdk.client.internal.ApiFactory;
import dev.estsdk.client.internal.EstJson;
import feign.Feign;
import feign.Request;
import feign.Response;
import feign.Retryer;
import feign.auth.BasicAuthRequestInterceptor;
import feign.codec.Decoder;
import feign.http2client.Http2Client;
import feign.jackson.JacksonDecoder;
import feign.jackson.JacksonEncoder;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A plain Feign setup for exercising the resources against WireMock: the JDK transport, the
 * client's JSON configuration, Basic authentication and no retries.
 */
final class TestApiFactory implements ApiFactory {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

    static final Request.Options OPTIONS = new Request.Options(CONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS,
            10_000, TimeUnit.MILLISECONDS, false);

    /** JSON through Jackson; {@code byte[]} answers (exports, captures) read as they are. */
    private static final Decoder DECODER = new Decoder() {
        private final Decoder json = new JacksonDecoder(EstJson.create());

        @Override
        public Object decode(Response response, Type type) throws IOException {
            if (type != byte[].class) {
                return json.decode(response, type);
            }
            if (response.body() == null) {
                return new byte[0];
            }
            try (InputStream in = response.body().asInputStream()) {
                return in.readAllBytes();
            }
        }
    };

    private final String baseUrl;
    private final Http2Client client = new Http2Client(HttpClient.newBuilder()
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .build());

    TestApiFactory(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    @Override
    public <A> A target(Class<A> apiType) {
        return Feign.builder()
                .client(client)
                .encoder(new JacksonEncoder(EstJson.create()))
                .decoder(DECODER)
                .requestInterceptor(new BasicAuthRequestInterceptor("test-key", "test-secret"))
                .retryer(Retryer.NEVER_RETRY)
                .options(OPTIONS)
                .target(apiType, baseUrl);
    }
}
