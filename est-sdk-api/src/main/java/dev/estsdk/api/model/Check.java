package dev.estsdk.api.model;

import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.FieldViolation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects every rule that one {@code build()} finds broken, so the caller sees them all in one
 * {@link EstValidationException} instead of fixing them one run at a time. Each rule's text says
 * what is expected and, for values that are not secret, what was given.
 */
final class Check {

    private final String subject;
    private final String prefix;
    private final List<FieldViolation> violations;

    private Check(String subject, String prefix, List<FieldViolation> violations) {
        this.subject = subject;
        this.prefix = prefix;
        this.violations = violations;
    }

    /** Starts checking one object; {@code subject} names it in the exception message. */
    static Check of(String subject) {
        return new Check(subject, "", new ArrayList<>());
    }

    /** A view whose field names are prefixed with {@code path.}, sharing this check's findings. */
    Check at(String path) {
        return new Check(subject, prefix + path + ".", violations);
    }

    void fail(String field, String rule) {
        violations.add(new FieldViolation(prefix + field, rule));
    }

    void throwIfInvalid() {
        if (!violations.isEmpty()) {
            throw new EstValidationException(subject, violations);
        }
    }

    boolean required(String field, Object value) {
        if (value == null) {
            fail(field, "is required");
            return false;
        }
        return true;
    }

    /** Records the rule {@code result} names, if any; true when there was none. */
    boolean apply(String field, Optional<String> result) {
        result.ifPresent(rule -> fail(field, rule));
        return result.isEmpty();
    }

    boolean notBlank(String field, String value) {
        return apply(field, FieldRules.text(value));
    }

    void blankIfSet(String field, String value) {
        apply(field, FieldRules.textIfSet(value));
    }

    void hostName(String field, String value) {
        apply(field, FieldRules.hostName(value));
    }

    void username(String field, String value) {
        apply(field, FieldRules.username(value));
    }

    void ipv4(String field, String value) {
        if (notBlank(field, value) && !Syntax.isIpv4(value)) {
            fail(field, "must be a dotted-quad IPv4 address such as 203.0.113.10" + was(value));
        }
    }

    void ipv4OrHostName(String field, String value) {
        apply(field, FieldRules.address(value));
    }

    void e164(String field, String value) {
        apply(field, FieldRules.e164(value));
    }

    void e164IfSet(String field, String value) {
        if (value != null) {
            e164(field, value);
        }
    }

    void isoAlpha2(String field, String value) {
        apply(field, FieldRules.isoAlpha2(value));
    }

    void isoAlpha2IfSet(String field, String value) {
        if (value != null) {
            isoAlpha2(field, value);
        }
    }

    void between(String field, int value, int min, int max) {
        if (value < min || value > max) {
            fail(field, "must be between " + min + " and " + max + " (was " + value + ")");
        }
    }

    void atLeast(String field, int value, int min) {
        if (value < min) {
            fail(field, "must be at least " + min + " (was " + value + ")");
        }
    }

    private static String was(String value) {
        return FieldRules.was(value);
    }
}
