package dev.estsdk.examples.cli;

import dev.estsdk.api.model.NewCredential;
import dev.estsdk.testkit.EstSimulator;
import dev.estsdk.testkit.SipInvite;
import dev.estsdk.testkit.SipResult;
import dev.estsdk.testkit.twilio.TwilioSimulator;
import dev.estsdk.testkit.twilio.TwilioSipInvite;
import dev.estsdk.testkit.twilio.TwilioSipResult;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

/**
 * On an embedded simulator (either carrier), runs the tests {@link SipGuide} recommends against its
 * simulated SIP edge and prints how the edge answered, so a demo shows the trunk actually working.
 */
final class SimulatorSipCheck {

    /** The caller of the simulated inbound call. */
    private static final String INBOUND_CALLER = "+14155550123";
    /** The caller id of the outbound call when the plan assigned no number. */
    private static final String DEFAULT_CALLER = "+12025550100";
    private static final String HEADING = "Tried on the simulator's SIP edge:";

    private SimulatorSipCheck() {
    }

    /**
     * Places the calls when the target is an embedded simulator; prints nothing otherwise.
     *
     * @return whether every call the edge was asked about succeeded (true when none was placed)
     */
    static boolean print(PrintStream out, CarrierTarget target, SipSummary sip, String domain, List<String> numbers) {
        Optional<EstSimulator> sinch = target.sinchSimulator();
        Optional<TwilioSimulator> twilio = target.twilioSimulator();
        if (sinch.isPresent()) {
            return sinch(out, sinch.get(), sip, domain, numbers);
        }
        return twilio.map(t -> twilio(out, t, sip, domain, numbers)).orElse(true);
    }

    private static boolean sinch(PrintStream out, EstSimulator simulator, SipSummary sip, String domain,
            List<String> numbers) {
        out.println();
        out.println(HEADING);
        boolean ok = true;
        if (sip.registered().isPresent() && sip.registration().isPresent()) {
            NewCredential c = sip.registration().get();
            SipResult r = simulator.sip().register(domain, c.username(), c.password().reveal());
            out.println("  REGISTER " + c.username() + " at " + domain + ": " + outcome(r));
            ok &= r.isSuccess();
        }
        if (sip.outbound() && (sip.byIp() || sip.credential().isPresent())) {
            String caller = numbers.isEmpty() ? DEFAULT_CALLER : numbers.get(0);
            String source = source(sip);
            SipInvite invite = SipInvite.outbound(source, "sip:" + caller + "@" + domain,
                    "sip:" + SipGuide.TEST_DESTINATION + "@" + domain, domain);
            if (!sip.byIp()) {
                NewCredential c = sip.credential().get();
                invite = invite.withDigest(c.username(), c.password().reveal());
            }
            SipResult r = simulator.sip().invite(invite);
            out.println("  outbound INVITE " + caller + " -> " + SipGuide.TEST_DESTINATION + " from " + source + ": "
                    + outcome(r));
            ok &= r.isSuccess();
        }
        if (sip.inbound() && !numbers.isEmpty()) {
            SipResult r = simulator.sip().invite(SipInvite.inbound(INBOUND_CALLER, numbers.get(0)));
            out.println("  inbound INVITE " + INBOUND_CALLER + " -> " + numbers.get(0) + ": " + outcome(r));
            ok &= r.isSuccess();
        }
        return ok;
    }

    private static boolean twilio(PrintStream out, TwilioSimulator simulator, SipSummary sip, String domain,
            List<String> numbers) {
        out.println();
        out.println(HEADING);
        boolean ok = true;
        if (sip.outbound() && (sip.byIp() || sip.credential().isPresent())) {
            String source = source(sip);
            TwilioSipInvite invite = TwilioSipInvite.termination(source, SipGuide.TEST_DESTINATION, domain);
            if (sip.credential().isPresent()) {
                NewCredential c = sip.credential().get();
                invite = invite.withDigest(c.username(), c.password().reveal());
            }
            TwilioSipResult r = simulator.sip().invite(invite);
            out.println("  outbound INVITE sip:" + SipGuide.TEST_DESTINATION + "@" + domain + " from " + source + ": "
                    + r.status() + " " + r.reason() + (r.isSuccess() ? "" : " (" + r.explanation() + ")"));
            ok &= r.isSuccess();
        }
        if (sip.inbound() && !numbers.isEmpty()) {
            TwilioSipResult r = simulator.sip().invite(TwilioSipInvite.origination(INBOUND_CALLER, numbers.get(0)));
            out.println("  inbound INVITE " + INBOUND_CALLER + " -> " + numbers.get(0) + ": " + r.status() + " "
                    + r.reason() + (r.isSuccess() ? ", delivered to " + r.deliveredTo() : " (" + r.explanation() + ")"));
            ok &= r.isSuccess();
        }
        return ok;
    }

    private static String source(SipSummary sip) {
        return sip.byIp() ? sip.aclRanges().get(0).ipAddress() : AnswerResolver.EXAMPLE_ADDRESS;
    }

    private static String outcome(SipResult r) {
        return r.status() + " " + r.reason() + (r.isSuccess() ? "" : " (" + r.explanation() + ")");
    }
}
