package dev.estsdk.api.model;

import java.util.List;

/**
 * The SIP transport of an endpoint: {@link #UDP} (the default), {@link #TCP} or {@link #TLS}.
 * Open: a transport added by the server later is kept (see {@link OpenEnum}).
 */
public final class Transport extends OpenEnum {

    /** UDP, the server's default; port 5060. */
    public static final Transport UDP = new Transport("UDP", true);

    /** TCP; port 5060. */
    public static final Transport TCP = new Transport("TCP", true);

    /** TLS; port 5061 is typical. */
    public static final Transport TLS = new Transport("TLS", true);

    private static final List<Transport> KNOWN = List.of(UDP, TCP, TLS);

    private Transport(String value, boolean known) {
        super(value, known);
    }

    /**
     * Parses a value case-insensitively. A known value returns its constant; any other value
     * is kept as an unknown {@code Transport} ({@link #isKnown()} false) instead of failing.
     *
     * @param value the value, e.g. {@code "UDP"} or {@code "udp"}
     * @return the constant, or an unknown value in upper case
     * @throws NullPointerException     if value is null
     * @throws IllegalArgumentException if value is blank
     */
    public static Transport of(String value) {
        return parse(value, "Transport", KNOWN, v -> new Transport(v, false));
    }

    /**
     * The values this version of the SDK knows.
     *
     * @return the constants, in declaration order
     */
    public static List<Transport> knownValues() {
        return KNOWN;
    }
}
