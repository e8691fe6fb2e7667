package dev.estsdk.client.internal.resources;

import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.FieldViolation;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Checks identifiers that go into a URL path and encodes them as exactly one segment.
 *
 * <p>Only RFC 3986 unreserved characters ({@code A-Z a-z 0-9 - . _ ~}) stay as they are; every
 * other byte of the UTF-8 form is percent-encoded, so {@code +15551234567} travels as
 * {@code %2B15551234567} and a {@code %} in an id as {@code %25}. An id cannot escape its
 * segment: {@code /}, {@code \}, {@code .}, {@code ..} and control characters are refused before
 * any request.
 */
final class PathSegments {

    private static final int MAX_ECHO = 60;
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PathSegments() {
    }

    /**
     * Validates an id and encodes it as one path segment.
     *
     * @param parameter the parameter's name, for the error message (e.g. {@code trunkId})
     * @param value     the id
     * @return the encoded segment
     * @throws EstValidationException naming the parameter when the id is null, blank, {@code .},
     *                                {@code ..}, or holds {@code /}, {@code \} or a control character
     */
    static String encode(String parameter, String value) {
        String rule = brokenRule(value);
        if (rule != null) {
            throw new EstValidationException("path parameter",
                    List.of(new FieldViolation(parameter, rule)));
        }
        return encodeComponent(value);
    }

    /**
     * Percent-encodes every character that is not RFC 3986 unreserved; for path segments and for
     * query names and values alike.
     *
     * @param text any text
     * @return the encoded text
     */
    static String encodeComponent(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (isUnreserved(c)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }

    private static String brokenRule(String value) {
        if (value == null) {
            return "is required";
        }
        if (value.isBlank()) {
            return "must not be blank";
        }
        if (value.equals(".") || value.equals("..")) {
            return "must not be \".\" or \"..\"" + was(value);
        }
        if (value.indexOf('/') >= 0 || value.indexOf('\\') >= 0) {
            return "must not contain \"/\" or \"\\\"" + was(value);
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            return "must not contain control characters" + was(value);
        }
        return null;
    }

    private static boolean isUnreserved(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }

    private static String was(String value) {
        String shown = value.length() > MAX_ECHO ? value.substring(0, MAX_ECHO) + "..." : value;
        StringBuilder sb = new StringBuilder(" (was \"");
        shown.chars().forEach(c -> sb.append(Character.isISOControl(c) ? '?' : (char) c));
        return sb.append("\")").toString();
    }
}
