package dev.estsdk.twilio.model;

import java.util.List;

/**
 * When a trunk records calls ({@code Mode} of the trunk's recording).
 * Open: a value Twilio adds later is kept ({@link #isKnown()} is false).
 */
public final class RecordingMode extends WireValue {

    /** No recording (Twilio's default). */
    public static final RecordingMode DO_NOT_RECORD = new RecordingMode("do-not-record", true);
    /** From ringing, one channel. */
    public static final RecordingMode RECORD_FROM_RINGING = new RecordingMode("record-from-ringing", true);
    /** From answer, one channel. */
    public static final RecordingMode RECORD_FROM_ANSWER = new RecordingMode("record-from-answer", true);
    /** From ringing, one channel per party. */
    public static final RecordingMode RECORD_FROM_RINGING_DUAL = new RecordingMode("record-from-ringing-dual", true);
    /** From answer, one channel per party. */
    public static final RecordingMode RECORD_FROM_ANSWER_DUAL = new RecordingMode("record-from-answer-dual", true);

    private static final List<RecordingMode> KNOWN = List.of(DO_NOT_RECORD, RECORD_FROM_RINGING, RECORD_FROM_ANSWER, RECORD_FROM_RINGING_DUAL, RECORD_FROM_ANSWER_DUAL);

    private RecordingMode(String value, boolean known) {
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
    public static RecordingMode of(String value) {
        return parse(value, "RecordingMode", KNOWN, v -> new RecordingMode(v, false));
    }

    /**
     * The values this version of the SDK knows.
     *
     * @return the constants, in Twilio's order
     */
    public static List<RecordingMode> knownValues() {
        return KNOWN;
    }
}
