package dev.estsdk.testkit.twilio;

import dev.estsdk.testkit.twilio.internal.TwilioSipEdge;

/**
 * Asks the simulated Twilio SIP edge how it would answer an INVITE, from the current
 * configuration. Served over HTTP too, at {@code POST /_simulator/sip/invite}.
 *
 * <pre>{@code
 * TwilioSipResult r = sim.sip().invite(TwilioSipInvite.termination("203.0.113.10", "+14155550100",
 *         "acme.pstn.twilio.com").withDigest("pbx", "IWasAtSignal2018"));
 * assertEquals(200, r.status());
 * }</pre>
 */
public final class TwilioSipChecks {

    private final TwilioSipEdge edge;

    TwilioSipChecks(TwilioSipEdge edge) {
        this.edge = edge;
    }

    /**
     * Returns the SIP status, and for origination where the call went.
     *
     * @param invite the INVITE
     * @return the SIP status, and for origination where the call went
     */
    public TwilioSipResult invite(TwilioSipInvite invite) {
        return edge.invite(invite);
    }
}
