package dev.estsdk.client.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.estsdk.core.internal.JdkTransport;
import feign.AsyncFeign;
import feign.Request;
import feign.RequestInterceptor;
import feign.Retryer;
import feign.codec.Decoder;
import feign.codec.ErrorDecoder;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@link ApiFactory} of the client: every proxy is an {@link AsyncFeign} proxy over the one
 * {@link JdkTransport}, with the shared codec, interceptor and error decoder, and none retries on
 * its own ({@link Retryer#NEVER_RETRY}); a 404 is an error like any other status.
 */
final class FeignApiFactory implements ApiFactory {

    private final String baseUrl;
    private final JdkTransport transport;
    private final ObjectMapper mapper;
    private final Decoder decoder;
    private final ErrorDecoder errorDecoder;
    private final RequestInterceptor headers;
    private final Request.Options options;
    private final Map<Class<?>, Object> proxies = new ConcurrentHashMap<>();

    FeignApiFactory(String baseUrl, JdkTransport transport, ObjectMapper mapper, ErrorDecoder errorDecoder,
                    RequestInterceptor headers, Request.Options options) {
        this.baseUrl = baseUrl;
        this.transport = transport;
        this.mapper = mapper;
        this.decoder = new EstDecoder(mapper);
        this.errorDecoder = errorDecoder;
        this.headers = headers;
        this.options = options;
    }

    @Override
    public <A> A target(Class<A> apiType) {
        return apiType.cast(proxies.computeIfAbsent(apiType, this::build));
    }

    private Object build(Class<?> apiType) {
        return AsyncFeign.<Object>builder()
                .client(transport)
                .encoder(new JsonEncoder(mapper))
                .decoder(decoder)
                .errorDecoder(errorDecoder)
                .retryer(Retryer.NEVER_RETRY)
                .options(options)
                .requestInterceptor(headers)
                .target(apiType, baseUrl);
    }
}
