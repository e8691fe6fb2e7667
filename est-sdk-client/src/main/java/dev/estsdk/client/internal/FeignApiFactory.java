package dev.estsdk.client.internal;

import feign.Client;
import feign.Feign;
import feign.Request;
import feign.RequestInterceptor;
import feign.Retryer;
import feign.codec.Decoder;
import feign.codec.ErrorDecoder;
import feign.jackson.JacksonEncoder;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The {@link ApiFactory} of the client: every proxy shares one transport, codec, interceptor and
 * error decoder, and none retries on its own ({@link Retryer#NEVER_RETRY}); a 404 is an error
 * like any other status.
 */
final class FeignApiFactory implements ApiFactory {

    private final String baseUrl;
    private final Client client;
    private final ObjectMapper mapper;
    private final Decoder decoder;
    private final ErrorDecoder errorDecoder;
    private final RequestInterceptor headers;
    private final Request.Options options;

    FeignApiFactory(String baseUrl, Client client, ObjectMapper mapper, ErrorDecoder errorDecoder,
                    RequestInterceptor headers, Request.Options options) {
        this.baseUrl = baseUrl;
        this.client = client;
        this.mapper = mapper;
        this.decoder = new EstDecoder(mapper);
        this.errorDecoder = errorDecoder;
        this.headers = headers;
        this.options = options;
    }

    @Override
    public <A> A target(Class<A> apiType) {
        return Feign.builder()
                .client(client)
                .encoder(new JacksonEncoder(mapper))
                .decoder(decoder)
                .errorDecoder(errorDecoder)
                .retryer(Retryer.NEVER_RETRY)
                .options(options)
                .requestInterceptor(headers)
                .target(apiType, baseUrl);
    }
}
