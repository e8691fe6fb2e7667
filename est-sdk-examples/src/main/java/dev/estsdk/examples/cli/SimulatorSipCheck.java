package dev.estsdk.examples.cli;

import dev.estsdk.testkit.EstSimulator;
import dev.estsdk.testkit.SipInvite;
import dev.estsdk.testkit.SipResult;
import java.io.PrintStream;
import java.util.List;

/**
 * On the embedded simulator, runs the tests {@link SipGuide} recommends against its simulated SIP
 * edge and prints how the edge answered, so a demo shows the trunk actually working.
 */
final class SimulatorSipCheck {

    /** The caller of the simulated inbound call. */
    private static final String INBOUND_CALLER = "+14155550123";
    /** The caller id of the outbound call when the plan assigned no number. */
    private static final String DEFAULT_CALLER = "+12025550100";

    private SimulatorSipCheck() {
    }

    static void print(PrintStream out, EstSimulator simulator, ProvisionAnswers answers, String domain,
            List<String> numbers) {
        out.println();
        out.println("Tried on the simulator's SIP edge:");
        String username = answers.sipUsername();
        if (answers.endpoint() == EndpointType.REGISTERED) {
            SipResult r = simulator.sip().register(domain, username, answers.sipPassword().reveal());
            out.println("  REGISTER " + username + " at " + domain + ": " + outcome(r));
        }
        if (answers.direction().outbound()) {
            String caller = numbers.isEmpty() ? DEFAULT_CALLER : numbers.get(0);
            boolean acl = answers.auth() == AuthMethod.ACL;
            String source = acl ? answers.aclRange().ipAddress() : AnswerResolver.EXAMPLE_ADDRESS;
            SipInvite invite = SipInvite.outbound(source, "sip:" + caller + "@" + domain,
                    "sip:" + SipGuide.TEST_DESTINATION + "@" + domain, domain);
            if (!acl) {
                invite = invite.withDigest(username, answers.sipPassword().reveal());
            }
            out.println("  outbound INVITE " + caller + " -> " + SipGuide.TEST_DESTINATION + " from " + source + ": "
                    + outcome(simulator.sip().invite(invite)));
        }
        if (answers.direction().inbound() && !numbers.isEmpty()) {
            SipResult r = simulator.sip().invite(SipInvite.inbound(INBOUND_CALLER, numbers.get(0)));
            out.println("  inbound INVITE " + INBOUND_CALLER + " -> " + numbers.get(0) + ": " + outcome(r));
        }
    }

    private static String outcome(SipResult r) {
        return r.status() + " " + r.reason() + (r.isSuccess() ? "" : " (" + r.explanation() + ")");
    }
}
