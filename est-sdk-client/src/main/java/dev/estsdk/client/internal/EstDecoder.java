package dev.estsdk.client.internal;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Response;
import feign.Util;
import feign.codec.Decoder;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Decodes 2xx bodies, which the transport has already received whole: {@code byte[]} (PCAP
 * downloads, CSV exports) as they are, {@code String} as text in the announced charset, an empty body as {@code null} (or the empty value of the
 * type), everything else as JSON with the client's {@link EstJson} mapper, read as UTF-8 unless
 * {@code Content-Type} names another charset.
 */
final class EstDecoder implements Decoder {

    private final ObjectMapper mapper;

    EstDecoder(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Object decode(Response response, Type type) throws IOException {
        Response.Body body = response.body();
        if (type == byte[].class) {
            return body == null ? new byte[0] : Util.toByteArray(body.asInputStream());
        }
        if (type == String.class) {
            return body == null ? "" : new String(Util.toByteArray(body.asInputStream()), response.charset());
        }
        if (body == null || response.status() == 204 || (body.length() != null && body.length() == 0)) {
            return Util.emptyValueOf(type);
        }
        JavaType javaType = mapper.constructType(type);
        Charset charset = response.charset();
        try (PushbackInputStream in = new PushbackInputStream(body.asInputStream(), 1)) {
            int first = in.read();
            if (first < 0) {
                return Util.emptyValueOf(type);
            }
            in.unread(first);
            return StandardCharsets.UTF_8.equals(charset) ? mapper.readValue((InputStream) in, javaType)
                    : mapper.readValue(new InputStreamReader(in, charset), javaType);
        }
    }
}
