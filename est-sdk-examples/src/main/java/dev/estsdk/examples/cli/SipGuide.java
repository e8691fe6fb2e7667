package dev.estsdk.examples.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * Prints what to configure on the PBX after provisioning: the trunk's SIP domain, the SIP header
 * rules for outbound calls, where inbound calls go, and what to test once the changes have
 * propagated.
 */
final class SipGuide {

    /** A destination in the US, enabled by default, for the outbound test call. */
    static final String TEST_DESTINATION = "+12025550199";

    private SipGuide() {
    }

    static void print(PrintStream out, ProvisionAnswers answers, String trunkId, String domain, List<String> numbers,
            boolean propagated) {
        String caller = numbers.isEmpty() ? "+<your number>" : numbers.get(0);
        out.println();
        out.println("SIP domain: " + domain);
        out.println("  Send every INVITE and REGISTER to " + domain + ", never to the generic trunk.pstn.sinch.com"
                + " (SIP 404).");
        if (answers.direction().outbound()) {
            out.println();
            out.println("Outbound calls (PBX to phone network), SIP headers:");
            out.println("  Request-URI  sip:+<destination>@" + domain);
            out.println("  To           sip:+<destination>@" + domain);
            out.println("  From         sip:" + caller + "@" + domain
                    + "  (your trunk's domain; any other gets SIP 403)");
            out.println("  Numbers in E.164: + and country code, no spaces or dashes, e.g. " + TEST_DESTINATION + ".");
            if (answers.auth() == AuthMethod.ACL) {
                out.println("  Send from " + cidr(answers) + " (the linked access control list; other source IPs"
                        + " get SIP 403).");
            } else {
                out.println("  Answer Sinch's digest challenge as " + answers.sipUsername() + " (the linked credential"
                        + " list; a wrong password gets SIP 401/403).");
            }
            out.println("  At most 1 call per second per trunk (more gets SIP 603); only US and Canada are enabled"
                    + " until you enable other countries.");
        }
        if (answers.direction().inbound()) {
            out.println();
            out.println("Inbound calls (phone network to PBX):");
            String to = numbers.isEmpty() ? "numbers you assign to this trunk" : String.join(", ", numbers);
            if (answers.endpoint() == EndpointType.STATIC) {
                out.println("  Calls to " + to + " go to " + answers.endpointAddress() + ":" + answers.port() + " ("
                        + answers.transport() + ").");
            } else {
                out.println("  Calls to " + to + " go to where " + answers.sipUsername() + " registers: REGISTER to "
                        + domain + " as " + answers.sipUsername() + ".");
            }
        }
        out.println();
        out.println(propagated ? "What to test now (the changes have propagated):"
                : "What to test in 60 s (changes take about 60 s to reach Sinch's SIP edge; earlier tests fail):");
        int step = 1;
        if (answers.endpoint() == EndpointType.REGISTERED) {
            out.println("  " + step++ + ". Register: REGISTER as " + answers.sipUsername() + " at " + domain
                    + "; expect 200 OK (401: credential list not linked, or another password).");
        }
        if (answers.direction().outbound()) {
            String from = answers.auth() == AuthMethod.ACL ? "from " + cidr(answers) + ", " : "";
            out.println("  " + step++ + ". Outbound: " + from + "call sip:" + TEST_DESTINATION + "@" + domain
                    + "; expect it to ring.");
        }
        if (answers.direction().inbound()) {
            out.println("  " + step + ". Inbound: call " + (numbers.isEmpty() ? "a number assigned to the trunk"
                    : numbers.get(0)) + " from a phone; expect your PBX to ring.");
        }
        out.println("  If something fails: est diagnose " + trunkId);
    }

    private static String cidr(ProvisionAnswers answers) {
        return answers.aclRange().range() == 32 ? answers.aclRange().ipAddress()
                : answers.aclRange().ipAddress() + "/" + answers.aclRange().range();
    }
}
