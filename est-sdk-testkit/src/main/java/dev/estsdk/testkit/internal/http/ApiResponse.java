package dev.estsdk.testkit.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.estsdk.testkit.internal.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the simulator answers: status, headers and body bytes. Rendered into a WireMock
 * {@code ResponseDefinition} by the transformer.
 *
 * @param status the HTTP status
 * @param headers response headers (each name may carry several values)
 * @param body the body bytes, empty for none
 */
public record ApiResponse(int status, Map<String, List<String>> headers, byte[] body) {

    /** JSON media type used on every JSON answer. */
    public static final String JSON = "application/json";

    /**
     * @param status the HTTP status
     * @param node the JSON body
     * @return a JSON response
     */
    public static ApiResponse json(int status, JsonNode node) {
        return bytes(status, JSON, Json.write(node));
    }

    /**
     * @param status the HTTP status
     * @param contentType the media type
     * @param body the body
     * @return a response with a body
     */
    public static ApiResponse bytes(int status, String contentType, byte[] body) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Content-Type", List.of(contentType));
        return new ApiResponse(status, headers, body);
    }

    /**
     * @param status the HTTP status
     * @param contentType the media type
     * @param text the body
     * @return a text response
     */
    public static ApiResponse text(int status, String contentType, String text) {
        return bytes(status, contentType, text.getBytes(StandardCharsets.UTF_8));
    }

    /** @return a 204 without body */
    public static ApiResponse noContent() {
        return new ApiResponse(204, new LinkedHashMap<>(), new byte[0]);
    }

    /**
     * @param name header name
     * @param value header value, added to any existing values
     * @return this response with the header added
     */
    public ApiResponse withHeader(String name, String value) {
        Map<String, List<String>> copy = new LinkedHashMap<>(headers);
        List<String> values = new java.util.ArrayList<>(copy.getOrDefault(name, List.of()));
        values.add(value);
        copy.put(name, List.copyOf(values));
        return new ApiResponse(status, copy, body);
    }
}
