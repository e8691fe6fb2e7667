package dev.estsdk.api.exception;

import java.util.List;
import java.util.Objects;

/**
 * Bad input, found before any request was sent: a builder's {@code build()} or a resource
 * method rejected a value. {@link #violations()} lists every broken rule at once, each naming
 * the field and the rule, e.g. {@code hostName: must contain only letters, digits and hyphens
 * (was "acme.example")}. Secret values are never echoed.
 */
public class EstValidationException extends EstException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception; the message reads {@code Invalid <subject>: field: rule; ...}.
     * @param subject    what was being built or called, e.g. {@code SipTrunk}
     * @param violations every broken rule; at least one
     * @throws IllegalArgumentException if violations is empty
     */
    public EstValidationException(String subject, List<FieldViolation> violations) {
        super(ErrorMessages.validation(Objects.requireNonNull(subject, "subject"), requireSome(violations)),
                EstErrorDetails.builder().attempts(0).fieldViolations(violations).build(), null);
    }

    private static List<FieldViolation> requireSome(List<FieldViolation> violations) {
        if (Objects.requireNonNull(violations, "violations").isEmpty()) {
            throw new IllegalArgumentException("a validation exception needs at least one violation");
        }
        return violations;
    }

    /** {@return every rule the input broke, in the order checked; unmodifiable, never empty} */
    public List<FieldViolation> violations() {
        return details().fieldViolations();
    }
}
