package dev.estsdk.spring.boot;

import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.FieldViolation;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Maps the SDK builders' field names to the {@code est.*} property names. */
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
        EstPropertiesException translated = new EstPropertiesException(client, named);
        return translated;
    }

    static Function<String, String> prefixed(String prefix, Map<String, String> overrides) {
        return field -> overrides.getOrDefault(field, prefix + kebab(field));
    }
}
