package dev.estsdk.client.internal;

import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.FieldViolation;
import feign.RequestInterceptor;
import feign.RequestTemplate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Adds the headers every EST request carries ({@code User-Agent}, {@code Accept},
 * {@code Content-Type} for bodies) and refuses any header value with CR, LF or another control
 * character before anything is sent. Holds no per-call state: the request id and
 * {@code Authorization} of an attempt travel in its options to the transport.
 */
final class EstHeaders implements RequestInterceptor {

    private final String userAgent;

    EstHeaders(String userAgent) {
        this.userAgent = userAgent;
    }

    @Override
    public void apply(RequestTemplate template) {
        // RequestTemplate.headers() builds a fresh expanded copy on every call: read it once
        Map<String, Collection<String>> given = template.headers();
        refuseControlCharacters(given);
        set(template, "User-Agent", userAgent);
        if (!has(given, "Accept")) {
            set(template, "Accept", "application/json");
        }
        if (template.body() != null && template.body().length > 0 && !has(given, "Content-Type")) {
            set(template, "Content-Type", "application/json");
        }
    }

    private static void set(RequestTemplate template, String name, String value) {
        template.removeHeader(name);
        template.header(name, List.of(value));
    }

    private static boolean has(Map<String, Collection<String>> headers, String name) {
        return headers.keySet().stream().anyMatch(name::equalsIgnoreCase);
    }

    private static void refuseControlCharacters(Map<String, Collection<String>> headers) {
        List<FieldViolation> violations = new ArrayList<>();
        headers.forEach((name, values) -> {
            for (String value : values) {
                if (value != null && value.chars().anyMatch(Character::isISOControl)) {
                    violations.add(new FieldViolation("header " + name,
                            "must not contain CR, LF or other control characters"));
                }
            }
        });
        if (!violations.isEmpty()) {
            throw new EstValidationException("request", violations);
        }
    }
}
