package dev.estsdk.testkit.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.estsdk.testkit.internal.http.ApiException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Typed reads from a request body with the service's binding rules: absent and JSON null read as
 * null, scalars are coerced the way Jackson coerces them, and a value of the wrong JSON type
 * (an object where a string belongs, a string where an IP-range object belongs) fails the whole
 * request with {@code 400 VALIDATION_FAILED "Failed to read HTTP message"}.
 */
public final class JsonBody {

    private final ObjectNode node;
    private final String prefix;

    private JsonBody(ObjectNode node, String prefix) {
        this.node = node;
        this.prefix = prefix;
    }

    /**
     * @param body the raw body
     * @return the parsed JSON value
     * @throws ApiException when the body is missing or not JSON
     */
    public static JsonNode parse(byte[] body) {
        if (body.length == 0) {
            throw new ApiException(400, "VALIDATION_FAILED", "Required request body is missing", List.of());
        }
        try {
            JsonNode node = Json.mapper().readTree(body);
            if (node == null || node.isMissingNode()) {
                throw new ApiException(400, "VALIDATION_FAILED", "Required request body is missing", List.of());
            }
            return node;
        } catch (IOException e) {
            throw ApiException.unreadable("body", "must be valid JSON");
        }
    }

    /**
     * @param body the raw body
     * @return the body as an object
     * @throws ApiException when the body is missing, not JSON or not an object
     */
    public static JsonBody parseObject(byte[] body) {
        return of(parse(body), "");
    }

    /**
     * @param node a JSON value expected to be an object
     * @param prefix the field-path prefix for messages, e.g. {@code ipRanges[0].}
     * @return a reader over it
     */
    public static JsonBody of(JsonNode node, String prefix) {
        if (!(node instanceof ObjectNode obj)) {
            String where = prefix.isEmpty() ? "body" : prefix.substring(0, prefix.length() - 1);
            throw ApiException.unreadable(where, "must be a JSON object");
        }
        return new JsonBody(obj, prefix);
    }

    private JsonNode value(String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v;
    }

    /**
     * @param field a field name
     * @return whether the field is present (even when null)
     */
    public boolean has(String field) {
        return node.has(field);
    }

    /**
     * @param field a field name
     * @return the prefixed path used in messages
     */
    public String path(String field) {
        return prefix + field;
    }

    /**
     * @param field a field name
     * @return the text value, or null
     */
    public String string(String field) {
        JsonNode v = value(field);
        if (v == null) {
            return null;
        }
        if (!v.isValueNode()) {
            throw ApiException.unreadable(path(field), "must be a string");
        }
        return v.asText();
    }

    /**
     * @param field a field name
     * @return the boolean value, or null
     */
    public Boolean bool(String field) {
        JsonNode v = value(field);
        if (v == null) {
            return null;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isTextual() && ("true".equalsIgnoreCase(v.asText()) || "false".equalsIgnoreCase(v.asText()))) {
            return Boolean.parseBoolean(v.asText());
        }
        throw ApiException.unreadable(path(field), "must be a boolean");
    }

    /**
     * @param field a field name
     * @return the integer value, or null
     */
    public Integer integer(String field) {
        JsonNode v = value(field);
        if (v == null) {
            return null;
        }
        if (v.isIntegralNumber() && v.canConvertToInt()) {
            return v.intValue();
        }
        if (v.isTextual()) {
            try {
                return Integer.parseInt(v.asText().trim());
            } catch (NumberFormatException e) {
                // fall through
            }
        }
        throw ApiException.unreadable(path(field), "must be an integer");
    }

    /**
     * @param field a field name
     * @return the array of strings, or null when absent
     */
    public List<String> strings(String field) {
        JsonNode v = value(field);
        if (v == null) {
            return null;
        }
        return stringsOf(v, path(field));
    }

    /**
     * @param v a JSON value expected to be an array of strings
     * @param path the field path for messages
     * @return the strings
     */
    public static List<String> stringsOf(JsonNode v, String path) {
        if (!v.isArray()) {
            throw ApiException.unreadable(path, "must be an array of strings");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode e : v) {
            if (!e.isValueNode() || e.isNull()) {
                throw ApiException.unreadable(path, "must be an array of strings");
            }
            out.add(e.asText());
        }
        return out;
    }

    /**
     * @param field a field name
     * @return the array of objects (each a reader with an indexed prefix), or null when absent
     */
    public List<JsonBody> objects(String field) {
        JsonNode v = value(field);
        if (v == null) {
            return null;
        }
        if (!v.isArray()) {
            throw ApiException.unreadable(path(field), "must be an array of objects");
        }
        List<JsonBody> out = new ArrayList<>();
        int i = 0;
        for (JsonNode e : v) {
            String p = path(field) + "[" + i++ + "]";
            if (!e.isObject()) {
                throw ApiException.unreadable(p, "must be an object, not " + e.getNodeType().name().toLowerCase());
            }
            out.add(new JsonBody((ObjectNode) e, p + "."));
        }
        return out;
    }
}
