package dev.estsdk.client.internal.resources;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.estsdk.client.internal.EstJson;

import java.io.UncheckedIOException;

import static org.assertj.core.api.Assertions.assertThat;

/** Assertions on one request as WireMock received it. */
final class Requests {

    private static final ObjectMapper JSON = EstJson.create();

    private Requests() {
    }

    /**
     * Checks the method and the URL exactly as sent (path and query, still encoded).
     *
     * @param request the received request
     * @param method  e.g. {@code GET}
     * @param url     e.g. {@code /v1/projects/proj-1/trunks/t1}
     */
    static void assertSent(LoggedRequest request, String method, String url) {
        assertThat(request.getMethod().getName()).isEqualTo(method);
        assertThat(request.getUrl()).isEqualTo(url);
    }

    /**
     * Checks that the body is exactly this JSON: same fields, same values, explicit nulls included.
     *
     * @param request the received request
     * @param json    the expected document
     */
    static void assertJsonBody(LoggedRequest request, String json) {
        assertThat(request.getHeader("Content-Type")).startsWith("application/json");
        assertThat(tree(request.getBodyAsString())).isEqualTo(tree(json));
    }

    private static Object tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
