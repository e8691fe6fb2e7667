package dev.estsdk.twilio.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.estsdk.api.exception.EstErrorDetails;
import dev.estsdk.api.model.Secret;
import dev.estsdk.core.internal.ErrorResponse;
import dev.estsdk.core.internal.RetryAfter;
import feign.Response;
import feign.codec.ErrorDecoder;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Turns every non-2xx answer into an {@link ErrorResponse}: Twilio's error body
 * ({@code {"code": 20404, "message": "...", "more_info": "https://www.twilio.com/docs/errors/20404",
 * "status": 404}}) as error code, server message and more-info link, the {@code Twilio-Request-Id}
 * header as the server's request id, and {@code Retry-After}. A body that is not JSON gives its
 * first line as the message (HTML gives none). Every password the request's form carried and
 * every secret the client holds is replaced by {@code ***} before any text is kept, the
 * more-info link included.
 */
final class TwilioErrorDecoder implements ErrorDecoder {

    /** The header in which Twilio names each request. */
    static final String REQUEST_ID_HEADER = "Twilio-Request-Id";

    private static final int MAX_BODY = 64 * 1024;
    private static final int MAX_TEXT_MESSAGE = 200;
    private static final int MAX_HEADER = 128;

    private final ObjectMapper mapper;
    private final Clock clock;
    private final Supplier<Collection<Secret>> clientSecrets;

    TwilioErrorDecoder(ObjectMapper mapper, Clock clock, Supplier<Collection<Secret>> clientSecrets) {
        this.mapper = mapper;
        this.clock = clock;
        this.clientSecrets = clientSecrets;
    }

    @Override
    public Exception decode(String methodKey, Response response) {
        Collection<Secret> secrets = secretsOf(response);
        EstErrorDetails.Builder details = EstErrorDetails.builder()
                .status(response.status())
                .redact(secrets);
        header(response, "Retry-After").flatMap(v -> RetryAfter.parse(v, clock.instant())).ifPresent(details::retryAfter);
        header(response, REQUEST_ID_HEADER).map(TwilioErrorDecoder::printable).ifPresent(details::serverRequestId);
        String body = body(response);
        JsonNode json = parse(body);
        if (json != null && json.isObject()) {
            details.errorCode(text(json.get("code")));
            details.serverMessage(text(json.get("message")));
            // the details redact code and message only; the link is text from the server too
            details.moreInfo(redacted(text(json.get("more_info")), secrets));
        } else if (!body.isBlank()) {
            details.serverMessage(firstLine(body));
        }
        return new ErrorResponse(details.build());
    }

    /** The client's secrets plus every form value whose name mentions a password or secret. */
    private Collection<Secret> secretsOf(Response response) {
        List<Secret> secrets = new ArrayList<>(clientSecrets.get());
        byte[] sent = response.request() == null ? null : response.request().body();
        if (sent != null && sent.length > 0) {
            for (String pair : new String(sent, StandardCharsets.UTF_8).split("&")) {
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    continue;
                }
                String name = decode(pair.substring(0, eq)).toLowerCase(Locale.ROOT);
                String value = decode(pair.substring(eq + 1));
                if ((name.contains("password") || name.contains("secret")) && !value.isEmpty()) {
                    secrets.add(Secret.of(value));
                    secrets.add(Secret.of(pair.substring(eq + 1)));
                }
            }
        }
        return secrets;
    }

    private static String redacted(String text, Collection<Secret> secrets) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (Secret secret : secrets) {
            String value = secret.reveal();
            if (!value.isEmpty()) {
                result = result.replace(value, "***");
            }
        }
        return result;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
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

    private static Optional<String> header(Response response, String name) {
        return response.headers().entrySet().stream()
                .filter(e -> e.getKey() != null && e.getKey().equalsIgnoreCase(name))
                .flatMap(e -> e.getValue().stream())
                .findFirst();
    }

    /** Header text as it may be quoted in a message: printable ASCII, bounded. */
    private static String printable(String value) {
        StringBuilder sb = new StringBuilder();
        value.strip().chars().limit(MAX_HEADER).forEach(c -> sb.append(c >= 0x21 && c <= 0x7e ? (char) c : '?'));
        return sb.toString();
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
