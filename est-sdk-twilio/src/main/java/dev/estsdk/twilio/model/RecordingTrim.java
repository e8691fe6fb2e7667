package dev.estsdk.twilio.model;

import java.util.List;

/**
 * Whether silence is trimmed from a trunk's recordings ({@code Trim}).
 * Open: a value Twilio adds later is kept ({@link #isKnown()} is false).
 */
public final class RecordingTrim extends WireValue {

    /** Keep silence (Twilio's default). */
    public static final RecordingTrim DO_NOT_TRIM = new RecordingTrim("do-not-trim", true);
    /** Remove leading and trailing silence. */
    public static final RecordingTrim TRIM_SILENCE = new RecordingTrim("trim-silence", true);

    private static final List<RecordingTrim> KNOWN = List.of(DO_NOT_TRIM, TRIM_SILENCE);

    private RecordingTrim(String value, boolean known) {
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
    public static RecordingTrim of(String value) {
        return parse(value, "RecordingTrim", KNOWN, v -> new RecordingTrim(v, false));
    }

    /**
     * The values this version of the SDK knows.
     *
     * @return the constants, in Twilio's order
     */
    public static List<RecordingTrim> knownValues() {
        return KNOWN;
    }
}
