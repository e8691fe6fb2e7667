package dev.estsdk.twilio.model;

import java.util.List;

/**
 * The HTTP method Twilio fetches a URL with, e.g. {@code DisasterRecoveryMethod}.
 * Open: a value Twilio adds later is kept ({@link #isKnown()} is false).
 */
public final class HttpMethod extends WireValue {

    /** HTTP GET. */
    public static final HttpMethod GET = new HttpMethod("GET", true);
    /** HTTP POST. */
    public static final HttpMethod POST = new HttpMethod("POST", true);

    private static final List<HttpMethod> KNOWN = List.of(GET, POST);

    private HttpMethod(String value, boolean known) {
        super(value, known);
    }

    /**
     * Parses a value case-insensitively.
     *
     * @param value the value as Twilio writes it
     * @return the constant for a known value, else a new unknown value
     * @throws NullPointerException     if value is null
     * @throws IllegalArgumentException if value is blank or contains white space or control characters
     */
    public static HttpMethod of(String value) {
        return parse(value, "HttpMethod", KNOWN, v -> new HttpMethod(v, false));
    }

    /**
     * The values this version of the SDK knows.
     *
     * @return the constants, in Twilio's order
     */
    public static List<HttpMethod> knownValues() {
        return KNOWN;
    }
}
