package dev.estsdk.client.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.RequestTemplate;
import feign.codec.EncodeException;
import feign.codec.Encoder;

import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/**
 * Writes a request body as UTF-8 JSON with the client's mapper, typed by the declared body type
 * (so a declared supertype or generic list is written as declared, not by its runtime class).
 * It stands in for feign-jackson's encoder, which was the only use of that jar.
 */
final class JsonEncoder implements Encoder {

    private final ObjectMapper mapper;

    JsonEncoder(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void encode(Object body, Type bodyType, RequestTemplate template) {
        try {
            byte[] json = mapper.writerFor(mapper.constructType(bodyType)).writeValueAsBytes(body);
            template.body(json, StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new EncodeException("The request body could not be written as JSON: "
                    + e.getOriginalMessage(), e);
        }
    }
}
