package dev.estsdk.twilio.model;

import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.FieldViolation;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects every rule one {@code build()} finds broken, so the caller sees all of them in one
 * {@link EstValidationException} instead of fixing them one run at a time. Fields are named by
 * their builder property, e.g. {@code domainName}.
 */
final class Violations {

    private final String subject;
    private final List<FieldViolation> found = new ArrayList<>();

    private Violations(String subject) {
        this.subject = subject;
    }

    static Violations of(String subject) {
        return new Violations(subject);
    }

    void fail(String field, String rule) {
        found.add(new FieldViolation(field, rule));
    }

    /** Records the rule {@code result} names, if any. */
    Violations apply(String field, Optional<String> result) {
        result.ifPresent(rule -> fail(field, rule));
        return this;
    }

    /** Records a rule only when the value was set. */
    <T> Violations ifSet(String field, @Nullable T value, java.util.function.Function<T, Optional<String>> rule) {
        if (value != null) {
            apply(field, rule.apply(value));
        }
        return this;
    }

    boolean required(String field, @Nullable Object value) {
        if (value == null) {
            fail(field, "is required");
            return false;
        }
        return true;
    }

    /** Refuses a value of an open enumeration that this SDK does not know, since Twilio would reject it. */
    <T extends WireValue> Violations known(String field, @Nullable T value, java.util.List<T> known) {
        if (value != null && !value.isKnown()) {
            fail(field, "must be one of " + String.join(", ", known.stream().map(WireValue::value).toList())
                    + TwilioRules.was(value.value()));
        }
        return this;
    }

    /** Refuses an update that sets nothing: it would be a request that changes nothing. */
    Violations anySet(@Nullable Object... values) {
        for (Object v : values) {
            if (v != null) {
                return this;
            }
        }
        fail("", "must set at least one field; an update that sets nothing changes nothing");
        return this;
    }

    /** Throws the collected violations, if any. */
    void throwIfAny() {
        if (!found.isEmpty()) {
            throw new EstValidationException(subject, found);
        }
    }
}
