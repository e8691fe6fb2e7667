package dev.estsdk.twilio.model;

import java.util.List;

/**
 * Whether a trunk accepts SIP {@code REFER} transfers from the PBX ({@code TransferMode}).
 * Open: a value Twilio adds later is kept ({@link #isKnown()} is false).
 */
public final class TransferMode extends WireValue {

    /** No transfers. */
    public static final TransferMode DISABLE_ALL = new TransferMode("disable-all", true);
    /** Transfers to PSTN and SIP targets. */
    public static final TransferMode ENABLE_ALL = new TransferMode("enable-all", true);
    /** Transfers to SIP targets only. */
    public static final TransferMode SIP_ONLY = new TransferMode("sip-only", true);

    private static final List<TransferMode> KNOWN = List.of(DISABLE_ALL, ENABLE_ALL, SIP_ONLY);

    private TransferMode(String value, boolean known) {
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
    public static TransferMode of(String value) {
        return parse(value, "TransferMode", KNOWN, v -> new TransferMode(v, false));
    }

    /**
     * The values this version of the SDK knows.
     *
     * @return the constants, in Twilio's order
     */
    public static List<TransferMode> knownValues() {
        return KNOWN;
    }
}
