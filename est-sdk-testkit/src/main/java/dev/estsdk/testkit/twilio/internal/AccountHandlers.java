package dev.estsdk.testkit.twilio.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.estsdk.testkit.internal.http.ApiResponse;
import dev.estsdk.testkit.internal.model.Ipv4;
import dev.estsdk.testkit.twilio.internal.Records.AclRec;
import dev.estsdk.testkit.twilio.internal.Records.CredentialListRec;
import dev.estsdk.testkit.twilio.internal.Records.CredentialRec;
import dev.estsdk.testkit.twilio.internal.Records.IpRec;
import dev.estsdk.testkit.twilio.internal.Records.NumberRec;
import dev.estsdk.testkit.twilio.internal.Records.TrunkRec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The account-level resources of the 2010 API: SIP IP access control lists with their entries,
 * credential lists with their credentials, and incoming phone numbers.
 */
public final class AccountHandlers {

    private static final int LONG_NAME = 255;
    private static final int SHORT_NAME = 64;
    private static final int USERNAME = 32;

    private AccountHandlers() {
    }

    // ---- IP access control lists (#25-#29)

    static ApiResponse createAcl(Call c) {
        TwilioState s = c.state();
        String name = Form.text("FriendlyName", c.form().required("FriendlyName"), LONG_NAME);
        int limit = s.settings().limits().ipAccessControlLists();
        if (s.acls.size() >= limit) {
            throw TwilioError.invalid("The account already has " + limit + " IP access control lists, the limit");
        }
        AclRec a = new AclRec(s.newSid("AL"), s.clock().stamp());
        a.friendlyName = name;
        s.acls.put(a.sid, a);
        return ApiResponse.json(201, c.views().acl(a));
    }

    static ApiResponse listAcls(Call c) {
        return list(c, c.state().acls.values().stream().<JsonNode>map(c.views()::acl).toList(), "ip_access_control_lists");
    }

    static ApiResponse fetchAcl(Call c) {
        return ApiResponse.json(200, c.views().acl(acl(c)));
    }

    static ApiResponse updateAcl(Call c) {
        AclRec a = acl(c);
        a.friendlyName = Form.text("FriendlyName", c.form().required("FriendlyName"), LONG_NAME);
        a.updated = c.state().clock().stamp();
        return ApiResponse.json(200, c.views().acl(a));
    }

    static ApiResponse deleteAcl(Call c) {
        AclRec a = acl(c);
        detachOrRefuse(c.state(), a.sid, "IP access control list", true);
        c.state().acls.remove(a.sid);
        return ApiResponse.noContent();
    }

    /** Twilio documents neither refusing nor cascading; the simulator's switch picks, cascading by default. */
    private static void detachOrRefuse(TwilioState s, String sid, String what, boolean acl) {
        List<TrunkRec> using = s.trunks.values().stream()
                .filter(t -> (acl ? t.ipAccessControlLists : t.credentialLists).containsKey(sid)).toList();
        if (using.isEmpty()) {
            return;
        }
        if (s.settings().refuseDeletingAssociatedLists()) {
            throw TwilioError.invalid("The " + what + " " + sid + " is associated with trunk " + using.get(0).sid
                    + "; remove the association first");
        }
        using.forEach(t -> (acl ? t.ipAccessControlLists : t.credentialLists).remove(sid));
    }

    // ---- IP addresses (#30-#34)

    static ApiResponse createIpAddress(Call c) {
        TwilioState s = c.state();
        AclRec a = acl(c);
        Form f = c.form();
        String name = Form.text("FriendlyName", f.required("FriendlyName"), LONG_NAME);
        String ip = ipv4(f.required("IpAddress"));
        Integer prefix = f.integer("CidrPrefixLength", 1, 32);
        int limit = s.settings().limits().ipAddressesPerList();
        if (a.addresses.size() >= limit) {
            throw TwilioError.invalid("The IP access control list already has " + limit + " entries, the limit");
        }
        IpRec r = new IpRec(s.newSid("IP"), a.sid, s.clock().stamp());
        r.friendlyName = name;
        r.ipAddress = ip;
        r.cidrPrefixLength = prefix == null ? 32 : prefix;
        a.addresses.put(r.sid, r);
        return ApiResponse.json(201, c.views().ipAddress(r));
    }

    static ApiResponse listIpAddresses(Call c) {
        return list(c, acl(c).addresses.values().stream().<JsonNode>map(c.views()::ipAddress).toList(), "ip_addresses");
    }

    static ApiResponse fetchIpAddress(Call c) {
        return ApiResponse.json(200, c.views().ipAddress(ipAddress(c)));
    }

