package dev.estsdk.testkit.twilio.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.estsdk.testkit.internal.http.ApiResponse;
import dev.estsdk.testkit.twilio.internal.Records.AclRec;
import dev.estsdk.testkit.twilio.internal.Records.CredentialListRec;
import dev.estsdk.testkit.twilio.internal.Records.NumberRec;
import dev.estsdk.testkit.twilio.internal.Records.OriginationUrlRec;
import dev.estsdk.testkit.twilio.internal.Records.TrunkRec;
import java.util.List;
import java.util.Map;

/**
 * Trunking v1: trunks, their recording, origination URLs and the associations with IP access
 * control lists, credential lists and phone numbers, with the rules of Twilio's reference.
 */
public final class TrunkingHandlers {

    private static final List<String> METHODS = List.of("GET", "POST");
    private static final List<String> TRANSFER_MODES = List.of("disable-all", "enable-all", "sip-only");
    private static final List<String> TRANSFER_CALLER_IDS = List.of("from-transferee", "from-transferor");
    private static final List<String> RECORDING_MODES = List.of("do-not-record", "record-from-ringing",
            "record-from-answer", "record-from-ringing-dual", "record-from-answer-dual");
    private static final List<String> RECORDING_TRIMS = List.of("do-not-trim", "trim-silence");
    private static final int SHORT_NAME = 64;

    private TrunkingHandlers() {
    }

    // ---- trunks (#1-#5)

    static ApiResponse createTrunk(Call c) {
        TwilioState s = c.state();
        Form f = c.form();
        if (s.trunks.size() >= s.settings().limits().trunks()) {
            throw TwilioError.invalid("The account already has " + s.trunks.size() + " trunks, the limit");
        }
        TrunkRec t = new TrunkRec(s.newSid("TK"), s.clock().stamp());
        applyTrunkFields(s, t, f);
        s.trunks.put(t.sid, t);
        return ApiResponse.json(201, c.views().trunk(t));
    }

    static ApiResponse listTrunks(Call c) {
        List<JsonNode> items = c.state().trunks.values().stream().<JsonNode>map(c.views()::trunk).toList();
        return list(c, items, "trunks");
    }

    static ApiResponse fetchTrunk(Call c) {
        return ApiResponse.json(200, c.views().trunk(trunk(c)));
    }

    static ApiResponse updateTrunk(Call c) {
        TrunkRec t = trunk(c);
        applyTrunkFields(c.state(), t, c.form());
        t.updated = c.state().clock().stamp();
        return ApiResponse.json(200, c.views().trunk(t));
    }

    static ApiResponse deleteTrunk(Call c) {
        TwilioState s = c.state();
        TrunkRec t = trunk(c);
        if (t.domainName != null && s.hasSubDomains(t.domainName)) {
            throw new TwilioError(400, TwilioError.TRUNK_DEPENDENCIES, "Trunk Dependencies: the domain "
                    + t.domainName + " has sub-domains; delete those trunks first");
        }
        for (NumberRec n : s.numbersOf(t.sid)) {
            n.trunkSid = null;
            n.updated = s.clock().stamp();
        }
        s.trunks.remove(t.sid);
        s.reserve(t.domainName);
        return ApiResponse.noContent();
    }

