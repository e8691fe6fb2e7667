package dev.estsdk.testkit.twilio;

import org.jspecify.annotations.Nullable;

import java.util.Locale;
import java.util.Set;

/**
 * A SIP INVITE to check against the simulated Twilio edge ({@link TwilioSipChecks#invite}).
 * {@link #termination(String, String, String)} is your PBX calling out through the trunk's
 * domain {@code {name}.pstn.twilio.com}; {@link #origination(String, String)} is someone dialling a
 * number associated with a trunk, delivered to its origination URLs.
 *
 * @param direction which way the call goes
 * @param sourceIp termination: the public IPv4 address the INVITE comes from
 * @param from the caller
 * @param to the dialled number, E.164 with the leading {@code +}
 * @param domain termination: the Request-URI host, the trunk's domain name
 * @param transport termination: {@code udp}, {@code tcp} or {@code tls}
 * @param username termination: the digest username answering Twilio's 407 challenge, or null
 * @param password termination: the digest password, or null
 * @param unreachable origination: SIP URLs that do not answer (Twilio fails over after 4 s)
 */
public record TwilioSipInvite(Direction direction, @Nullable String sourceIp, @Nullable String from, String to,
        @Nullable String domain, @Nullable String transport, @Nullable String username, @Nullable String password,
        Set<String> unreachable) {

    /** Which way a call goes. */
    public enum Direction {
        /** From the customer's PBX through the trunk to the PSTN. */
        TERMINATION,
        /** From the PSTN to a number on the trunk, delivered to its origination URLs. */
        ORIGINATION
    }

    /**
     * Checks the fields each direction needs; null {@code unreachable} becomes empty.
     *
     * @param direction which way the call goes
     * @param sourceIp termination: the public IPv4 address the INVITE comes from
     * @param from the caller
     * @param to the dialled number, E.164 with the leading {@code +}
     * @param domain termination: the Request-URI host, the trunk's domain name
     * @param transport termination: {@code udp}, {@code tcp} or {@code tls}
     * @param username termination: the digest username answering Twilio's 407 challenge, or null
     * @param password termination: the digest password, or null
     * @param unreachable origination: SIP URLs that do not answer (Twilio fails over after 4 s)
     */
    public TwilioSipInvite {
        if (direction == null) {
            throw new IllegalArgumentException("direction must be TERMINATION or ORIGINATION");
        }
        if (to == null || to.isBlank()) {
            throw new IllegalArgumentException("to must not be blank");
        }
        if (direction == Direction.TERMINATION) {
            if (sourceIp == null || sourceIp.isBlank()) {
                throw new IllegalArgumentException("sourceIp must not be blank for a termination INVITE");
            }
            if (domain == null || domain.isBlank()) {
                throw new IllegalArgumentException("domain must not be blank for a termination INVITE");
            }
        }
        transport = transport == null ? "udp" : transport.toLowerCase(Locale.ROOT);
        unreachable = unreachable == null ? Set.of() : Set.copyOf(unreachable);
    }

    /**
     * Returns a termination INVITE over UDP without credentials.
     *
     * @param sourceIp the public IPv4 address your PBX sends from
     * @param to the number to call, e.g. {@code +14155550100}
     * @param domain the trunk's domain, e.g. {@code acme.pstn.twilio.com}
     * @return a termination INVITE over UDP without credentials
     */
    public static TwilioSipInvite termination(String sourceIp, String to, String domain) {
        return new TwilioSipInvite(Direction.TERMINATION, sourceIp, null, to, domain, "udp", null, null, Set.of());
    }

    /**
     * Returns an origination INVITE with every origination URL answering.
     *
     * @param from the caller's number
     * @param to a number associated with a trunk
     * @return an origination INVITE with every origination URL answering
     */
    public static TwilioSipInvite origination(String from, String to) {
        return new TwilioSipInvite(Direction.ORIGINATION, null, from, to, null, null, null, null, Set.of());
    }

    /**
     * Returns a copy answering the 407 challenge with these credentials.
     *
     * @param user the digest username
     * @param secret the digest password
     * @return a copy answering the 407 challenge with these credentials
     */
    public TwilioSipInvite withDigest(String user, String secret) {
        return new TwilioSipInvite(direction, sourceIp, from, to, domain, transport, user, secret, unreachable);
    }

    /**
     * Returns a copy sent over that transport.
     *
     * @param value {@code udp}, {@code tcp} or {@code tls}
     * @return a copy sent over that transport
     */
    public TwilioSipInvite overTransport(String value) {
        return new TwilioSipInvite(direction, sourceIp, from, to, domain, value, username, password, unreachable);
    }

    /**
     * Returns a copy in which those URLs fail, so Twilio fails over.
     *
     * @param sipUrls origination URLs that do not answer this call
     * @return a copy in which those URLs fail, so Twilio fails over
     */
    public TwilioSipInvite withUnreachable(String... sipUrls) {
        return new TwilioSipInvite(direction, sourceIp, from, to, domain, transport, username, password, Set.of(sipUrls));
    }

    @Override
    public String toString() {
        return "TwilioSipInvite[direction=" + direction + ", sourceIp=" + sourceIp + ", from=" + from + ", to=" + to
                + ", domain=" + domain + ", transport=" + transport + ", username=" + username + ", password="
                + (password == null ? null : "***") + ", unreachable=" + unreachable + "]";
    }
}
