package dev.estsdk.twilio.internal;

import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.FieldViolation;
import dev.estsdk.twilio.model.TwilioRules;

import java.util.List;

/**
 * Checks the SIDs that go into a path before any request: a SID is its two-letter prefix and 32
 * hexadecimal digits, so one that passes is a single path segment that needs no encoding, and
 * {@code ../x}, {@code a/b} or {@code a%2Fb} can never reach the server.
 */
final class Sids {

    private Sids() {
    }

    /**
     * @param parameter the parameter's name, e.g. {@code trunkSid}
     * @param prefix    the SID prefix, e.g. {@code TK}
     * @param value     the SID
     * @return the SID as it goes into the path
     * @throws EstValidationException naming the parameter and the rule
     */
    static String check(String parameter, String prefix, String value) {
        TwilioRules.sid(prefix, value).ifPresent(rule -> {
            throw new EstValidationException("path parameter", List.of(new FieldViolation(parameter, rule)));
        });
        return value;
    }
}