    static ApiResponse updateIpAddress(Call c) {
        IpRec r = ipAddress(c);
        Form f = c.form();
        String name = f.get("FriendlyName");
        String ip = f.get("IpAddress");
        Integer prefix = f.integer("CidrPrefixLength", 1, 32);
        if (name != null) {
            r.friendlyName = Form.text("FriendlyName", name.isEmpty() ? f.required("FriendlyName") : name, LONG_NAME);
        }
        if (ip != null) {
            r.ipAddress = ipv4(ip);
        }
        if (prefix != null) {
            r.cidrPrefixLength = prefix;
        }
        r.updated = c.state().clock().stamp();
        return ApiResponse.json(200, c.views().ipAddress(r));
    }

    static ApiResponse deleteIpAddress(Call c) {
        IpRec r = ipAddress(c);
        acl(c).addresses.remove(r.sid);
        return ApiResponse.noContent();
    }

    private static String ipv4(String value) {
        if (!Ipv4.isValid(value)) {
            throw TwilioError.invalid("IpAddress must be a dotted-quad IPv4 address; IPv4 only supported today (was "
                    + Form.shown(value) + ")");
        }
        return value;
    }

    // ---- credential lists (#35-#39)

    static ApiResponse createCredentialList(Call c) {
        TwilioState s = c.state();
        String name = Form.text("FriendlyName", c.form().required("FriendlyName"), SHORT_NAME);
        int limit = s.settings().limits().credentialLists();
        if (s.credentialLists.size() >= limit) {
            throw TwilioError.invalid("The account already has " + limit + " credential lists, the limit");
        }
        CredentialListRec l = new CredentialListRec(s.newSid("CL"), s.clock().stamp());
        l.friendlyName = name;
        s.credentialLists.put(l.sid, l);
        return ApiResponse.json(201, c.views().credentialList(l));
    }

    static ApiResponse listCredentialLists(Call c) {
        return list(c, c.state().credentialLists.values().stream().<JsonNode>map(c.views()::credentialList).toList(),
                "credential_lists");
    }

    static ApiResponse fetchCredentialList(Call c) {
        return ApiResponse.json(200, c.views().credentialList(credentialList(c)));
    }

    static ApiResponse updateCredentialList(Call c) {
        CredentialListRec l = credentialList(c);
        l.friendlyName = Form.text("FriendlyName", c.form().required("FriendlyName"), SHORT_NAME);
        l.updated = c.state().clock().stamp();
        return ApiResponse.json(200, c.views().credentialList(l));
    }

    static ApiResponse deleteCredentialList(Call c) {
        CredentialListRec l = credentialList(c);
        detachOrRefuse(c.state(), l.sid, "credential list", false);
        c.state().credentialLists.remove(l.sid);
        return ApiResponse.noContent();
    }

    // ---- credentials (#40-#44)

    static ApiResponse createCredential(Call c) {
        TwilioState s = c.state();
        CredentialListRec l = credentialList(c);
        Form f = c.form();
        String username = Form.text("Username", f.required("Username"), USERNAME);
        String password = f.required("Password");
        WireRules.password(password);
        if (l.credentials.values().stream().anyMatch(x -> x.username.equals(username))) {
            throw TwilioError.invalid("Username " + username + " already exists in credential list " + l.sid);
        }
        int limit = s.settings().limits().credentialsPerList();
        if (l.credentials.size() >= limit) {
            throw TwilioError.invalid("The credential list already has " + limit + " credentials, the limit");
        }
        CredentialRec r = new CredentialRec(s.newSid("CR"), l.sid, username, s.clock().stamp());
        r.passwordHash = s.hash(password);
        l.credentials.put(r.sid, r);
        return ApiResponse.json(201, c.views().credential(r));
    }

    static ApiResponse listCredentials(Call c) {
        return list(c, credentialList(c).credentials.values().stream().<JsonNode>map(c.views()::credential).toList(),
                "credentials");
    }

    static ApiResponse fetchCredential(Call c) {
        return ApiResponse.json(200, c.views().credential(credential(c)));
    }

    static ApiResponse updateCredential(Call c) {
        CredentialRec r = credential(c);
        String password = c.form().get("Password");
        if (password != null) {
            WireRules.password(password);
            r.passwordHash = c.state().hash(password);
        }
        r.updated = c.state().clock().stamp();
        return ApiResponse.json(200, c.views().credential(r));
    }

    static ApiResponse deleteCredential(Call c) {
        CredentialRec r = credential(c);
        credentialList(c).credentials.remove(r.sid);
        return ApiResponse.noContent();
    }

    // ---- incoming phone numbers (#45-#47, #49)

