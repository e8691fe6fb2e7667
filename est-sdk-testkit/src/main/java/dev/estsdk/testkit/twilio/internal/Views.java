package dev.estsdk.testkit.twilio.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.estsdk.testkit.internal.json.Json;
import dev.estsdk.testkit.twilio.internal.Records.AclRec;
import dev.estsdk.testkit.twilio.internal.Records.CredentialListRec;
import dev.estsdk.testkit.twilio.internal.Records.CredentialRec;
import dev.estsdk.testkit.twilio.internal.Records.IpRec;
import dev.estsdk.testkit.twilio.internal.Records.NumberRec;
import dev.estsdk.testkit.twilio.internal.Records.OriginationUrlRec;
import dev.estsdk.testkit.twilio.internal.Records.TrunkRec;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Renders the state as Twilio does: Trunking v1 with snake_case fields, ISO 8601 dates in whole
 * seconds and absolute URLs on the simulator's own base URL; the 2010 API with RFC 2822 dates and
 * URIs relative to the host, ending in {@code .json}. Passwords are never rendered.
 */
public final class Views {

    private static final DateTimeFormatter RFC_2822 =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final String base;
    private final String accountSid;

    /**
     * @param base the simulator's base URL, e.g. {@code http://127.0.0.1:8089}
     * @param accountSid the account
     */
    public Views(String base, String accountSid) {
        this.base = base;
        this.accountSid = accountSid;
    }

    /** @return the absolute base URL */
    public String base() {
        return base;
    }

    /** @return the account's 2010 path prefix, {@code /2010-04-01/Accounts/AC…} */
    public String accountPath() {
        return "/2010-04-01/Accounts/" + accountSid;
    }

