package dev.estsdk.testkit;

import org.jspecify.annotations.Nullable;

/**
 * A SIP INVITE to check against the simulated Sinch edge ({@link SipChecks#invite(SipInvite)}).
 * Create one with {@link #outbound(String, String, String, String)} (your PBX calling out through
 * the trunk) or {@link #inbound(String, String)} (someone dialling a number assigned to a trunk).
 *
 * @param direction which way the call goes
 * @param sourceIp outbound: the public IP the INVITE comes from; inbound: ignored
 * @param from the From header: a number or a SIP URI such as {@code sip:+15551234567@acme.pstn.sinch.com}
 * @param to the To / Request-URI: a number or a SIP URI
 * @param domain outbound: the domain the INVITE is sent to (Request-URI host); null to take the
 *     host of {@code to}
 * @param username outbound digest-auth username, or null
 * @param password outbound digest-auth password, or null
 */
public record SipInvite(Direction direction, @Nullable String sourceIp, String from, String to,
        @Nullable String domain, @Nullable String username, @Nullable String password) {

    /** Which way a call goes. */
    public enum Direction {
        /** From the customer's PBX through the trunk to the PSTN. */
        OUTBOUND,
        /** From the PSTN to a number assigned to a trunk, delivered to its endpoints. */
        INBOUND
    }

    /**
     * Checks the fields each direction needs.
     *
     * @param direction which way the call goes
     * @param sourceIp outbound: the public IP the INVITE comes from; inbound: ignored
     * @param from the From header: a number or a SIP URI such as {@code sip:+15551234567@acme.pstn.sinch.com}
     * @param to the To / Request-URI: a number or a SIP URI
     * @param domain outbound: the domain the INVITE is sent to (Request-URI host); null to take the
     *     host of {@code to}
     * @param username outbound digest-auth username, or null
     * @param password outbound digest-auth password, or null
     */
    public SipInvite {
        if (direction == null) {
            throw new IllegalArgumentException("direction must be OUTBOUND or INBOUND");
        }
        if (from == null || from.isBlank()) {
            throw new IllegalArgumentException("from must not be blank");
        }
        if (to == null || to.isBlank()) {
            throw new IllegalArgumentException("to must not be blank");
        }
        if (direction == Direction.OUTBOUND) {
            if (sourceIp == null || sourceIp.isBlank()) {
                throw new IllegalArgumentException("sourceIp must not be blank for an outbound INVITE");
            }
            if ((domain == null || domain.isBlank()) && !to.contains("@")) {
                throw new IllegalArgumentException("domain must be given when 'to' is not a SIP URI with a host");
            }
        }
    }

    /**
     * Returns an outbound INVITE authenticated by source IP.
     *
     * @param sourceIp the public IP your PBX sends from
     * @param from caller, e.g. {@code sip:+15551234567@acme.pstn.sinch.com}
     * @param to callee, e.g. {@code +46701740605}
     * @param domain where the INVITE is sent, e.g. {@code acme.pstn.sinch.com}
     * @return an outbound INVITE authenticated by source IP
     */
    public static SipInvite outbound(String sourceIp, String from, String to, String domain) {
        return new SipInvite(Direction.OUTBOUND, sourceIp, from, to, domain, null, null);
    }

    /**
     * Returns an inbound INVITE.
     *
     * @param from the caller's number
     * @param to the dialled number, assigned to a trunk
     * @return an inbound INVITE
     */
    public static SipInvite inbound(String from, String to) {
        return new SipInvite(Direction.INBOUND, null, from, to, null, null, null);
    }

    /**
     * Returns a copy that answers the digest challenge with these credentials.
     *
     * @param user digest username
     * @param secret digest password
     * @return a copy that answers the digest challenge with these credentials
     */
    public SipInvite withDigest(String user, String secret) {
        return new SipInvite(direction, sourceIp, from, to, domain, user, secret);
    }

    @Override
    public String toString() {
        return "SipInvite[direction=" + direction + ", sourceIp=" + sourceIp + ", from=" + from + ", to=" + to
                + ", domain=" + domain + ", username=" + username + ", password=" + (password == null ? null : "***")
                + "]";
    }
}
