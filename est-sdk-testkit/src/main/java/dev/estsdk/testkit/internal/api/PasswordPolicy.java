package dev.estsdk.testkit.internal.api;

import dev.estsdk.testkit.internal.http.Violations;

/** SIP credential passwords: at least 12 characters with an upper-case letter, a lower-case letter and a digit. */
final class PasswordPolicy {

    private PasswordPolicy() {
    }

    /**
     * Adds a violation naming the field and the rule (never the value) when the password fails.
     *
     * @param field the field path
     * @param password the password, may be null
     * @param v where violations go
     */
    static void check(String field, String password, Violations v) {
        if (password == null || password.isEmpty()) {
            v.add(field, "must not be blank");
        } else if (password.codePointCount(0, password.length()) < 12 || password.chars().noneMatch(Character::isUpperCase)
                || password.chars().noneMatch(Character::isLowerCase)
                || password.chars().noneMatch(Character::isDigit)) {
            v.add(field, "must be at least 12 characters with an upper-case letter, a lower-case letter and a digit");
        }
    }
}
