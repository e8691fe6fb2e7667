package dev.estsdk.benchmarks.stub;

import java.util.HashMap;
import java.util.Map;

/** The parameters of a raw query string; the stub only needs plain integers. */
record Query(Map<String, String> values) {

    static Query parse(String raw) {
        Map<String, String> values = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    values.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
            }
        }
        return new Query(Map.copyOf(values));
    }

    int intValue(String name, int fallback) {
        String value = values.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
