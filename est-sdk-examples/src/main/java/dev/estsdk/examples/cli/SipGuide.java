package dev.estsdk.examples.cli;

import dev.estsdk.api.model.CreateStaticEndpointRequest;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * Prints what to configure on the PBX after provisioning on either carrier: the trunk's SIP
 * domain, the SIP header rules for outbound calls, where inbound calls go, and what to test once
 * the changes have reached the carrier's SIP edge.
 */
final class SipGuide {

    /** A destination in the US, enabled by default, for the outbound test call. */
    static final String TEST_DESTINATION = "+12025550199";

    private SipGuide() {
    }

    /**
     * @param carrier the carrier the trunk is on
     * @param sip what the plan means for the PBX
     * @param trunkId the trunk, for the {@code est diagnose} hint
     * @param domain the trunk's SIP domain
     * @param numbers the trunk's numbers
     * @param propagated whether the changes have reached the SIP edge (Sinch: after the wait)
     */
    static void print(PrintStream out, CarrierChoice carrier, SipSummary sip, String trunkId, String domain,
            List<String> numbers, boolean propagated) {
        boolean twilio = carrier == CarrierChoice.TWILIO;
        String name = carrier.displayName();
        String caller = numbers.isEmpty() ? "+<your number>" : numbers.get(0);
        out.println();
        out.println("SIP domain: " + domain);
        out.println(twilio
                ? "  Send every INVITE to " + domain + " (the trunk's Termination SIP URI); a domain of no trunk gets"
                        + " SIP 404."
                : "  Send every INVITE and REGISTER to " + domain + ", never to the generic trunk.pstn.sinch.com"
                        + " (SIP 404).");
        if (sip.outbound()) {
            out.println();
            out.println("Outbound calls (PBX to phone network), SIP headers:");
            out.println("  Request-URI  sip:+<destination>@" + domain);
            out.println("  To           sip:+<destination>@" + domain);
            out.println("  From         sip:" + caller + "@" + domain
                    + (twilio ? "  (a number of your Twilio account as caller id)"
                            : "  (your trunk's domain; any other gets SIP 403)"));
            out.println("  Numbers in E.164: + and country code, no spaces or dashes, e.g. " + TEST_DESTINATION + ".");
            if (sip.byIp()) {
                out.println("  Send from " + sip.sources() + " (the " + (twilio ? "associated IP access control list"
                        : "linked access control list") + "; other source IPs get SIP 403).");
            }
            sip.credential().ifPresent(c -> out.println("  Answer " + name + "'s digest challenge"
                    + (twilio ? " (SIP 407)" : "") + " as " + c.username() + " (the " + (twilio ? "associated" : "linked")
                    + " credential list; a wrong password gets SIP " + (twilio ? "403" : "401/403") + ")."));
            if (!sip.byIp() && sip.credential().isEmpty()) {
                out.println("  The plan links existing lists: send from an address in them, or answer the digest"
                        + " challenge with one of their credentials.");
            }
            if (!twilio) {
                out.println("  At most 1 call per second per trunk (more gets SIP 603); only US and Canada are enabled"
                        + " until you enable other countries.");
            }
        }
        if (sip.inbound()) {
            out.println();
            out.println("Inbound calls (phone network to PBX):");
            String to = numbers.isEmpty() ? "numbers you assign to this trunk" : String.join(", ", numbers);
            for (CreateStaticEndpointRequest e : sip.staticEndpoints()) {
                String transport = e.transport() == null ? "UDP" : e.transport().toString();
                out.println("  Calls to " + to + " go to " + e.address() + ":" + e.port() + " (" + transport + ")"
                        + (twilio ? ", the origination URL sip:" + e.address() + ":" + e.port() + ";transport="
                                + transport.toLowerCase(Locale.ROOT) + "." : "."));
            }
            sip.registered().ifPresent(r -> out.println("  Calls to " + to + " go to where " + r.credentialUsername()
                    + " registers: REGISTER to " + domain + " as " + r.credentialUsername() + "."));
        }
        out.println();
        out.println(propagated ? "What to test now (the changes have " + (twilio ? "reached Twilio's SIP edge):"
                : "propagated):")
                : "What to test in 60 s (changes take about 60 s to reach Sinch's SIP edge; earlier tests fail):");
        int step = 1;
        if (sip.registered().isPresent()) {
            String user = sip.registered().get().credentialUsername();
            out.println("  " + step++ + ". Register: REGISTER as " + user + " at " + domain
                    + "; expect 200 OK (401: credential list not linked, or another password).");
        }
        if (sip.outbound()) {
            String from = sip.byIp() ? "from " + sip.sources() + ", " : "";
            out.println("  " + step++ + ". Outbound: " + from + "call sip:" + TEST_DESTINATION + "@" + domain
                    + "; expect it to ring.");
        }
        if (sip.inbound()) {
            out.println("  " + step + ". Inbound: call " + (numbers.isEmpty() ? "a number assigned to the trunk"
                    : numbers.get(0)) + " from a phone; expect your PBX to ring.");
        }
        out.println("  If something fails: est diagnose " + trunkId + (twilio ? " --carrier twilio" : ""));
    }
}
