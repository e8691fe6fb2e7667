package dev.estsdk.testkit.twilio.internal;

import dev.estsdk.testkit.internal.model.E164;
import dev.estsdk.testkit.internal.model.Ipv4;
import dev.estsdk.testkit.twilio.TwilioSipInvite;
import dev.estsdk.testkit.twilio.TwilioSipResult;
import dev.estsdk.testkit.twilio.internal.Records.AclRec;
import dev.estsdk.testkit.twilio.internal.Records.CredentialListRec;
import dev.estsdk.testkit.twilio.internal.Records.CredentialRec;
import dev.estsdk.testkit.twilio.internal.Records.IpRec;
import dev.estsdk.testkit.twilio.internal.Records.NumberRec;
import dev.estsdk.testkit.twilio.internal.Records.OriginationUrlRec;
import dev.estsdk.testkit.twilio.internal.Records.TrunkRec;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Twilio's SIP edge as its trunking guide describes it, answering from the current configuration
 * (Twilio documents no propagation delay).
 *
 * <p>Termination: the Request-URI host must be a trunk's domain (404); a secure trunk takes TLS
 * only (488); a trunk with neither an IP ACL nor a credential list takes nothing (403); with an
 * ACL the source IP must be in one of its entries (403); with a credential list the INVITE is
 * challenged (407) and the credentials must match (403); with both, both are enforced; the
 * dialled number must be E.164 (400).
 *
 * <p>Origination: the number must be the account's and on a trunk (404); enabled origination URLs
 * are tried lowest priority first, and among equal priorities the share follows the weights
 * (a smooth weighted round robin, so 60/20/20 gives exactly 6/2/2 of every 10 calls); a URL that
 * does not answer fails over to the next; when none takes the call the disaster-recovery URL does,
 * else 503.
 */
public final class TwilioSipEdge {

    private final TwilioState state;
    /** Smooth weighted round-robin state per trunk and priority: origination URL SID to current weight. */
    private final Map<String, Map<String, Integer>> rotation = new HashMap<>();

    /** @param state the account */
    public TwilioSipEdge(TwilioState state) {
        this.state = state;
    }

    /** Forgets the round-robin positions. */
    public synchronized void reset() {
        rotation.clear();
    }

    /**
     * @param invite the INVITE
     * @return the edge's answer
     */
    public TwilioSipResult invite(TwilioSipInvite invite) {
        return state.locked(() -> invite.direction() == TwilioSipInvite.Direction.TERMINATION
                ? termination(invite) : origination(invite));
    }

    private static TwilioSipResult answer(int status, String reason, String explanation, TrunkRec trunk) {
        return new TwilioSipResult(status, reason, explanation, trunk == null ? null : trunk.sid, null, null, List.of(),
                false, null);
    }

    private TwilioSipResult termination(TwilioSipInvite invite) {
        TrunkRec t = state.trunkByDomain(invite.domain());
        if (t == null) {
            return answer(404, "Not Found", invite.domain() + " is not the domain name of any trunk; send to your "
                    + "trunk's own {name}.pstn.twilio.com", null);
        }
        if (!E164.isValid(invite.to())) {
            return answer(400, "Bad Request", "the dialled number " + invite.to() + " is not E.164 with a leading +", t);
        }
        if (t.secure && !invite.transport().equals("tls")) {
            return answer(488, "Not Acceptable Here", "the trunk is secure: signalling must use TLS (and media SRTP), "
                    + "not " + invite.transport(), t);
        }
        if (t.ipAccessControlLists.isEmpty() && t.credentialLists.isEmpty()) {
            return answer(403, "Forbidden", "the trunk has no IP access control list and no credential list, so it "
                    + "takes no termination traffic", t);
        }
        if (!t.ipAccessControlLists.isEmpty() && !sourceAllowed(t, invite.sourceIp())) {
            return answer(403, "Forbidden", "source IP " + invite.sourceIp() + " is in none of the trunk's IP access "
                    + "control lists", t);
        }
        if (!t.credentialLists.isEmpty()) {
            if (invite.username() == null) {
                return answer(407, "Proxy Authentication Required", "the trunk has a credential list: answer the "
                        + "digest challenge", t);
            }
            if (!credentialsMatch(t, invite.username(), invite.password())) {
                return answer(403, "Forbidden", "username or password is not in the trunk's credential lists", t);
            }
        }
        return answer(200, "OK", "accepted on trunk " + t.sid, t);
    }

