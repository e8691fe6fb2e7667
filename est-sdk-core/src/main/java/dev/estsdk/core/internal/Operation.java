package dev.estsdk.core.internal;

import java.util.Locale;
import java.util.Objects;

/**
 * One API operation as the pipeline sees it: its name (the reference's operation id, for
 * example {@code GetSipTrunkById}), HTTP method and path template. The template keeps its
 * placeholders ({@code /v1/projects/{projectId}/trunks/{sipTrunkId}}) so that events and logs
 * never carry identifiers.
 *
 * @param name the operation id, e.g. {@code GetSipTrunkById}
 * @param method the HTTP method in upper case
 * @param pathTemplate the path with {@code {placeholders}}, starting with {@code /}
 */
public record Operation(String name, String method, String pathTemplate) {

    /** Checks the parts and normalises the method to upper case. */
    public Operation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pathTemplate, "pathTemplate");
        method = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
        if (!pathTemplate.startsWith("/")) {
            throw new IllegalArgumentException("pathTemplate must start with '/': " + pathTemplate);
        }
    }

    /**
     * Whether repeating the request cannot change the outcome (GET, PUT, DELETE, HEAD). POST is
     * not: a POST that may have reached the server is never retried on a network failure.
     *
     * @return true for GET, HEAD, PUT and DELETE
     */
    public boolean idempotent() {
        return switch (method) {
            case "GET", "HEAD", "PUT", "DELETE" -> true;
            default -> false;
        };
    }
}
