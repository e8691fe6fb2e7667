package dev.estsdk.core;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A decoded value together with the HTTP response it came from: status, headers and the request
 * id the client sent (the same on every attempt of the call, and the id to quote to support).
 *
 * @param value      the decoded value; null for operations that answer nothing
 * @param statusCode the HTTP status of the successful response
 * @param headers    the response headers, names in lower case, read-only
 * @param requestId  the {@code X-Request-Id} the call carried
 * @param attempts   how many HTTP requests the call sent
 * @param <T>        the value's type
 */
public record EstResponse<T>(@Nullable T value, int statusCode, Map<String, List<String>> headers, String requestId,
                             int attempts) {

    /**
     * Copies the headers, lower-casing their names.
     *
     * @param value      the decoded value; null for operations that answer nothing
     * @param statusCode the HTTP status of the successful response
     * @param headers    the response headers, names in lower case, read-only
     * @param requestId  the {@code X-Request-Id} the call carried
     * @param attempts   how many HTTP requests the call sent
     * @throws NullPointerException if {@code headers} or {@code requestId} is null
     */
    public EstResponse {
        Objects.requireNonNull(requestId, "requestId");
        Map<String, List<String>> copy = new TreeMap<>();
        Objects.requireNonNull(headers, "headers").forEach((name, values) -> {
            if (name != null) {
                copy.merge(name.toLowerCase(Locale.ROOT), List.copyOf(values), (a, b) -> {
                    List<String> both = new java.util.ArrayList<>(a);
                    both.addAll(b);
                    return List.copyOf(both);
                });
            }
        });
        headers = java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * The first value of a response header.
     *
     * @param name the header name, in any case
     * @return its first value, or empty
     */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /**
     * The same response with another value, e.g. the model mapped from the wire type.
     *
     * @param other the new value
     * @param <U>   its type
     * @return a response with the same status, headers, request id and attempts
     */
    public <U> EstResponse<U> withValue(@Nullable U other) {
        return new EstResponse<>(other, statusCode, headers, requestId, attempts);
    }

    /**
     * Describes the response without its headers and value (they may carry data that does not
     * belong in a log).
     *
     * @return e.g. {@code EstResponse[status=200, requestId=..., attempts=1]}
     */
    @Override
    public String toString() {
        return "EstResponse[status=" + statusCode + ", requestId=" + requestId + ", attempts=" + attempts + "]";
    }
}
