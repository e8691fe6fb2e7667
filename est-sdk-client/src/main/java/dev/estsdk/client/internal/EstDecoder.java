package dev.estsdk.client.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Response;
import feign.Util;
import feign.codec.Decoder;
import feign.jackson.JacksonDecoder;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/**
 * Decodes 2xx bodies: {@code byte[]} (PCAP downloads) and {@code String} (CSV exports) as they
 * are, an empty body as {@code null} (or the empty value of the type), everything else as JSON
 * with the client's {@link EstJson} mapper.
 */
final class EstDecoder implements Decoder {

    private final Decoder json;

    EstDecoder(ObjectMapper mapper) {
        this.json = new JacksonDecoder(mapper);
    }

    @Override
    public Object decode(Response response, Type type) throws IOException {
        if (type == byte[].class) {
            return bytes(response);
        }
        if (type == String.class) {
            byte[] body = bytes(response);
            return new String(body, StandardCharsets.UTF_8);
        }
        if (response.body() == null || response.status() == 204) {
            return Util.emptyValueOf(type);
        }
        return json.decode(response, type);
    }

    private static byte[] bytes(Response response) throws IOException {
        if (response.body() == null) {
            return new byte[0];
        }
        try (InputStream in = response.body().asInputStream()) {
            return in.readAllBytes();
        }
    }
}
