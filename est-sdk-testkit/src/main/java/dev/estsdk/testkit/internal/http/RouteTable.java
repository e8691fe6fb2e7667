package dev.estsdk.testkit.internal.http;

import dev.estsdk.testkit.EstOperation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Matches the path after {@code /v1/projects/{projectId}} against every operation's template.
 * A path that fits a template under another method yields {@link MethodNotAllowed}; a path
 * that fits none yields {@link NotFound}.
 */
public final class RouteTable {

    /** The outcome of a lookup. */
    public sealed interface Result permits Found, MethodNotAllowed, NotFound {
    }

    /**
     * @param operation the operation matched
     * @param params path parameters by template name
     */
    public record Found(EstOperation operation, Map<String, String> params) implements Result {
    }

    /** @param allowed the methods the path does support */
    public record MethodNotAllowed(Set<String> allowed) implements Result {
    }

    /** No operation has this path. */
    public record NotFound() implements Result {
    }

    private record Route(EstOperation operation, List<String> template) {
    }

    private final List<Route> routes = new ArrayList<>();

    /** Builds the table from every EST operation (the token endpoint is routed separately). */
    public RouteTable() {
        for (EstOperation op : EstOperation.values()) {
            if (op != EstOperation.ACCESS_TOKEN) {
                routes.add(new Route(op, List.of(op.pathTemplate().substring(1).split("/"))));
            }
        }
    }

    /**
     * @param method the HTTP method
     * @param segments the decoded segments after the project id
     * @return the lookup result
     */
    public Result resolve(String method, List<String> segments) {
        Set<String> allowed = new LinkedHashSet<>();
        for (Route r : routes) {
            Map<String, String> params = match(r.template(), segments);
            if (params == null) {
                continue;
            }
            if (r.operation().method().equals(method)) {
                return new Found(r.operation(), params);
            }
            allowed.add(r.operation().method());
        }
        return allowed.isEmpty() ? new NotFound() : new MethodNotAllowed(allowed);
    }

    private static Map<String, String> match(List<String> template, List<String> segments) {
        if (template.size() != segments.size()) {
            return null;
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < template.size(); i++) {
            String t = template.get(i);
            String s = segments.get(i);
            if (t.startsWith("{")) {
                if (s.isEmpty()) {
                    return null;
                }
                params.put(t.substring(1, t.length() - 1), s);
            } else if (!t.equals(s)) {
                return null;
            }
        }
        return params;
    }
}
