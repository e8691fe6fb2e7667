package dev.estsdk.testkit.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every body the simulator renders has exactly the properties of the matching schema in Twilio's
 * OpenAPI documents ({@code twilio_trunking_v1.yaml}, {@code twilio_api_v2010.json}), so a client
 * decoding the simulator decodes Twilio.
 */
class TwilioResponseShapeTest {

    @RegisterExtension
    static TwilioSimulatorExtension twilio = TwilioSimulatorExtension.create();

    private static final Set<String> TRUNK = Set.of("account_sid", "auth_type", "auth_type_set", "cnam_lookup_enabled",
            "date_created", "date_updated", "disaster_recovery_method", "disaster_recovery_url", "domain_name",
            "friendly_name", "links", "recording", "secure", "sid", "symmetric_rtp_enabled", "transfer_caller_id",
            "transfer_mode", "url");
    private static final Set<String> ORIGINATION_URL = Set.of("account_sid", "date_created", "date_updated", "enabled",
            "friendly_name", "priority", "sid", "sip_url", "trunk_sid", "url", "weight");
    private static final Set<String> TRUNK_LIST_ASSOCIATION = Set.of("account_sid", "date_created", "date_updated",
            "friendly_name", "sid", "trunk_sid", "url");
    private static final Set<String> TRUNK_PHONE_NUMBER = Set.of("account_sid", "address_requirements", "api_version",
            "beta", "capabilities", "date_created", "date_updated", "friendly_name", "links", "phone_number", "sid",
            "sms_application_sid", "sms_fallback_method", "sms_fallback_url", "sms_method", "sms_url", "status_callback",
            "status_callback_method", "trunk_sid", "url", "voice_application_sid", "voice_caller_id_lookup",
            "voice_fallback_method", "voice_fallback_url", "voice_method", "voice_url");
    private static final Set<String> RECORDING = Set.of("mode", "trim");
    private static final Set<String> INCOMING_PHONE_NUMBER = Set.of("account_sid", "address_requirements", "address_sid",
            "api_version", "beta", "bundle_sid", "capabilities", "date_created", "date_updated", "emergency_address_sid",
            "emergency_address_status", "emergency_status", "friendly_name", "identity_sid", "origin", "phone_number",
            "sid", "sms_application_sid", "sms_fallback_method", "sms_fallback_url", "sms_method", "sms_url", "status",
            "status_callback", "status_callback_method", "trunk_sid", "type", "uri", "voice_application_sid",
            "voice_caller_id_lookup", "voice_fallback_method", "voice_fallback_url", "voice_method",
            "voice_receive_mode", "voice_url");
    private static final Set<String> SIP_LIST = Set.of("account_sid", "date_created", "date_updated", "friendly_name",
            "sid", "subresource_uris", "uri");
    private static final Set<String> SIP_CREDENTIAL = Set.of("account_sid", "credential_list_sid", "date_created",
            "date_updated", "sid", "uri", "username");
    private static final Set<String> SIP_IP_ADDRESS = Set.of("account_sid", "cidr_prefix_length", "date_created",
            "date_updated", "friendly_name", "ip_access_control_list_sid", "ip_address", "sid", "uri");

    private TwilioHttp http;

    @BeforeEach
    void setUp() {
        http = new TwilioHttp(twilio.simulator());
    }

    private static Set<String> fields(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void trunkingV1Bodies_haveTheSchemaProperties() {
        String trunk = http.trunk("shape.pstn.twilio.com");
        assertThat(fields(http.get("/v1/Trunks/" + trunk).json())).isEqualTo(new TreeSet<>(TRUNK));
        assertThat(fields(http.get("/v1/Trunks/" + trunk + "/Recording").json())).isEqualTo(new TreeSet<>(RECORDING));
        String ou = http.originationUrl(trunk, "sip:pbx.example.com", 10, 10, true);
        assertThat(fields(http.get("/v1/Trunks/" + trunk + "/OriginationUrls/" + ou).json()))
                .isEqualTo(new TreeSet<>(ORIGINATION_URL));
        JsonNode acl = http.post("/v1/Trunks/" + trunk + "/IpAccessControlLists", "IpAccessControlListSid",
                http.acl("HQ")).json();
        assertThat(fields(acl)).isEqualTo(new TreeSet<>(TRUNK_LIST_ASSOCIATION));
        JsonNode cl = http.post("/v1/Trunks/" + trunk + "/CredentialLists", "CredentialListSid",
                http.credentialList("users", null, null)).json();
        assertThat(fields(cl)).isEqualTo(new TreeSet<>(TRUNK_LIST_ASSOCIATION));
        JsonNode pn = http.post("/v1/Trunks/" + trunk + "/PhoneNumbers", "PhoneNumberSid",
                twilio.simulator().ownedNumbers().get("+14155550101")).json();
        assertThat(fields(pn)).isEqualTo(new TreeSet<>(TRUNK_PHONE_NUMBER));
        assertThat(fields(pn.path("capabilities"))).containsExactlyInAnyOrder("voice", "sms", "mms", "fax");
    }

    @Test
    void api2010Bodies_haveTheSchemaProperties() {
        String pn = twilio.simulator().ownedNumbers().get("+14155550101");
        assertThat(fields(http.get("./IncomingPhoneNumbers/" + pn + ".json").json()))
                .isEqualTo(new TreeSet<>(INCOMING_PHONE_NUMBER));
        String acl = http.acl("HQ", "203.0.113.0/24");
        assertThat(fields(http.get("./SIP/IpAccessControlLists/" + acl + ".json").json())).isEqualTo(new TreeSet<>(SIP_LIST));
        JsonNode ip = http.get("./SIP/IpAccessControlLists/" + acl + "/IpAddresses.json").json().path("ip_addresses").get(0);
        assertThat(fields(ip)).isEqualTo(new TreeSet<>(SIP_IP_ADDRESS));
        String cl = http.credentialList("users", "pbx", "IWasAtSignal2018");
        assertThat(fields(http.get("./SIP/CredentialLists/" + cl + ".json").json())).isEqualTo(new TreeSet<>(SIP_LIST));
        JsonNode credential = http.get("./SIP/CredentialLists/" + cl + "/Credentials.json").json().path("credentials").get(0);
        assertThat(fields(credential)).isEqualTo(new TreeSet<>(SIP_CREDENTIAL));
    }

    @Test
    void listEnvelopes_haveTwiliosKeys() {
        assertThat(fields(http.get("/v1/Trunks").json())).containsExactlyInAnyOrder("trunks", "meta");
        assertThat(fields(http.get("/v1/Trunks").json().path("meta"))).containsExactlyInAnyOrder("page", "page_size",
                "first_page_url", "previous_page_url", "url", "next_page_url", "key");
        assertThat(fields(http.get("./SIP/IpAccessControlLists.json").json())).containsExactlyInAnyOrder(
                "ip_access_control_lists", "first_page_uri", "next_page_uri", "previous_page_uri", "uri", "page",
                "page_size", "start", "end");
    }
}