    /** Applies the trunk form fields sent (create and partial update); an empty value clears a text field. */
    private static void applyTrunkFields(TwilioState s, TrunkRec t, Form f) {
        String name = Form.text("FriendlyName", f.get("FriendlyName"), SHORT_NAME);
        String domain = f.get("DomainName");
        String drUrl = f.get("DisasterRecoveryUrl");
        String drMethod = emptyToNull(f.get("DisasterRecoveryMethod"));
        if (drMethod != null && !METHODS.contains(drMethod.toUpperCase(java.util.Locale.ROOT))) {
            throw TwilioError.invalid("DisasterRecoveryMethod must be GET or POST (was " + Form.shown(drMethod) + ")");
        }
        if (drUrl != null && !drUrl.isEmpty()) {
            WireRules.httpUrl("DisasterRecoveryUrl", drUrl);
        }
        String transferMode = f.oneOf("TransferMode", TRANSFER_MODES);
        String transferCallerId = f.oneOf("TransferCallerId", TRANSFER_CALLER_IDS);
        Boolean secure = f.bool("Secure");
        Boolean cnam = f.bool("CnamLookupEnabled");
        if (domain != null) {
            changeDomain(s, t, emptyToNull(domain));
        }
        if (name != null) {
            t.friendlyName = name;
        }
        if (drUrl != null) {
            t.disasterRecoveryUrl = emptyToNull(drUrl);
        }
        if (f.has("DisasterRecoveryMethod")) {
            t.disasterRecoveryMethod = drMethod == null ? null : drMethod.toUpperCase(java.util.Locale.ROOT);
        }
        if (transferMode != null) {
            t.transferMode = transferMode;
        }
        if (transferCallerId != null) {
            t.transferCallerId = transferCallerId;
        }
        if (secure != null) {
            t.secure = secure;
        }
        if (cnam != null) {
            t.cnamLookupEnabled = cnam;
        }
    }

    private static void changeDomain(TwilioState s, TrunkRec t, String domain) {
        if (t.domainName != null && !t.domainName.equalsIgnoreCase(String.valueOf(domain))
                && s.hasSubDomains(t.domainName)) {
            throw new TwilioError(400, TwilioError.TRUNK_DEPENDENCIES, "Trunk Dependencies: the domain "
                    + t.domainName + " has sub-domains and cannot be renamed");
        }
        if (domain == null) {
            t.domainName = null;
            return;
        }
        WireRules.domainName(domain);
        if (!s.domainFree(domain, t.sid)) {
            throw new TwilioError(400, TwilioError.DOMAIN_TAKEN, "Trunk Domain " + domain + " is already taken");
        }
        String parent = WireRules.parentDomain(domain);
        if (parent != null && s.trunkByDomain(parent) == null) {
            throw new TwilioError(400, TwilioError.TRUNK_DEPENDENCIES, "Trunk Dependencies: create the trunk for the"
                    + " parent domain " + parent + " in this account first");
        }
        t.domainName = domain;
    }

    // ---- recording (#6, #7)

    static ApiResponse fetchRecording(Call c) {
        return ApiResponse.json(200, c.views().recording(trunk(c)));
    }

    static ApiResponse updateRecording(Call c) {
        TrunkRec t = trunk(c);
        Form f = c.form();
        String mode = f.oneOf("Mode", RECORDING_MODES);
        String trim = f.oneOf("Trim", RECORDING_TRIMS);
        if (mode != null) {
            t.recordingMode = mode;
        }
        if (trim != null) {
            t.recordingTrim = trim;
        }
        t.updated = c.state().clock().stamp();
        return ApiResponse.json(200, c.views().recording(t));
    }

    // ---- origination URLs (#8-#12)

    static ApiResponse createOriginationUrl(Call c) {
        TwilioState s = c.state();
        TrunkRec t = trunk(c);
        Form f = c.form();
        int limit = s.settings().limits().originationUrlsPerTrunk();
        for (String p : List.of("Weight", "Priority", "Enabled", "FriendlyName", "SipUrl")) {
            f.required(p);
        }
        OriginationUrlRec u = new OriginationUrlRec(s.newSid("OU"), t.sid, null);
        applyOriginationFields(u, f);
        if (t.originationUrls.size() >= limit) {
            throw TwilioError.invalid("The trunk already has " + limit + " origination URLs, the limit");
        }
        OriginationUrlRec stored = new OriginationUrlRec(u.sid, t.sid, s.clock().stamp());
        copy(u, stored);
        t.originationUrls.put(stored.sid, stored);
        return ApiResponse.json(201, c.views().originationUrl(stored));
    }

    static ApiResponse listOriginationUrls(Call c) {
        List<JsonNode> items = trunk(c).originationUrls.values().stream().<JsonNode>map(c.views()::originationUrl).toList();
        return list(c, items, "origination_urls");
    }

    static ApiResponse fetchOriginationUrl(Call c) {
        return ApiResponse.json(200, c.views().originationUrl(originationUrl(c)));
    }

