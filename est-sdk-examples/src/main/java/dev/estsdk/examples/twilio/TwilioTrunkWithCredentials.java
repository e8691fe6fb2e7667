package dev.estsdk.examples.twilio;

import dev.estsdk.api.model.Secret;
import dev.estsdk.twilio.TwilioApi;
import dev.estsdk.twilio.model.SipCredentialList;
import dev.estsdk.twilio.model.Trunk;
import java.io.PrintStream;

/**
 * An outbound trunk for a PBX that authenticates with SIP digest credentials instead of a fixed
 * IP: a credential list with one user, associated with the trunk for termination.
 *
 * <p>Run: {@code java dev.estsdk.examples.twilio.TwilioTrunkWithCredentials}; on a Twilio account
 * set {@code TWILIO_SIP_PASSWORD} first (the demo password is used only on the simulator).
 */
public final class TwilioTrunkWithCredentials {

    /** The SIP user name the PBX registers with. */
    public static final String USERNAME = "acme-pbx";

    private TwilioTrunkWithCredentials() {
    }

    /**
     * Runs the example and exits with its exit code.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        System.exit(TwilioExampleRunner.run(TwilioTrunkWithCredentials::run));
    }

    /**
     * Provisions the credential list and the trunk.
     *
     * @param target where to provision them
     * @param out where to print the steps (never the password)
     */
    public static void run(TwilioTarget target, PrintStream out) {
        TwilioApi twilio = target.api();
        Secret password = Secret.of(TwilioInputs.sipPassword(target));
        SipCredentialList users = twilio.credentialLists().create("Acme PBX users");
        twilio.credentialLists().createCredential(users.sid(), c -> c.username(USERNAME).password(password));
        out.println("Created credential list " + users.sid() + " with user " + USERNAME);

        Trunk trunk = twilio.trunks().create(t -> t.friendlyName("Acme credentials")
                .domainName(TwilioInputs.domain(target, "acme-credentials")));
        twilio.trunkCredentialLists().add(trunk.sid(), users.sid());
        out.println("Created trunk " + trunk.sid() + " and associated the list for termination");
        out.println("Termination SIP URI: sip:" + trunk.domainName() + " (digest user " + USERNAME + ")");
    }
}
