package dev.estsdk.testkit;

import dev.estsdk.testkit.internal.sip.SipEdge;

/**
 * Asks the simulated Sinch SIP edge how it would answer an INVITE or a REGISTER, using the
 * configuration that has propagated (changes take effect {@link EstSimulator#propagationDelay()}
 * after they are made, on the simulator clock). The same checks are served over HTTP at
 * {@code POST /_simulator/sip/invite} and {@code POST /_simulator/sip/register}.
 *
 * <pre>{@code
 * sim.advance(Duration.ofSeconds(60));
 * SipResult r = sim.sip().invite(SipInvite.outbound("203.0.113.10",
 *         "sip:+12025550101@acme.pstn.sinch.com", "+12025550199", "acme.pstn.sinch.com"));
 * assertEquals(200, r.status());
 * }</pre>
 */
public final class SipChecks {

    private final SipEdge edge;

    SipChecks(SipEdge edge) {
        this.edge = edge;
    }

    /**
     * Returns the SIP status and reason the edge answers with.
     *
     * @param invite the INVITE
     * @return the SIP status and reason the edge answers with
     */
    public SipResult invite(SipInvite invite) {
        return edge.invite(invite);
    }

    /**
     * Returns the SIP status and reason the edge answers with.
     *
     * @param registration the REGISTER
     * @return the SIP status and reason the edge answers with
     */
    public SipResult register(SipRegistration registration) {
        return edge.register(registration);
    }

    /**
     * Returns the edge's answer to a one-hour registration.
     *
     * @param domain the trunk domain
     * @param username the SIP username
     * @param password the SIP password
     * @return the edge's answer to a one-hour registration
     */
    public SipResult register(String domain, String username, String password) {
        return edge.register(SipRegistration.of(domain, username, password));
    }
}
