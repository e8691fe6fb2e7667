package dev.estsdk.client.internal;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
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
 * Decodes 2xx bodies: {@code byte[]} (PCAP downloads) and {@code String} (CSV exports) as they
 * are, an empty body as {@code null} (or the empty value of the type), everything else as JSON
 * with the client's {@link EstJson} mapper.
 *
 * <p>JSON is parsed in place from the body's bytes (the {@link BufferingClient} has already read
 * them into one array) with Jackson's byte-based UTF-8 parser, without copying them, streaming
 * them or decoding them to characters first; a body whose {@code Content-Type} names another
 * charset is read as text in that charset.
 */
final class EstDecoder implements Decoder {

    private final ObjectMapper mapper;

    EstDecoder(ObjectMapper mapper) {
        this.mapper = mapper;
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
        JavaType javaType = mapper.constructType(type);
        try {
            return read(response.body(), response.charset(), javaType);
        } catch (RuntimeJsonMappingException e) {
            if (e.getCause() instanceof IOException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Parses a non-empty body as JSON, or returns null for an empty one. */
    private Object read(Response.Body body, Charset charset, JavaType javaType) throws IOException {
        boolean utf8 = StandardCharsets.UTF_8.equals(charset);
        if (body instanceof BufferingClient.BufferedBody buffered && utf8) {
            byte[] bytes = buffered.bytes();
            return bytes.length == 0 ? null : mapper.readValue(bytes, javaType);
        }
        try (InputStream in = nonEmpty(body)) {
            if (in == null) {
                return null;
            }
            return utf8 ? mapper.readValue(in, javaType) : mapper.readValue(new InputStreamReader(in, charset), javaType);
        }
    }

    /** The body's stream, or null when the body is empty. */
    private static InputStream nonEmpty(Response.Body body) throws IOException {
        Integer length = body.length();
        if (length != null) {
            return length == 0 ? null : body.asInputStream();
        }
        PushbackInputStream in = new PushbackInputStream(body.asInputStream(), 1);
        int first = in.read();
        if (first < 0) {
            in.close();
            return null;
        }
        in.unread(first);
        return in;
    }

    private static byte[] bytes(Response response) throws IOException {
        if (response.body() == null) {
            return new byte[0];
        }
        if (response.body() instanceof BufferingClient.BufferedBody buffered) {
            return buffered.bytes();
        }
        try (InputStream in = response.body().asInputStream()) {
            return in.readAllBytes();
        }
    }
}