    static String iso(Instant t) {
        return t == null ? null : t.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static String rfc2822(Instant t) {
        return t == null ? null : RFC_2822.format(t);
    }

    /**
     * @param t a trunk
     * @return the v1 trunk body
     */
    public ObjectNode trunk(TrunkRec t) {
        String url = base + "/v1/Trunks/" + t.sid;
        ObjectNode o = Json.object();
        o.put("sid", t.sid);
        o.put("account_sid", accountSid);
        o.put("domain_name", t.domainName);
        o.put("disaster_recovery_method", t.disasterRecoveryMethod);
        o.put("disaster_recovery_url", t.disasterRecoveryUrl);
        o.put("friendly_name", t.friendlyName);
        o.put("secure", t.secure);
        o.put("cnam_lookup_enabled", t.cnamLookupEnabled);
        o.put("symmetric_rtp_enabled", false);
        o.set("recording", recording(t));
        o.put("transfer_mode", t.transferMode);
        o.put("transfer_caller_id", t.transferCallerId);
        java.util.List<String> types = TwilioState.authTypes(t);
        o.put("auth_type", String.join(",", types));
        ArrayNode set = o.putArray("auth_type_set");
        types.forEach(set::add);
        o.put("date_created", iso(t.created));
        o.put("date_updated", iso(t.updated));
        o.put("url", url);
        ObjectNode links = o.putObject("links");
        links.put("origination_urls", url + "/OriginationUrls");
        links.put("credential_lists", url + "/CredentialLists");
        links.put("ip_access_control_lists", url + "/IpAccessControlLists");
        links.put("phone_numbers", url + "/PhoneNumbers");
        return o;
    }

    /**
     * @param t a trunk
     * @return its recording body
     */
    public ObjectNode recording(TrunkRec t) {
        ObjectNode o = Json.object();
        o.put("mode", t.recordingMode);
        o.put("trim", t.recordingTrim);
        return o;
    }

    /**
     * @param u an origination URL
     * @return the v1 body
     */
    public ObjectNode originationUrl(OriginationUrlRec u) {
        ObjectNode o = Json.object();
        o.put("account_sid", accountSid);
        o.put("sid", u.sid);
        o.put("trunk_sid", u.trunkSid);
        o.put("weight", u.weight);
        o.put("enabled", u.enabled);
        o.put("sip_url", u.sipUrl);
        o.put("friendly_name", u.friendlyName);
        o.put("priority", u.priority);
        o.put("date_created", iso(u.created));
        o.put("date_updated", iso(u.updated));
        o.put("url", base + "/v1/Trunks/" + u.trunkSid + "/OriginationUrls/" + u.sid);
        return o;
    }

    /**
     * @param trunkSid the trunk
     * @param kind {@code IpAccessControlLists} or {@code CredentialLists}
     * @param sid the list SID
     * @param friendlyName the list's name
     * @param created when the list was created
     * @param updated when the list last changed
     * @return the v1 association body
     */
    public ObjectNode association(String trunkSid, String kind, String sid, String friendlyName, Instant created,
            Instant updated) {
        ObjectNode o = Json.object();
        o.put("account_sid", accountSid);
        o.put("sid", sid);
        o.put("trunk_sid", trunkSid);
        o.put("friendly_name", friendlyName);
        o.put("date_created", iso(created));
        o.put("date_updated", iso(updated));
        o.put("url", base + "/v1/Trunks/" + trunkSid + "/" + kind + "/" + sid);
        return o;
    }

    /**
     * @param n a number on a trunk
     * @return the v1 TrunkPhoneNumber body
     */
    public ObjectNode trunkPhoneNumber(NumberRec n) {
        ObjectNode o = numberFields(n);
        o.put("date_created", iso(n.created));
        o.put("date_updated", iso(n.updated));
        o.put("url", base + "/v1/Trunks/" + n.trunkSid + "/PhoneNumbers/" + n.sid);
        o.putObject("links").put("phone_number", base + accountPath() + "/IncomingPhoneNumbers/" + n.sid + ".json");
        return o;
    }

    /**
     * @param n a number
     * @return the 2010 IncomingPhoneNumber body
     */
    public ObjectNode incomingPhoneNumber(NumberRec n) {
        ObjectNode o = numberFields(n);
        o.put("status", "in-use");
        o.put("origin", "twilio");
        o.put("type", "local");
        o.put("emergency_status", "Inactive");
        o.put("emergency_address_status", "unregistered");
        o.putNull("emergency_address_sid");
        o.putNull("address_sid");
        o.putNull("bundle_sid");
        o.putNull("identity_sid");
        o.put("voice_receive_mode", "voice");
        o.put("date_created", rfc2822(n.created));
        o.put("date_updated", rfc2822(n.updated));
        o.put("uri", accountPath() + "/IncomingPhoneNumbers/" + n.sid + ".json");
        return o;
    }

    private ObjectNode numberFields(NumberRec n) {
        ObjectNode o = Json.object();
        o.put("sid", n.sid);
        o.put("account_sid", accountSid);
        o.put("phone_number", n.phoneNumber);
        o.put("friendly_name", n.friendlyName);
        o.put("trunk_sid", n.trunkSid);
        o.put("voice_application_sid", n.voiceApplicationSid == null ? "" : n.voiceApplicationSid);
        o.put("voice_url", n.voiceUrl == null ? "" : n.voiceUrl);
        o.put("voice_method", "POST");
        o.putNull("voice_fallback_url");
        o.put("voice_fallback_method", "POST");
        o.put("voice_caller_id_lookup", false);
        o.put("sms_application_sid", "");
        o.put("sms_url", "");
        o.put("sms_method", "POST");
        o.put("sms_fallback_url", "");
        o.put("sms_fallback_method", "POST");
        o.putNull("status_callback");
        o.put("status_callback_method", "POST");
        o.put("api_version", "2010-04-01");
        o.put("beta", false);
        o.put("address_requirements", "none");
        ObjectNode caps = o.putObject("capabilities");
        caps.put("voice", true);
        caps.put("sms", true);
        caps.put("mms", true);
        caps.put("fax", false);
        return o;
    }

    /**
     * @param a an IP access control list
     * @return the 2010 body
     */
    public ObjectNode acl(AclRec a) {
        ObjectNode o = Json.object();
        String uri = accountPath() + "/SIP/IpAccessControlLists/" + a.sid;
        o.put("sid", a.sid);
        o.put("account_sid", accountSid);
        o.put("friendly_name", a.friendlyName);
        o.put("date_created", rfc2822(a.created));
        o.put("date_updated", rfc2822(a.updated));
        o.putObject("subresource_uris").put("ip_addresses", uri + "/IpAddresses.json");
        o.put("uri", uri + ".json");
        return o;
    }

    /**
     * @param ip an entry
     * @return the 2010 body
     */
    public ObjectNode ipAddress(IpRec ip) {
        ObjectNode o = Json.object();
        o.put("sid", ip.sid);
        o.put("account_sid", accountSid);
        o.put("ip_access_control_list_sid", ip.aclSid);
        o.put("friendly_name", ip.friendlyName);
        o.put("ip_address", ip.ipAddress);
        o.put("cidr_prefix_length", ip.cidrPrefixLength);
        o.put("date_created", rfc2822(ip.created));
        o.put("date_updated", rfc2822(ip.updated));
        o.put("uri", accountPath() + "/SIP/IpAccessControlLists/" + ip.aclSid + "/IpAddresses/" + ip.sid + ".json");
        return o;
    }

    /**
     * @param c a credential list
     * @return the 2010 body
     */
    public ObjectNode credentialList(CredentialListRec c) {
        ObjectNode o = Json.object();
        String uri = accountPath() + "/SIP/CredentialLists/" + c.sid;
        o.put("sid", c.sid);
        o.put("account_sid", accountSid);
        o.put("friendly_name", c.friendlyName);
        o.put("date_created", rfc2822(c.created));
        o.put("date_updated", rfc2822(c.updated));
        o.putObject("subresource_uris").put("credentials", uri + "/Credentials.json");
        o.put("uri", uri + ".json");
        return o;
    }

    /**
     * @param c a credential
     * @return the 2010 body, without any password
     */
    public ObjectNode credential(CredentialRec c) {
        ObjectNode o = Json.object();
        o.put("sid", c.sid);
        o.put("account_sid", accountSid);
        o.put("credential_list_sid", c.listSid);
        o.put("username", c.username);
        o.put("date_created", rfc2822(c.created));
        o.put("date_updated", rfc2822(c.updated));
        o.put("uri", accountPath() + "/SIP/CredentialLists/" + c.listSid + "/Credentials/" + c.sid + ".json");
        return o;
    }
}
