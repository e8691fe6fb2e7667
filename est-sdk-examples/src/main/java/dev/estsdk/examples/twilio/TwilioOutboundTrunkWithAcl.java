package dev.estsdk.examples.twilio;

import dev.estsdk.twilio.TwilioApi;
import dev.estsdk.twilio.model.SipIpAccessControlList;
import dev.estsdk.twilio.model.Trunk;
import java.io.PrintStream;

/**
 * An outbound (termination) trunk for a PBX that Twilio recognises by its public IP: an IP access
 * control list with the PBX's address, a trunk, and the list associated with the trunk (without
 * it Twilio refuses every INVITE from the PBX).
 *
 * <p>Run: {@code java dev.estsdk.examples.twilio.TwilioOutboundTrunkWithAcl}.
 */
public final class TwilioOutboundTrunkWithAcl {

    /** The PBX's public address, the one entry of the list. */
    public static final String PBX_IP = "203.0.113.10";

    private TwilioOutboundTrunkWithAcl() {
    }

    /**
     * Runs the example and exits with its exit code.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        System.exit(TwilioExampleRunner.run(TwilioOutboundTrunkWithAcl::run));
    }

    /**
     * Provisions the trunk.
     *
     * @param target where to provision it
     * @param out where to print the steps and the termination URI
     */
    public static void run(TwilioTarget target, PrintStream out) {
        provision(target, out);
    }

    /**
     * Provisions the trunk and returns it.
     *
     * @param target where to provision it
     * @param out where to print the steps
     * @return the trunk
     */
    public static Trunk provision(TwilioTarget target, PrintStream out) {
        TwilioApi twilio = target.api();
        SipIpAccessControlList acl = twilio.ipAccessControlLists().create("Acme SBC");
        twilio.ipAccessControlLists().createIpAddress(acl.sid(), ip -> ip.friendlyName("sbc").ipAddress(PBX_IP));
        out.println("Created IP access control list " + acl.sid() + " with " + PBX_IP + "/32");

        Trunk trunk = twilio.trunks().create(t -> t.friendlyName("Acme outbound")
                .domainName(TwilioInputs.domain(target, "acme-outbound")));
        twilio.trunkIpAccessControlLists().add(trunk.sid(), acl.sid());
        out.println("Created trunk " + trunk.sid() + " and associated the list");
        out.println("Termination SIP URI: sip:" + trunk.domainName());
        return trunk;
    }
}
