package dev.estsdk.core.internal;

import java.util.Locale;
import java.util.Objects;

/**
 * One API operation as the pipeline sees it: its name (the reference's operation id, for
 * example {@code GetSipTrunkById}), HTTP method, path template and whether repeating it cannot
 * change the outcome. The template keeps its placeholders
 * ({@code /v1/projects/{projectId}/trunks/{sipTrunkId}}) so that events and logs never carry
 * identifiers.
 *
 * @param name         the operation id, e.g. {@code GetSipTrunkById}
 * @param method       the HTTP method in upper case
 * @param pathTemplate the path with {@code {placeholders}}, starting with {@code /}
 * @param idempotent   whether repeating the request cannot change the outcome: retried after a
 *                     failure that may have reached the server, and its outcome is never unknown
 */
public record Operation(String name, String method, String pathTemplate, boolean idempotent) {

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
     * An operation idempotent by its method: GET, HEAD, PUT and DELETE are, POST and PATCH are
     * not, so a POST that may have reached the server is never retried on a network failure.
     *
     * @param name         the operation id
     * @param method       the HTTP method
     * @param pathTemplate the path template
     */
    public Operation(String name, String method, String pathTemplate) {
        this(name, method, pathTemplate, idempotentMethod(method));
    }

    /**
     * An operation whose {@code POST} the API documents as idempotent, such as an update that
     * sets the given fields to the given values (Twilio updates by {@code POST}): sending it
     * twice leaves the same state as sending it once, so it is retried like a {@code PUT}.
     *
     * @param name         the operation id
     * @param method       the HTTP method
     * @param pathTemplate the path template
     * @return the operation, marked idempotent
     */
    public static Operation idempotentWrite(String name, String method, String pathTemplate) {
        return new Operation(name, method, pathTemplate, true);
    }

    private static boolean idempotentMethod(String method) {
        return switch (Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT)) {
            case "GET", "HEAD", "PUT", "DELETE" -> true;
            default -> false;
        };
    }
}
