package dev.estsdk.spring.boot;

import dev.estsdk.api.exception.FieldViolation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The {@code est.*} properties cannot configure a client: each violation names the property
 * (e.g. {@code est.key-secret}) and the rule it breaks. Thrown while the application context
 * starts, before any request. Never carries a secret's value.
 */
public class EstPropertiesException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldViolation> violations;

    /**
     * An exception for the given violations.
     *
     * @param client     the client that could not be built, e.g. {@code EstClient}
     * @param violations each naming a property
     */
    public EstPropertiesException(String client, List<FieldViolation> violations) {
        super("Cannot configure the " + client + " from the est.* properties: " + violations.stream()
                .map(v -> v.field() + " " + v.description()).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    /**
     * The violations, each naming a property.
     *
     * @return unmodifiable, not empty
     */
    public List<FieldViolation> violations() {
        return violations;
    }
}
