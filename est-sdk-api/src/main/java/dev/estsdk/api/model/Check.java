package dev.estsdk.api.model;

import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.FieldViolation;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every rule that one {@code build()} finds broken, so the caller sees them all in one
 * {@link EstValidationException} instead of fixing them one run at a time. Each rule's text says
 * what is expected and, for values that are not secret, what was given.
 */
final class Check {

    private static final int MAX_ECHO = 60;

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

    /** Throws the collected violations, if any. */
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

    boolean notBlank(String field, String value) {
        if (!required(field, value)) {
            return false;
        }
        if (value.isBlank()) {
            fail(field, "must not be blank");
            return false;
        }
        return true;
    }

    /** Null is fine (the field is optional); an empty or blank string is a mistake. */
    void blankIfSet(String field, String value) {
        if (value != null && value.isBlank()) {
            fail(field, "must not be blank when set (leave it null to omit it)");
        }
    }

    void hostName(String field, String value) {
        if (!notBlank(field, value)) {
            return;
        }
        if (value.length() > 63) {
            fail(field, "must be at most 63 characters long (was " + value.length() + ")");
        } else if (!Syntax.isHostLabelCharset(value)) {
            fail(field, "must contain only letters, digits and hyphens" + was(value));
        }
    }

    void ipv4(String field, String value) {
        if (notBlank(field, value) && !Syntax.isIpv4(value)) {
            fail(field, "must be a dotted-quad IPv4 address such as 203.0.113.10" + was(value));
        }
    }

    void ipv4OrHostName(String field, String value) {
        if (notBlank(field, value) && !Syntax.isIpv4(value) && !Syntax.isHostName(value)) {
            fail(field, "must be an IPv4 address or a host name" + was(value));
        }
    }

    void e164(String field, String value) {
        if (notBlank(field, value)) {
            e164IfSet(field, value);
        }
    }

    void e164IfSet(String field, String value) {
        if (value != null && !Syntax.isE164(value)) {
            fail(field, "must be an E.164 number: + then 2 to 15 digits, e.g. +15551234567" + was(value));
        }
    }

    void isoAlpha2(String field, String value) {
        if (required(field, value)) {
            isoAlpha2IfSet(field, value);
        }
    }

    void isoAlpha2IfSet(String field, String value) {
        if (value != null && !Syntax.isIsoAlpha2(value)) {
            fail(field, "must be an ISO 3166-1 alpha-2 code in upper case, e.g. SE" + was(value));
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

    /** Echoes a non-secret value, shortened and without control characters. */
    private static String was(String value) {
        String shown = value.length() > MAX_ECHO ? value.substring(0, MAX_ECHO) + "..." : value;
        StringBuilder sb = new StringBuilder(" (was \"");
        shown.chars().forEach(c -> sb.append(Character.isISOControl(c) ? '?' : (char) c));
        return sb.append("\")").toString();
    }
}
