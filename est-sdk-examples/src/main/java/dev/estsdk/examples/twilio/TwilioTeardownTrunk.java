package dev.estsdk.examples.twilio;

import dev.estsdk.api.exception.NotFoundException;
import dev.estsdk.twilio.TwilioApi;
import dev.estsdk.twilio.model.OriginationUrl;
import dev.estsdk.twilio.model.Trunk;
import dev.estsdk.twilio.model.TrunkCredentialList;
import dev.estsdk.twilio.model.TrunkIpAccessControlList;
import dev.estsdk.twilio.model.TrunkPhoneNumber;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Removes a trunk in reverse order of provisioning: its phone numbers (they stay on the account),
 * its IP-ACL and credential-list associations, its origination URLs, the trunk, then the
 * account-level lists it used that no other trunk uses. What hangs on the trunk is read from
 * Twilio; running it again on the same trunk does nothing.
 *
 * <p>Run: {@code java dev.estsdk.examples.twilio.TwilioTeardownTrunk <TK…>}; without a SID it first
 * provisions {@link TwilioOutboundTrunkWithAcl}'s trunk to remove.
 */
public final class TwilioTeardownTrunk {

    private TwilioTeardownTrunk() {
    }

    /**
     * Runs the example and exits with its exit code.
     *
     * @param args optionally, the SID of the trunk to remove
     */
    public static void main(String[] args) {
        System.exit(TwilioExampleRunner.run(withArgs(args)));
    }

    /**
     * Returns the example for these arguments.
     *
     * @param args optionally, the SID of the trunk to remove
     * @return the example for these arguments
     */
    public static TwilioExample withArgs(String... args) {
        return args.length > 0 ? trunk(args[0]) : TwilioTeardownTrunk::provisionAndRemove;
    }

    /**
     * Returns the example, removing that trunk.
     *
     * @param trunkSid the trunk to remove
     * @return the example, removing that trunk
     */
    public static TwilioExample trunk(String trunkSid) {
        return (target, out) -> remove(target.api(), trunkSid, out);
    }

    /**
     * Provisions {@link TwilioOutboundTrunkWithAcl}'s trunk, then removes it.
     *
     * @param target where to run
     * @param out where to print the steps
     */
    public static void provisionAndRemove(TwilioTarget target, PrintStream out) {
        Trunk trunk = TwilioOutboundTrunkWithAcl.provision(target, out);
        remove(target.api(), trunk.sid(), out);
    }

    private static void remove(TwilioApi twilio, String trunkSid, PrintStream out) {
        try {
            twilio.trunks().get(trunkSid);
        } catch (NotFoundException e) {
            out.println("Nothing to remove: trunk " + trunkSid + " is already gone");
            return;
        }
        int steps = 0;
        for (TrunkPhoneNumber number : list(twilio.trunkPhoneNumbers().list(trunkSid))) {
            twilio.trunkPhoneNumbers().remove(trunkSid, number.sid());
            out.println("Removed phone number " + number.phoneNumber() + " from the trunk (it stays on the account)");
            steps++;
        }
        List<String> acls = new ArrayList<>();
        for (TrunkIpAccessControlList acl : list(twilio.trunkIpAccessControlLists().list(trunkSid))) {
            twilio.trunkIpAccessControlLists().remove(trunkSid, acl.sid());
            acls.add(acl.sid());
            steps++;
        }
        List<String> credentialLists = new ArrayList<>();
        for (TrunkCredentialList list : list(twilio.trunkCredentialLists().list(trunkSid))) {
            twilio.trunkCredentialLists().remove(trunkSid, list.sid());
            credentialLists.add(list.sid());
            steps++;
        }
        for (OriginationUrl url : list(twilio.originationUrls().list(trunkSid))) {
            twilio.originationUrls().delete(trunkSid, url.sid());
            steps++;
        }
        twilio.trunks().delete(trunkSid);
        out.println("Deleted trunk " + trunkSid);
        steps++;

        Set<String> stillUsed = new HashSet<>();
        for (Trunk other : twilio.trunks().list()) {
            twilio.trunkIpAccessControlLists().list(other.sid()).forEach(a -> stillUsed.add(a.sid()));
            twilio.trunkCredentialLists().list(other.sid()).forEach(c -> stillUsed.add(c.sid()));
        }
        for (String acl : acls) {
            if (!stillUsed.contains(acl)) {
                twilio.ipAccessControlLists().delete(acl);
                out.println("Deleted IP access control list " + acl);
                steps++;
            }
        }
        for (String list : credentialLists) {
            if (!stillUsed.contains(list)) {
                twilio.credentialLists().delete(list);
                out.println("Deleted credential list " + list);
                steps++;
            }
        }
        out.println("Removed trunk " + trunkSid + " in " + steps + " steps");
    }

    private static <T> List<T> list(Iterable<T> items) {
        List<T> all = new ArrayList<>();
        items.forEach(all::add);
        return all;
    }
}
