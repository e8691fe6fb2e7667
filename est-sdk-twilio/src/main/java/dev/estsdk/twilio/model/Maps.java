package dev.estsdk.twilio.model;

import org.jspecify.annotations.Nullable;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The one collection rule of every model: what is handed out is never null and never mutable. */
final class Maps {

    private Maps() {
    }

    /** An unmodifiable copy keeping the order, or an empty map for null; null keys or values are dropped. */
    static Map<String, String> copyOf(@Nullable Map<String, String> values) {
        if (values == null || values.isEmpty()) {
            return Map.of();
        }
        Map<String, String> copy = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (k != null && v != null) {
                copy.put(k, v);
            }
        });
        return Collections.unmodifiableMap(copy);
    }

    /** An unmodifiable copy, or an empty list for null; null elements are dropped. */
    static <T> List<T> listOf(@Nullable Collection<? extends T> values) {
        return values == null ? List.of() : values.stream().<T>map(v -> v).filter(v -> v != null).toList();
    }
}
