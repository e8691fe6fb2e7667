package dev.estsdk.core;

import java.util.Objects;

/**
 * What a call is about to do, without identifiers or secrets.
 *
 * @param service      the API, e.g. {@code sinch-est}
 * @param operation    the operation id of the API reference, e.g. {@code GetSipTrunkById}
 * @param method       the HTTP method, e.g. {@code GET}
 * @param pathTemplate the path with its {@code {placeholders}}, never the concrete path
 */
public record CallInfo(String service, String operation, String method, String pathTemplate) {

    /**
     * Checks the parts.
     *
     * @param service      the API, e.g. {@code sinch-est}
     * @param operation    the operation id of the API reference, e.g. {@code GetSipTrunkById}
     * @param method       the HTTP method, e.g. {@code GET}
     * @param pathTemplate the path with its {@code {placeholders}}, never the concrete path
     * @throws NullPointerException if a part is null
     */
    public CallInfo {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(pathTemplate, "pathTemplate");
    }
}
