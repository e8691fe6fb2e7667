package dev.estsdk.benchmarks.raw;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The baseline: EST calls written by hand with the JDK {@link HttpClient} and Jackson's tree
 * model, the way a team would without an SDK. No retries, no validation, no typed errors: a
 * non-2xx answer throws {@link IllegalStateException}. Thread-safe.
 */
public final class RawEst {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final ObjectMapper mapper = new ObjectMapper();
    private final String projectUrl;
    private final String authorization;

    private RawEst(HttpClient http, String baseUrl, String projectId, String authorization) {
        this.http = http;
        this.projectUrl = baseUrl + "/v1/projects/" + projectId;
        this.authorization = authorization;
    }

    /**
     * A client that authenticates every request with HTTP Basic, as the service allows for testing.
     *
     * @param baseUrl the API base URL, without a trailing slash
     * @param projectId the project
     * @param keyId the access key id
     * @param keySecret the access key secret
     * @return the client
     */
    public static RawEst basic(String baseUrl, String projectId, String keyId, String keySecret) {
        Objects.requireNonNull(baseUrl, "baseUrl");
        String token = Base64.getEncoder().encodeToString((keyId + ":" + keySecret).getBytes(StandardCharsets.UTF_8));
        // Configured as the SDK configures its transport, so that both sides speak the same protocol.
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(baseUrl.startsWith("https:") ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1)
                .build();
        return new RawEst(http, baseUrl, Objects.requireNonNull(projectId, "projectId"),
                "Basic " + token);
    }

    /**
     * {@code GET /trunks/{id}}.
     *
     * @param trunkId the trunk
     * @return the trunk as a JSON tree
     */
    public JsonNode getTrunk(String trunkId) {
        return send(get("/trunks/" + trunkId));
    }

    /**
     * {@code GET /trunks?page=&size=}.
     *
     * @param page the page, from 1
     * @param size the page size
     * @return the envelope as a JSON tree
     */
    public JsonNode trunkPage(int page, int size) {
        return send(get("/trunks?page=" + page + "&size=" + size));
    }

    /**
     * {@code GET /phoneNumbers?page=&size=}.
     *
     * @param page the page, from 1
     * @param size the page size
     * @return the envelope as a JSON tree
     */
    public JsonNode phoneNumberPage(int page, int size) {
        return send(get("/phoneNumbers?page=" + page + "&size=" + size));
    }

    /**
     * The hand-written page loop: fetches every page of {@code GET /phoneNumbers} in turn and
     * hands each item to the consumer, stopping after the page that reaches {@code totalItems}
     * or at an empty page.
     *
     * @param pageSize the page size
     * @param consumer receives every number
     * @return how many numbers were seen
     */
    public long forEachPhoneNumber(int pageSize, Consumer<JsonNode> consumer) {
        long seen = 0;
        for (int page = 1; ; page++) {
            JsonNode envelope = phoneNumberPage(page, pageSize);
            JsonNode items = envelope.path("phoneNumbers");
            for (JsonNode item : items) {
                consumer.accept(item);
                seen++;
            }
            if (items.isEmpty() || (long) page * pageSize >= envelope.path("totalItems").asLong()) {
                return seen;
            }
        }
    }

    /**
     * {@code POST /phoneNumbers {sipTrunkId, phoneNumber}}: assigns a number to a trunk.
     *
     * @param trunkId the trunk
     * @param e164 the number
     * @return the number as a JSON tree
     */
    public JsonNode assign(String trunkId, String e164) {
        ObjectNode body = mapper.createObjectNode().put("sipTrunkId", trunkId).put("phoneNumber", e164);
        HttpRequest request = request("/phoneNumbers").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
        return send(request);
    }

    private HttpRequest get(String path) {
        return request(path).GET().build();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(projectUrl + path)).timeout(TIMEOUT)
                .header("Accept", "application/json").header("Authorization", authorization);
    }

    /**
     * {@code GET} a path of the project and return the body as it came, for a baseline that
     * decodes it its own way ({@link RawDatabindEst}).
     *
     * @param path the path after {@code /v1/projects/{projectId}}, with its query
     * @return the body of a 2xx answer
     */
    public byte[] getBytes(String path) {
        return body(get(path));
    }

    private JsonNode send(HttpRequest request) {
        try {
            return mapper.readTree(body(request));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] body(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("HTTP " + response.statusCode() + " " + request.method() + " "
                        + request.uri().getRawPath());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
