package dev.estsdk.api.model;

import java.util.List;

/**
 * A call direction, as used by call records, call filters, call blocking rules and PCAP
 * downloads. Open (see {@link OpenEnum}); parsed case-insensitively because the server writes
 * {@code inbound}/{@code outbound} in responses and expects upper case in requests.
 */
public final class Direction extends OpenEnum {

    /** Calls from the PSTN to the trunk's endpoints (origination). */
    public static final Direction INBOUND = new Direction("INBOUND", true);

    /** Calls from the PBX through the trunk to the PSTN (termination). */
    public static final Direction OUTBOUND = new Direction("OUTBOUND", true);

    private static final List<Direction> KNOWN = List.of(INBOUND, OUTBOUND);

    private Direction(String value, boolean known) {
        super(value, known);
    }

    /**
     * {@return the constant for a known value, else an unknown value in upper case}
     * @param value the value in any case, e.g. {@code "inbound"}
     * @throws IllegalArgumentException if value is blank
     */
    public static Direction of(String value) {
        return parse(value, "Direction", KNOWN, v -> new Direction(v, false));
    }

    /** {@return the constants this SDK version knows, in declaration order} */
    public static List<Direction> knownValues() {
        return KNOWN;
    }
}
