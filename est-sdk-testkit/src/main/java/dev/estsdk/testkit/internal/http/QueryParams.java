package dev.estsdk.testkit.internal.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The query string as sent, decoded per parameter. Parsing the raw string ourselves (rather than
 * asking the servlet container) keeps comparison operators in parameter names intact. The range
 * filter {@code createTime>=2021-10-01}, as Sinch's Node SDK sends it, splits at its own
 * {@code =} into name {@code createTime>} and value {@code 2021-10-01}; so does the
 * percent-encoded {@code createTime%3E=2021-10-01}, while {@code createTime%3E%3D=2021-10-01}
 * decodes to name {@code createTime>=}. All of them are stored under the one name
 * {@code createTime>=} (likewise {@code <=}); a value left starting with {@code =} (an encoded
 * operator split differently) loses that {@code =}.
 */
public final class QueryParams {

    private final Map<String, List<String>> values;

    private QueryParams(Map<String, List<String>> values) {
        this.values = values;
    }

    /**
     * @param rawQuery the raw query string without {@code ?}, or null
     * @return the parsed parameters
     */
    public static QueryParams parse(String rawQuery) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                if (name.endsWith(">") || name.endsWith("<")) {
                    name = name + "=";
                }
                if ((name.endsWith(">=") || name.endsWith("<=")) && value.startsWith("=")) {
                    value = value.substring(1);
                }
                values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            }
        }
        return new QueryParams(values);
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("Malformed query string");
        }
    }

    /**
     * @param name the parameter name
     * @return the first value, or null when absent
     */
    public String first(String name) {
        List<String> list = values.get(name);
        return list == null || list.isEmpty() ? null : list.get(0);
    }

    /**
     * @param name the parameter name
     * @return every value given for the name, comma-separated lists split, blanks dropped
     */
    public List<String> list(String name) {
        List<String> out = new ArrayList<>();
        for (String v : values.getOrDefault(name, List.of())) {
            for (String part : v.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.trim());
                }
            }
        }
        return out;
    }

    /**
     * @param name the parameter name
     * @return whether the parameter was given at all
     */
    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** @return every parameter name, in order of appearance */
    public java.util.Set<String> names() {
        return Collections.unmodifiableSet(values.keySet());
    }
}
