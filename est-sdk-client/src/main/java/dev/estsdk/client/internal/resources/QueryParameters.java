package dev.estsdk.client.internal.resources;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds the query of a request whose parameters are optional, already percent-encoded, in the
 * order they are added. Names are encoded too: the call filter's range bound
 * {@code createTime>=2021-10-01} travels as {@code createTime%3E=2021-10-01}, which the server
 * decodes to the same name and value as the literal form ({@code java.net.URI} refuses a raw
 * {@code >}). Feign passes the encoded text through unchanged.
 */
final class QueryParameters {

    private final Map<String, String> encoded = new LinkedHashMap<>();

    /**
     * Adds a parameter when its value is set.
     *
     * @param name  the name as the server knows it, e.g. {@code createTime>}
     * @param value the value; null or empty adds nothing
     * @return this
     */
    QueryParameters add(String name, Object value) {
        if (value != null && !value.toString().isEmpty()) {
            encoded.put(PathSegments.encodeComponent(name), PathSegments.encodeComponent(value.toString()));
        }
        return this;
    }

    /**
     * Adds a parameter whose values are joined with commas ({@code direction=INBOUND,OUTBOUND}).
     *
     * @param name   the name
     * @param values the values; none adds nothing
     * @return this
     */
    QueryParameters addJoined(String name, Collection<?> values) {
        if (values != null && !values.isEmpty()) {
            add(name, values.stream().map(Object::toString).collect(Collectors.joining(",")));
        }
        return this;
    }

    /**
     * The encoded parameters for a Feign {@code @QueryMap}.
     *
     * @return an unmodifiable copy, in insertion order
     */
    Map<String, String> toMap() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(encoded));
    }
}
