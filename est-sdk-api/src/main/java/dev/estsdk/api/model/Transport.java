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
     * {@return the constant for a known value, else an unknown value in upper case}
     * @param value the value in any case, e.g. {@code "udp"}
     * @throws IllegalArgumentException if value is blank
     */
    public static Transport of(String value) {
        return parse(value, "Transport", KNOWN, v -> new Transport(v, false));
    }

    /** {@return the constants this SDK version knows, in declaration order} */
    public static List<Transport> knownValues() {
        return KNOWN;
    }
}
