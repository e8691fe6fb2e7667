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
     * {@return the constant for a known value, else an unknown value in upper case}
     * @param value the value in any case, e.g. {@code "completed"}
     * @throws IllegalArgumentException if value is blank
     */
    public static CallResult of(String value) {
        return parse(value, "CallResult", KNOWN, v -> new CallResult(v, false));
    }

    /** {@return the constants this SDK version knows, in declaration order} */
    public static List<CallResult> knownValues() {
        return KNOWN;
    }
}
