package dev.estsdk.client.internal;

import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.FieldViolation;
import feign.RequestInterceptor;
import feign.RequestTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Adds the headers every request carries ({@code X-Request-Id}, {@code User-Agent},
 * {@code Accept}, {@code Content-Type} for bodies, {@code Authorization}) and refuses any header
 * value with CR, LF or another control character before anything is sent.
 *
 * <p>Inside a call it takes the request id from the {@link CallContext} (the same on every
 * attempt) and reports the concrete path and the token it attached back to it.
 */
final class EstHeaders implements RequestInterceptor {

    static final String REQUEST_ID = "X-Request-Id";

    private final String userAgent;
    private final Authorizer authorizer;
    private final Duration tokenBudget;

    EstHeaders(String userAgent, Authorizer authorizer, Duration tokenBudget) {
        this.userAgent = userAgent;
        this.authorizer = authorizer;
        this.tokenBudget = tokenBudget;
    }

    @Override
    public void apply(RequestTemplate template) {
        // RequestTemplate.headers() builds a fresh expanded copy on every call: read it once
        Map<String, Collection<String>> given = template.headers();
        refuseControlCharacters(given);
        CallContext call = CallContext.current();
        set(template, REQUEST_ID, call == null ? UUID.randomUUID().toString() : call.requestId());
        set(template, "User-Agent", userAgent);
        if (!has(given, "Accept")) {
            set(template, "Accept", "application/json");
        }
        if (template.body() != null && template.body().length > 0 && !has(given, "Content-Type")) {
            set(template, "Content-Type", "application/json");
        }
        Duration budget = call == null ? tokenBudget : call.tokenBudgetOr(tokenBudget);
        String authorization = authorizer.authorization(budget);
        set(template, "Authorization", authorization);
        if (call != null) {
            call.path(template.path());
            call.authorization(authorization);
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
