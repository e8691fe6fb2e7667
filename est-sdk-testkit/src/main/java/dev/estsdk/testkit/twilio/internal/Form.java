package dev.estsdk.testkit.twilio.internal;

import dev.estsdk.testkit.internal.http.ApiException;
import dev.estsdk.testkit.internal.http.ApiRequest;
import dev.estsdk.testkit.internal.http.QueryParams;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The form-encoded body of a Twilio write ({@code application/x-www-form-urlencoded}, UTF-8)
 * with Twilio's parameter rules: PascalCase names, {@code true}/{@code false} booleans, decimal
 * integers, enum values as Twilio spells them. A POST with a body of another content type is
 * refused, so a client that sends JSON finds out at once.
 */
public final class Form {

    private final QueryParams params;

    private Form(QueryParams params) {
        this.params = params;
    }

    /**
     * @param request a POST
     * @return its form parameters
     * @throws TwilioError 400 when the body is not form-encoded
     */
    public static Form of(ApiRequest request) {
        byte[] body = request.body();
        String type = request.header("Content-Type");
        if (body.length > 0 && (type == null
                || !type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded"))) {
            throw TwilioError.invalid("Content-Type must be application/x-www-form-urlencoded (was " + type + ")");
        }
        try {
            return new Form(QueryParams.parse(new String(body, StandardCharsets.UTF_8)));
        } catch (ApiException e) {
            throw TwilioError.invalid("The request body is not valid form encoding");
        }
    }

    /**
     * @param name a parameter
     * @return whether it was sent (possibly empty)
     */
    public boolean has(String name) {
        return params.has(name);
    }

    /**
     * @param name a parameter
     * @return its value, or null when not sent
     */
    public String get(String name) {
        return params.first(name);
    }

    /**
     * @param name a required parameter
     * @return its value, not empty
     * @throws TwilioError 400 "Missing required parameter …" when absent or empty
     */
    public String required(String name) {
        String v = get(name);
        if (v == null || v.isEmpty()) {
            throw TwilioError.missing(name);
        }
        return v;
    }

    /**
     * Free text: at most {@code max} characters, no control characters.
     *
     * @param name the parameter
     * @param value its value, or null
     * @param max the longest value allowed
     * @return the value
     * @throws TwilioError 400 naming the parameter
     */
    public static String text(String name, String value, int max) {
        if (value == null) {
            return null;
        }
        if (value.length() > max) {
            throw TwilioError.invalid(name + " must be at most " + max + " characters long");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw TwilioError.invalid(name + " must not contain control characters");
        }
        return value;
    }

    /**
     * @param name a boolean parameter
     * @return its value, or null when not sent
     * @throws TwilioError 400 when it is not {@code true} or {@code false}
     */
    public Boolean bool(String name) {
        String v = get(name);
        if (v == null) {
            return null;
        }
        if (v.equalsIgnoreCase("true")) {
            return true;
        }
        if (v.equalsIgnoreCase("false")) {
            return false;
        }
        throw TwilioError.invalid(name + " must be true or false (was " + shown(v) + ")");
    }

    /**
     * @param name an integer parameter
     * @param min the smallest value
     * @param max the largest value
     * @return its value, or null when not sent
     * @throws TwilioError 400 when it is not an integer in range
     */
    public Integer integer(String name, int min, int max) {
        String v = get(name);
        if (v == null) {
            return null;
        }
        int value;
        try {
            value = Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw TwilioError.invalid(name + " must be an integer (was " + shown(v) + ")");
        }
        if (value < min || value > max) {
            throw TwilioError.invalid(name + " must be between " + min + " and " + max + " (was " + value + ")");
        }
        return value;
    }

    /**
     * @param name an enum parameter
     * @param allowed the values Twilio accepts
     * @return the value in Twilio's spelling, or null when not sent
     * @throws TwilioError 400 for another value
     */
    public String oneOf(String name, List<String> allowed) {
        String v = get(name);
        if (v == null) {
            return null;
        }
        for (String a : allowed) {
            if (a.equalsIgnoreCase(v)) {
                return a;
            }
        }
        throw TwilioError.invalid(name + " must be one of " + String.join(", ", allowed) + " (was " + shown(v) + ")");
    }

    /** A value echoed in a message: shortened, control characters as {@code ?}. */
    static String shown(String v) {
        String s = v.length() > 60 ? v.substring(0, 60) + "..." : v;
        StringBuilder sb = new StringBuilder();
        s.chars().forEach(c -> sb.append(Character.isISOControl(c) ? '?' : (char) c));
        return sb.toString();
    }
}