    static ApiResponse updateOriginationUrl(Call c) {
        OriginationUrlRec u = originationUrl(c);
        OriginationUrlRec draft = new OriginationUrlRec(u.sid, u.trunkSid, u.created);
        copy(u, draft);
        applyOriginationFields(draft, c.form());
        copy(draft, u);
        u.updated = c.state().clock().stamp();
        return ApiResponse.json(200, c.views().originationUrl(u));
    }

    static ApiResponse deleteOriginationUrl(Call c) {
        OriginationUrlRec u = originationUrl(c);
        trunk(c).originationUrls.remove(u.sid);
        return ApiResponse.noContent();
    }

    private static void applyOriginationFields(OriginationUrlRec u, Form f) {
        Integer weight = f.integer("Weight", 1, 65535);
        Integer priority = f.integer("Priority", 0, 65535);
        Boolean enabled = f.bool("Enabled");
        String name = f.get("FriendlyName");
        String sipUrl = f.get("SipUrl");
        if (name != null) {
            if (name.isEmpty()) {
                throw TwilioError.missing("FriendlyName");
            }
            u.friendlyName = Form.text("FriendlyName", name, SHORT_NAME);
        }
        if (sipUrl != null) {
            WireRules.sipUrl(sipUrl);
            u.sipUrl = sipUrl;
        }
        if (weight != null) {
            u.weight = weight;
        }
        if (priority != null) {
            u.priority = priority;
        }
        if (enabled != null) {
            u.enabled = enabled;
        }
    }

    private static void copy(OriginationUrlRec from, OriginationUrlRec to) {
        to.friendlyName = from.friendlyName;
        to.sipUrl = from.sipUrl;
        to.priority = from.priority;
        to.weight = from.weight;
        to.enabled = from.enabled;
    }

    // ---- associations (#13-#24)

    static ApiResponse addIpAccessControlList(Call c) {
        TrunkRec t = trunk(c);
        String sid = c.form().required("IpAccessControlListSid");
        AclRec acl = Sids.is("AL", sid) ? c.state().acls.get(sid) : null;
        if (acl == null) {
            throw TwilioError.notFound(c.views().accountPath() + "/SIP/IpAccessControlLists/" + Form.shown(sid) + ".json");
        }
        if (t.ipAccessControlLists.containsKey(sid)) {
            throw TwilioError.invalid("IP access control list " + sid + " is already associated with trunk " + t.sid);
        }
        t.ipAccessControlLists.put(sid, c.state().clock().stamp());
        return ApiResponse.json(201, aclAssociation(c, t, acl));
    }

    static ApiResponse listIpAccessControlLists(Call c) {
        TrunkRec t = trunk(c);
        List<JsonNode> items = t.ipAccessControlLists.keySet().stream()
                .<JsonNode>map(sid -> aclAssociation(c, t, c.state().acls.get(sid))).toList();
        return list(c, items, "ip_access_control_lists");
    }

    static ApiResponse fetchIpAccessControlList(Call c) {
        TrunkRec t = trunk(c);
        if (!t.ipAccessControlLists.containsKey(c.sid("AL"))) {
            throw TwilioError.notFound(c.path());
        }
        return ApiResponse.json(200, aclAssociation(c, t, c.state().acls.get(c.sid("AL"))));
    }

    static ApiResponse removeIpAccessControlList(Call c) {
        if (trunk(c).ipAccessControlLists.remove(c.sid("AL")) == null) {
            throw TwilioError.notFound(c.path());
        }
        return ApiResponse.noContent();
    }

    private static JsonNode aclAssociation(Call c, TrunkRec t, AclRec a) {
        return c.views().association(t.sid, "IpAccessControlLists", a.sid, a.friendlyName, a.created, a.updated);
    }

