package dev.estsdk.twilio.internal;

import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.FieldViolation;
import feign.RequestInterceptor;
import feign.RequestTemplate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Adds the headers every Twilio request carries ({@code User-Agent}, {@code Accept:
 * application/json}) and refuses any header value with CR, LF or another control character
 * before anything is sent. The request id and {@code Authorization} of an attempt travel in its
 * options to the transport.
 */
final class TwilioHeaders implements RequestInterceptor {

    private final String userAgent;

    TwilioHeaders(String userAgent) {
        this.userAgent = userAgent;
    }

    @Override
    public void apply(RequestTemplate template) {
        Map<String, Collection<String>> given = template.headers();
        List<FieldViolation> violations = new ArrayList<>();
        given.forEach((name, values) -> {
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
        template.removeHeader("User-Agent");
        template.header("User-Agent", List.of(userAgent));
        template.removeHeader("Accept");
        template.header("Accept", List.of("application/json"));
    }
}
