package dev.estsdk.api.model;

import java.util.List;

/**
 * How a call ended, as reported in call records and used in call filters. Open (see
 * {@link OpenEnum}): a result added by the server later is kept.
 */
public final class CallResult extends OpenEnum {

    /** The call was answered and ended normally. */
    public static final CallResult COMPLETED = new CallResult("COMPLETED", true);

    /** Nobody answered. */
    public static final CallResult NO_ANSWER = new CallResult("NO_ANSWER", true);

    /** The caller hung up before the call was answered. */
    public static final CallResult CANCEL = new CallResult("CANCEL", true);

    /** The callee was busy. */
    public static final CallResult BUSY = new CallResult("BUSY", true);

    /** The call could not be set up. */
    public static final CallResult FAILED = new CallResult("FAILED", true);

    private static final List<CallResult> KNOWN = List.of(COMPLETED, NO_ANSWER, CANCEL, BUSY, FAILED);

    private CallResult(String value, boolean known) {
        super(value, known);
    }

    /**
     * Parses a value case-insensitively. A known value returns its constant; any other value
     * is kept as an unknown {@code CallResult} ({@link #isKnown()} false) instead of failing.
     *
     * @param value the value, e.g. {@code "COMPLETED"} or {@code "completed"}
     * @return the constant, or an unknown value in upper case
     * @throws NullPointerException     if value is null
     * @throws IllegalArgumentException if value is blank
     */
    public static CallResult of(String value) {
        return parse(value, "CallResult", KNOWN, v -> new CallResult(v, false));
    }

    /**
     * The values this version of the SDK knows.
     *
     * @return the constants, in declaration order
     */
    public static List<CallResult> knownValues() {
        return KNOWN;
    }
}
