package dev.estsdk.api.model;

import dev.estsdk.api.exception.EstValidationException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The password policy EST enforces on SIP credentials: at least {@value #MIN_LENGTH}
 * characters, with an upper-case letter, a lower-case letter and a digit. Checking it before a
 * request turns the server's bare 400 into a message that says what is missing. Messages name
 * the unmet requirements, never the password.
 */
public final class PasswordPolicy {

    /** The shortest password EST accepts. */
    public static final int MIN_LENGTH = 12;

    static final String RULE = "must have at least " + MIN_LENGTH
            + " characters, an upper-case letter, a lower-case letter and a digit";

    private PasswordPolicy() {
    }

    /**
     * {@return whether a password has {@value #MIN_LENGTH} to
     * {@value FieldRules#MAX_PASSWORD_LENGTH} characters, an upper-case letter, a lower-case letter
     * and a digit, and no white space or control characters}
     * @param password the password
     */
    public static boolean isSatisfiedBy(Secret password) {
        return unmetRule(password.reveal()).isEmpty();
    }

    /**
     * Fails unless a password meets the policy.
     * @param field    the field to name in the violation, e.g. {@code password}
     * @param password the password
     * @throws EstValidationException if the password is null or breaks the policy; the message
     *                                names the field and the unmet requirements, never the password
     */
    public static void requireSatisfiedBy(String field, Secret password) {
        Check check = Check.of("credential password");
        check(check, field, password);
        check.throwIfInvalid();
    }

    static void check(Check check, String field, Secret password) {
        if (check.required(field, password)) {
            unmetRule(password.reveal()).ifPresent(rule -> check.fail(field, rule));
        }
    }

    static Optional<String> unmetRule(String value) {
        if (value.length() > FieldRules.MAX_PASSWORD_LENGTH) {
            return Optional.of("must be at most " + FieldRules.MAX_PASSWORD_LENGTH + " characters long");
        }
        if (value.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            return Optional.of("must not contain white space or control characters");
        }
        List<String> unmet = unmet(value);
        return unmet.isEmpty() ? Optional.empty()
                : Optional.of(RULE + " (missing: " + String.join(", ", unmet) + ")");
    }

    private static List<String> unmet(String value) {
        List<String> unmet = new ArrayList<>();
        if (value.codePointCount(0, value.length()) < MIN_LENGTH) {
            unmet.add("length");
        }
        if (value.chars().noneMatch(Character::isUpperCase)) {
            unmet.add("upper-case letter");
        }
        if (value.chars().noneMatch(Character::isLowerCase)) {
            unmet.add("lower-case letter");
        }
        if (value.chars().noneMatch(Character::isDigit)) {
            unmet.add("digit");
        }
        return unmet;
    }
}
