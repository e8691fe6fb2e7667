package dev.estsdk.twilio.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Response;
import feign.Util;
import feign.codec.Decoder;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;

/**
 * Reads a 2xx body, which the transport has received whole, as a JSON tree; an empty body
 * ({@code 204 No Content} of a delete) is null. Mapping the tree to a model is the resource's
 * job ({@link TwilioWire}).
 */
final class TwilioDecoder implements Decoder {

    private final ObjectMapper mapper;

    TwilioDecoder(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Object decode(Response response, Type type) throws IOException {
        if (response.body() == null || response.status() == 204) {
            return Util.emptyValueOf(type);
        }
        byte[] bytes;
        try (InputStream in = response.body().asInputStream()) {
            bytes = in.readAllBytes();
        }
        if (bytes.length == 0) {
            return Util.emptyValueOf(type);
        }
        JsonNode tree = mapper.readTree(bytes);
        return type == JsonNode.class ? tree : mapper.convertValue(tree, mapper.constructType(type));
    }
}
