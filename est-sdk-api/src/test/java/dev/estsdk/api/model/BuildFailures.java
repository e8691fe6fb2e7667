package dev.estsdk.api.model;

import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.FieldViolation;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Runs a build that must fail and hands back what it reported. */
final class BuildFailures {

    private BuildFailures() {
    }

    static EstValidationException failureOf(ThrowingCallable build) {
        EstValidationException[] caught = new EstValidationException[1];
        assertThatThrownBy(build).isInstanceOfSatisfying(EstValidationException.class, e -> caught[0] = e);
        return caught[0];
    }

    static List<FieldViolation> violationsOf(ThrowingCallable build) {
        return failureOf(build).violations();
    }

    static List<String> fieldsOf(ThrowingCallable build) {
        return violationsOf(build).stream().map(FieldViolation::field).toList();
    }
}