    private boolean sourceAllowed(TrunkRec t, String sourceIp) {
        long address = Ipv4.parse(sourceIp);
        if (address < 0) {
            return false;
        }
        for (String aclSid : t.ipAccessControlLists.keySet()) {
            AclRec acl = state.acls.get(aclSid);
            for (IpRec ip : acl.addresses.values()) {
                if (WireRules.inNetwork(address, Ipv4.parse(ip.ipAddress), ip.cidrPrefixLength)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean credentialsMatch(TrunkRec t, String username, String password) {
        if (password == null) {
            return false;
        }
        byte[] hash = state.hash(password);
        for (String listSid : t.credentialLists.keySet()) {
            CredentialListRec list = state.credentialLists.get(listSid);
            for (CredentialRec c : list.credentials.values()) {
                if (c.username.equals(username) && MessageDigest.isEqual(c.passwordHash, hash)) {
                    return true;
                }
            }
        }
        return false;
    }

    private TwilioSipResult origination(TwilioSipInvite invite) {
        NumberRec number = state.numbers.values().stream().filter(n -> n.phoneNumber.equals(invite.to())).findFirst()
                .orElse(null);
        if (number == null) {
            return answer(404, "Not Found", invite.to() + " is not a number of this account", null);
        }
        if (number.trunkSid == null) {
            return answer(404, "Not Found", invite.to() + " is not associated with any trunk", null);
        }
        TrunkRec t = state.trunks.get(number.trunkSid);
        String transportOverride = t.secure ? "tls" : null;
        List<OriginationUrlRec> order = attemptOrder(t);
        List<String> attempts = new ArrayList<>();
        for (OriginationUrlRec u : order) {
            attempts.add(u.sipUrl);
            if (!invite.unreachable().contains(u.sipUrl)) {
                String transport = transportOverride != null ? transportOverride : transportOf(u.sipUrl);
                return new TwilioSipResult(200, "OK", "delivered to origination URL " + u.sid + " (priority "
                        + u.priority + ", weight " + u.weight + ")", t.sid, u.sipUrl, transport, attempts, false, null);
            }
        }
        int code = order.isEmpty() ? 32010 : 32011;
        String why = order.isEmpty() ? "the trunk has no enabled origination URL" : "no origination URL answered";
        if (t.disasterRecoveryUrl != null) {
            return new TwilioSipResult(200, "OK", why + "; the disaster-recovery URL took the call", t.sid,
                    t.disasterRecoveryUrl, null, attempts, true, code);
        }
        return new TwilioSipResult(503, "Service Unavailable", why + " and the trunk has no disaster-recovery URL",
                t.sid, null, null, attempts, false, code);
    }

    /** Enabled URLs by ascending priority; within one priority the weighted pick first, then by weight. */
    private List<OriginationUrlRec> attemptOrder(TrunkRec t) {
        TreeMap<Integer, List<OriginationUrlRec>> byPriority = new TreeMap<>();
        for (OriginationUrlRec u : t.originationUrls.values()) {
            if (u.enabled) {
                byPriority.computeIfAbsent(u.priority, p -> new ArrayList<>()).add(u);
            }
        }
        List<OriginationUrlRec> order = new ArrayList<>();
        byPriority.forEach((priority, group) -> {
            OriginationUrlRec first = pick(t.sid + "/" + priority, group);
            order.add(first);
            group.stream().filter(u -> u != first)
                    .sorted(Comparator.comparingInt((OriginationUrlRec u) -> u.weight).reversed())
                    .forEach(order::add);
        });
        return order;
    }

    private synchronized OriginationUrlRec pick(String key, List<OriginationUrlRec> group) {
        Map<String, Integer> current = rotation.computeIfAbsent(key, k -> new HashMap<>());
        current.keySet().retainAll(group.stream().map(u -> u.sid).toList());
        int total = 0;
        OriginationUrlRec best = null;
        for (OriginationUrlRec u : group) {
            int w = current.merge(u.sid, u.weight, Integer::sum);
            total += u.weight;
            if (best == null || w > current.get(best.sid)) {
                best = u;
            }
        }
        current.merge(best.sid, -total, Integer::sum);
        return best;
    }

    private static String transportOf(String sipUrl) {
        String lower = sipUrl.toLowerCase(Locale.ROOT);
        int i = lower.indexOf(";transport=");
        if (i < 0) {
            return "udp";
        }
        String rest = lower.substring(i + ";transport=".length());
        int end = rest.length();
        for (char stop : new char[] {';', '?'}) {
            int j = rest.indexOf(stop);
            if (j >= 0) {
                end = Math.min(end, j);
            }
        }
        return rest.substring(0, end);
    }
}
