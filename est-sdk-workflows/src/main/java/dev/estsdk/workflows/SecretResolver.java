package dev.estsdk.workflows;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Looks up the value a {@link SecretRef} points to when a plan file becomes a
 * {@link ProvisioningPlan}. The default reads the process environment; tests and callers with a
 * vault of their own pass a map or a lambda. Implementations must be thread-safe and must never
 * log the values they return.
 *
 * <pre>{@code
 * SecretResolver.environment()                                  // System.getenv
 * SecretResolver.of(Map.of("EST_SIP_PASSWORD", "Alice-Passw0rd-1"))
 * }</pre>
 */
@FunctionalInterface
public interface SecretResolver {

    /**
     * The value of the referenced variable.
     *
     * @param reference the reference
     * @return the value, or empty if the variable is not set
     */
    Optional<String> resolve(SecretRef reference);

    /**
     * Resolves references from the process environment ({@link System#getenv(String)}).
     *
     * @return the resolver
     */
    static SecretResolver environment() {
        return ref -> Optional.ofNullable(System.getenv(ref.variable()));
    }

    /**
     * Resolves references from a fixed map of variable names to values (copied).
     *
     * @param variables variable name to value
     * @return the resolver
     */
    static SecretResolver of(Map<String, String> variables) {
        Map<String, String> copy = Map.copyOf(Objects.requireNonNull(variables, "variables"));
        return ref -> Optional.ofNullable(copy.get(ref.variable()));
    }
}
