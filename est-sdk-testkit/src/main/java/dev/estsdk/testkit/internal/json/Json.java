package dev.estsdk.testkit.internal.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.Instant;

/** The one Jackson mapper the simulator uses, and small helpers around it. */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    /** @return the shared mapper (thread-safe once configured) */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** @return a new empty JSON object */
    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** @return a new empty JSON array */
    public static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /**
     * @param node a JSON tree
     * @return its UTF-8 serialisation
     */
    public static byte[] write(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Puts a timestamp as the service renders it (ISO-8601 UTC, fraction only when non-zero), or
     * JSON null.
     *
     * @param target the object to write into
     * @param field the field name
     * @param time the instant, may be null
     */
    public static void putTime(ObjectNode target, String field, Instant time) {
        if (time == null) {
            target.putNull(field);
        } else {
            target.put(field, time.toString());
        }
    }
}