    static ApiResponse listNumbers(Call c) {
        String phone = c.request().query().first("PhoneNumber");
        String name = c.request().query().first("FriendlyName");
        String origin = c.request().query().first("Origin");
        if (origin != null && !origin.equals("twilio") && !origin.equals("hosted")) {
            throw TwilioError.invalid("Origin must be twilio or hosted (was " + Form.shown(origin) + ")");
        }
        Pattern match = phone == null ? null : numberPattern(phone);
        List<JsonNode> items = c.state().numbers.values().stream()
                .filter(n -> match == null || match.matcher(n.phoneNumber).find())
                .filter(n -> name == null || (n.friendlyName != null && n.friendlyName.contains(name)))
                .filter(n -> origin == null || origin.equals("twilio"))
                .<JsonNode>map(c.views()::incomingPhoneNumber).toList();
        Map<String, String> filters = new LinkedHashMap<>();
        if (phone != null) {
            filters.put("PhoneNumber", phone);
        }
        if (name != null) {
            filters.put("FriendlyName", name);
        }
        if (origin != null) {
            filters.put("Origin", origin);
        }
        return ApiResponse.json(200, c.paging().page(c.path(), c.request().query(), items, "incoming_phone_numbers",
                filters, c.views()));
    }

    /** Twilio's number filter: a partial match in which {@code *} stands for any one digit. */
    private static Pattern numberPattern(String filter) {
        StringBuilder regex = new StringBuilder();
        for (char ch : filter.toCharArray()) {
            regex.append(ch == '*' ? "[0-9]" : Pattern.quote(String.valueOf(ch)));
        }
        return Pattern.compile(regex.toString());
    }

    static ApiResponse fetchNumber(Call c) {
        return ApiResponse.json(200, c.views().incomingPhoneNumber(number(c)));
    }

    static ApiResponse updateNumber(Call c) {
        NumberRec n = number(c);
        Form f = c.form();
        String trunkSid = f.get("TrunkSid");
        String appSid = f.get("VoiceApplicationSid");
        String name = Form.text("FriendlyName", f.get("FriendlyName"), SHORT_NAME);
        String voiceUrl = f.get("VoiceUrl");
        if (trunkSid != null && !trunkSid.isEmpty() && (!Sids.is("TK", trunkSid) || !c.state().trunks.containsKey(trunkSid))) {
            throw TwilioError.notFound("/v1/Trunks/" + Form.shown(trunkSid));
        }
        if (appSid != null && !appSid.isEmpty() && !Sids.is("AP", appSid)) {
            throw TwilioError.invalid("VoiceApplicationSid must be an AP SID (was " + Form.shown(appSid) + ")");
        }
        if (voiceUrl != null && !voiceUrl.isEmpty()) {
            WireRules.httpUrl("VoiceUrl", voiceUrl);
        }
        if (trunkSid != null) {
            n.trunkSid = trunkSid.isEmpty() ? null : trunkSid;
            if (n.trunkSid != null) {
                n.voiceApplicationSid = null;
            }
        }
        if (appSid != null) {
            n.voiceApplicationSid = appSid.isEmpty() ? null : appSid;
            if (n.voiceApplicationSid != null) {
                n.trunkSid = null;
            }
        }
        if (name != null) {
            n.friendlyName = name;
        }
        if (voiceUrl != null) {
            n.voiceUrl = voiceUrl.isEmpty() ? null : voiceUrl;
        }
        n.updated = c.state().clock().stamp();
        return ApiResponse.json(200, c.views().incomingPhoneNumber(n));
    }

    static ApiResponse deleteNumber(Call c) {
        NumberRec n = number(c);
        c.state().numbers.remove(n.sid);
        return ApiResponse.noContent();
    }

    // ---- helpers

    private static AclRec acl(Call c) {
        AclRec a = c.state().acls.get(c.sid("AL"));
        if (a == null) {
            throw TwilioError.notFound(c.path());
        }
        return a;
    }

    private static IpRec ipAddress(Call c) {
        IpRec r = acl(c).addresses.get(c.sid("IP"));
        if (r == null) {
            throw TwilioError.notFound(c.path());
        }
        return r;
    }

    private static CredentialListRec credentialList(Call c) {
        CredentialListRec l = c.state().credentialLists.get(c.sid("CL"));
        if (l == null) {
            throw TwilioError.notFound(c.path());
        }
        return l;
    }

    private static CredentialRec credential(Call c) {
        CredentialRec r = credentialList(c).credentials.get(c.sid("CR"));
        if (r == null) {
            throw TwilioError.notFound(c.path());
        }
        return r;
    }

    private static NumberRec number(Call c) {
        NumberRec n = c.state().numbers.get(c.sid("PN"));
        if (n == null) {
            throw TwilioError.notFound(c.path());
        }
        return n;
    }

    private static ApiResponse list(Call c, List<JsonNode> items, String key) {
        return TrunkingHandlers.list(c, items, key);
    }
}
