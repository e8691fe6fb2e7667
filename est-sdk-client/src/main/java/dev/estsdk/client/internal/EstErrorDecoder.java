package dev.estsdk.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.estsdk.api.exception.EstErrorDetails;
import dev.estsdk.api.exception.FieldViolation;
import dev.estsdk.api.model.Secret;
import feign.Response;
import dev.estsdk.core.internal.ErrorResponse;
import dev.estsdk.core.internal.RetryAfter;
import feign.codec.ErrorDecoder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The one error decoder: turns every non-2xx response into an {@link ErrorResponse} holding
 * status, error code, message, field violations and {@code Retry-After}.
 *
 * <p>It reads the EST error body in its documented flat form
 * ({@code {"code":404,"status":"NO_RESOURCE_FOUND","message":"...","details":[...]}}), the
 * wrapped form ({@code {"error":{...}}}), a string code in {@code code}, and bodies that are not
 * JSON (their first line becomes the message). Every password that the request body carried, and
 * every secret the client itself holds, is replaced by {@code ***} before the text is kept.
 */
final class EstErrorDecoder implements ErrorDecoder {

    /** Error bodies are small; anything longer is cut before parsing. */
    private static final int MAX_BODY = 64 * 1024;
    private static final int MAX_TEXT_MESSAGE = 200;

    private final ObjectMapper mapper;
    private final Clock clock;
    private final Supplier<Collection<Secret>> clientSecrets;

    EstErrorDecoder(ObjectMapper mapper, Clock clock, Supplier<Collection<Secret>> clientSecrets) {
        this.mapper = mapper;
        this.clock = clock;
        this.clientSecrets = clientSecrets;
    }

    @Override
    public Exception decode(String methodKey, Response response) {
        EstErrorDetails.Builder details = EstErrorDetails.builder()
                .status(response.status())
                .redact(secretsOf(response));
        header(response, "Retry-After").flatMap(v -> RetryAfter.parse(v, clock.instant()))
                .ifPresent(details::retryAfter);
        String body = body(response);
        JsonNode json = parse(body);
        if (json != null && json.isObject()) {
            readError(json.has("error") && json.get("error").isObject() ? json.get("error") : json, details);
        } else if (!body.isBlank()) {
            details.serverMessage(firstLine(body));
        }
        return new ErrorResponse(details.build());
    }

    private static void readError(JsonNode error, EstErrorDetails.Builder details) {
        String code = text(error.get("status"));
        JsonNode codeNode = error.get("code");
        if ((code == null || code.chars().allMatch(Character::isDigit)) && codeNode != null && codeNode.isTextual()
                && !codeNode.asText().chars().allMatch(Character::isDigit)) {
            code = codeNode.asText();
        }
        details.errorCode(code);
        details.serverMessage(text(error.get("message")));
        List<FieldViolation> violations = new ArrayList<>();
        JsonNode list = error.get("details");
        if (list != null && list.isArray()) {
            for (JsonNode detail : list) {
                JsonNode fields = detail.get("fieldViolations");
                if (fields != null && fields.isArray()) {
                    for (JsonNode v : fields) {
                        violations.add(new FieldViolation(text(v.get("field")), text(v.get("description"))));
                    }
                }
            }
        }
        details.fieldViolations(violations);
    }

    /** The passwords of the request body (any field whose name mentions password or secret), plus the client's. */
    private Collection<Secret> secretsOf(Response response) {
        List<Secret> secrets = new ArrayList<>(clientSecrets.get());
        byte[] sent = response.request() == null ? null : response.request().body();
        if (sent != null && sent.length > 0) {
            JsonNode json = parse(new String(sent, StandardCharsets.UTF_8));
            if (json != null) {
                collectSecrets(json, secrets);
            }
        }
        return secrets;
    }

    private static void collectSecrets(JsonNode node, List<Secret> secrets) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String name = field.getKey().toLowerCase(java.util.Locale.ROOT);
                JsonNode value = field.getValue();
                if (value.isTextual() && (name.contains("password") || name.contains("secret"))) {
                    addSecret(value.asText(), secrets);
                } else {
                    collectSecrets(value, secrets);
                }
            }
        } else if (node.isArray()) {
            node.forEach(element -> collectSecrets(element, secrets));
        }
    }

    private static void addSecret(String value, List<Secret> secrets) {
        if (!value.isEmpty() && value.chars().noneMatch(Character::isISOControl)) {
            secrets.add(Secret.of(value));
        }
    }

    private JsonNode parse(String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return mapper.readTree(text);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String body(Response response) {
        if (response.body() == null) {
            return "";
        }
        try (InputStream in = response.body().asInputStream()) {
            return new String(in.readNBytes(MAX_BODY), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static java.util.Optional<String> header(Response response, String name) {
        return response.headers().entrySet().stream()
                .filter(e -> e.getKey() != null && e.getKey().equalsIgnoreCase(name))
                .flatMap(e -> e.getValue().stream())
                .findFirst();
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isContainerNode()) {
            return null;
        }
        String text = node.asText();
        return text.isBlank() ? null : text;
    }

    private static String firstLine(String body) {
        String line = body.strip().lines().findFirst().orElse("");
        if (line.startsWith("<")) {
            return null;
        }
        return line.length() > MAX_TEXT_MESSAGE ? line.substring(0, MAX_TEXT_MESSAGE) + "..." : line;
    }
}
