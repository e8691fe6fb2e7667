package dev.estsdk.spring.boot;

import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.FieldViolation;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What both auto-configured builders share: the settings common to both clients, and the mapping
 * of the builders' field names to the {@code est.*} property names.
 */
final class PropertyNames {

    private PropertyNames() {
    }

    static String kebab(String camel) {
        StringBuilder out = new StringBuilder();
        for (char c : camel.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append('-').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static EstPropertiesException translate(String client, EstValidationException e, Function<String, String> property) {
        List<FieldViolation> named = e.violations().stream()
                .map(v -> new FieldViolation(property.apply(v.field()), v.description()))
                .toList();
        return new EstPropertiesException(client, named);
    }

    static Function<String, String> prefixed(String prefix, Map<String, String> overrides) {
        return field -> overrides.getOrDefault(field, prefix + kebab(field));
    }

    /** Sets the shared timeouts that are present; the builders keep their defaults for the rest. */
    static void timeouts(EstProperties properties, Consumer<Duration> connect, Consumer<Duration> read,
                         Consumer<Duration> call) {
        if (properties.getConnectTimeout() != null) {
            connect.accept(properties.getConnectTimeout());
        }
        if (properties.getReadTimeout() != null) {
            read.accept(properties.getReadTimeout());
        }
        if (properties.getCallTimeout() != null) {
            call.accept(properties.getCallTimeout());
        }
    }
}
