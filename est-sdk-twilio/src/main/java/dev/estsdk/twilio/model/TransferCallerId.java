package dev.estsdk.twilio.model;

import java.util.List;

/**
 * Whose caller ID the target of a transfer sees ({@code TransferCallerId}).
 * Open: a value Twilio adds later is kept ({@link #isKnown()} is false).
 */
public final class TransferCallerId extends WireValue {

    /** The party being transferred (Twilio's default). */
    public static final TransferCallerId FROM_TRANSFEREE = new TransferCallerId("from-transferee", true);
    /** The party that transfers. */
    public static final TransferCallerId FROM_TRANSFEROR = new TransferCallerId("from-transferor", true);

    private static final List<TransferCallerId> KNOWN = List.of(FROM_TRANSFEREE, FROM_TRANSFEROR);

    private TransferCallerId(String value, boolean known) {
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
    public static TransferCallerId of(String value) {
        return parse(value, "TransferCallerId", KNOWN, v -> new TransferCallerId(v, false));
    }

    /**
     * The values this version of the SDK knows.
     *
     * @return the constants, in Twilio's order
     */
    public static List<TransferCallerId> knownValues() {
        return KNOWN;
    }
}