    static ApiResponse addCredentialList(Call c) {
        TrunkRec t = trunk(c);
        String sid = c.form().required("CredentialListSid");
        CredentialListRec list = Sids.is("CL", sid) ? c.state().credentialLists.get(sid) : null;
        if (list == null) {
            throw TwilioError.notFound(c.views().accountPath() + "/SIP/CredentialLists/" + Form.shown(sid) + ".json");
        }
        if (t.credentialLists.containsKey(sid)) {
            throw TwilioError.invalid("Credential list " + sid + " is already associated with trunk " + t.sid);
        }
        t.credentialLists.put(sid, c.state().clock().stamp());
        return ApiResponse.json(201, credentialListAssociation(c, t, list));
    }

    static ApiResponse listCredentialLists(Call c) {
        TrunkRec t = trunk(c);
        List<JsonNode> items = t.credentialLists.keySet().stream()
                .<JsonNode>map(sid -> credentialListAssociation(c, t, c.state().credentialLists.get(sid))).toList();
        return list(c, items, "credential_lists");
    }

    static ApiResponse fetchCredentialList(Call c) {
        TrunkRec t = trunk(c);
        if (!t.credentialLists.containsKey(c.sid("CL"))) {
            throw TwilioError.notFound(c.path());
        }
        return ApiResponse.json(200, credentialListAssociation(c, t, c.state().credentialLists.get(c.sid("CL"))));
    }

    static ApiResponse removeCredentialList(Call c) {
        if (trunk(c).credentialLists.remove(c.sid("CL")) == null) {
            throw TwilioError.notFound(c.path());
        }
        return ApiResponse.noContent();
    }

    private static JsonNode credentialListAssociation(Call c, TrunkRec t, CredentialListRec l) {
        return c.views().association(t.sid, "CredentialLists", l.sid, l.friendlyName, l.created, l.updated);
    }

    static ApiResponse addPhoneNumber(Call c) {
        TrunkRec t = trunk(c);
        String sid = c.form().required("PhoneNumberSid");
        NumberRec n = Sids.is("PN", sid) ? c.state().numbers.get(sid) : null;
        if (n == null) {
            throw TwilioError.notFound(c.views().accountPath() + "/IncomingPhoneNumbers/" + Form.shown(sid) + ".json");
        }
        if (t.sid.equals(n.trunkSid)) {
            throw TwilioError.invalid("Phone number " + sid + " is already associated with trunk " + t.sid);
        }
        // One trunk per number: associating moves it, as setting TrunkSid on the number does.
        n.trunkSid = t.sid;
        n.voiceApplicationSid = null;
        n.updated = c.state().clock().stamp();
        return ApiResponse.json(201, c.views().trunkPhoneNumber(n));
    }

    static ApiResponse listPhoneNumbers(Call c) {
        TrunkRec t = trunk(c);
        List<JsonNode> items = c.state().numbersOf(t.sid).stream().<JsonNode>map(c.views()::trunkPhoneNumber).toList();
        return list(c, items, "phone_numbers");
    }

    static ApiResponse fetchPhoneNumber(Call c) {
        return ApiResponse.json(200, c.views().trunkPhoneNumber(associatedNumber(c)));
    }

    static ApiResponse removePhoneNumber(Call c) {
        NumberRec n = associatedNumber(c);
        n.trunkSid = null;
        n.updated = c.state().clock().stamp();
        return ApiResponse.noContent();
    }

    private static NumberRec associatedNumber(Call c) {
        TrunkRec t = trunk(c);
        NumberRec n = c.state().numbers.get(c.sid("PN"));
        if (n == null || !t.sid.equals(n.trunkSid)) {
            throw TwilioError.notFound(c.path());
        }
        return n;
    }

    // ---- helpers

    private static TrunkRec trunk(Call c) {
        return c.state().trunk(c.sid("TK"), c.path());
    }

    private static OriginationUrlRec originationUrl(Call c) {
        OriginationUrlRec u = trunk(c).originationUrls.get(c.sid("OU"));
        if (u == null) {
            throw TwilioError.notFound(c.path());
        }
        return u;
    }

    static ApiResponse list(Call c, List<JsonNode> items, String key) {
        return ApiResponse.json(200, c.paging().page(c.path(), c.request().query(), items, key, Map.of(), c.views()));
    }

    private static String emptyToNull(String v) {
        return v == null || v.isEmpty() ? null : v;
    }
}
