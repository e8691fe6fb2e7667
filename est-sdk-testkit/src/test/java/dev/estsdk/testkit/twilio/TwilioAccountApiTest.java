package dev.estsdk.testkit.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.estsdk.testkit.twilio.TwilioHttp.Reply;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TwilioAccountApiTest {

    @RegisterExtension
    static TwilioSimulatorExtension twilio = TwilioSimulatorExtension.create(b -> b
            .initialInstant(Instant.parse("2015-08-19T19:48:45Z")).limits(100, 10, 3, 2, 2, 2));

    private TwilioHttp http;
    private String account;

    @BeforeEach
    void setUp() {
        http = new TwilioHttp(twilio.simulator());
        account = "/2010-04-01/Accounts/" + twilio.accountSid();
    }

    // ---- IP access control lists and addresses

    @Test
    void acl_crud_with2010Conventions() {
        Reply created = http.post("./SIP/IpAccessControlLists.json", "FriendlyName", "HQ SBC");
        assertThat(created.status()).isEqualTo(201);
        JsonNode a = created.json();
        String sid = a.path("sid").asText();
        assertThat(sid).matches("AL[0-9a-f]{32}");
        assertThat(a.path("date_created").asText()).isEqualTo("Wed, 19 Aug 2015 19:48:45 +0000");
        assertThat(a.path("uri").asText()).isEqualTo(account + "/SIP/IpAccessControlLists/" + sid + ".json");
        assertThat(a.path("subresource_uris").path("ip_addresses").asText())
                .isEqualTo(account + "/SIP/IpAccessControlLists/" + sid + "/IpAddresses.json");
        assertThat(http.get("./SIP/IpAccessControlLists/" + sid + ".json").json().path("friendly_name").asText())
                .isEqualTo("HQ SBC");
        assertThat(http.post("./SIP/IpAccessControlLists/" + sid + ".json", "FriendlyName", "Renamed").json()
                .path("friendly_name").asText()).isEqualTo("Renamed");
        assertThat(http.post("./SIP/IpAccessControlLists/" + sid + ".json").json().path("message").asText())
                .isEqualTo("Missing required parameter FriendlyName in the post body");
        assertThat(http.get("./SIP/IpAccessControlLists.json").json().path("ip_access_control_lists")).hasSize(1);
        assertThat(http.delete("./SIP/IpAccessControlLists/" + sid + ".json").status()).isEqualTo(204);
        assertThat(http.get("./SIP/IpAccessControlLists/" + sid + ".json").code()).isEqualTo(20404);
    }

    @Test
    void acl_nameRules_andAccountLimit() {
        assertThat(http.post("./SIP/IpAccessControlLists.json", "FriendlyName", "n".repeat(256)).status()).isEqualTo(400);
        assertThat(http.post("./SIP/IpAccessControlLists.json", "FriendlyName", "n".repeat(255)).status()).isEqualTo(201);
        http.acl("two");
        http.acl("three");
        Reply fourth = http.post("./SIP/IpAccessControlLists.json", "FriendlyName", "four");
        assertThat(fourth.status()).isEqualTo(400);
        assertThat(fourth.json().path("message").asText()).contains("limit");
    }

    @Test
    void ipAddress_crud_ipv4Only_prefixDefault32() {
        String acl = http.acl("HQ");
        String path = "./SIP/IpAccessControlLists/" + acl + "/IpAddresses";
        Reply r = http.post(path + ".json", "FriendlyName", "sbc", "IpAddress", "192.168.1.1");
        assertThat(r.status()).isEqualTo(201);
        JsonNode ip = r.json();
        String sid = ip.path("sid").asText();
        assertThat(sid).matches("IP[0-9a-f]{32}");
        assertThat(ip.path("cidr_prefix_length").asInt()).isEqualTo(32);
        assertThat(ip.path("ip_access_control_list_sid").asText()).isEqualTo(acl);
        assertThat(ip.path("uri").asText()).isEqualTo(account + "/SIP/IpAccessControlLists/" + acl + "/IpAddresses/" + sid + ".json");
        Reply updated = http.post(path + "/" + sid + ".json", "CidrPrefixLength", "24", "IpAddress", "192.168.1.0");
        assertThat(updated.json().path("cidr_prefix_length").asInt()).isEqualTo(24);
        assertThat(updated.json().path("friendly_name").asText()).isEqualTo("sbc");
        assertThat(http.get(path + ".json").json().path("ip_addresses")).hasSize(1);
        assertThat(http.delete(path + "/" + sid + ".json").status()).isEqualTo(204);
        assertThat(http.get(path + "/" + sid + ".json").status()).isEqualTo(404);
    }

    @Test
    void ipAddress_refusesIpv6_badPrefix_missingFields_andTheListLimit() {
        String acl = http.acl("HQ");
        String path = "./SIP/IpAccessControlLists/" + acl + "/IpAddresses.json";
        assertThat(http.post(path, "FriendlyName", "v6", "IpAddress", "2001:db8::1").json().path("message").asText())
                .contains("IPv4");
        assertThat(http.post(path, "FriendlyName", "x", "IpAddress", "10.0.0.0", "CidrPrefixLength", "33").status()).isEqualTo(400);
        assertThat(http.post(path, "FriendlyName", "x", "IpAddress", "10.0.0.0", "CidrPrefixLength", "0").status()).isEqualTo(400);
        assertThat(http.post(path, "IpAddress", "10.0.0.1").json().path("message").asText()).contains("FriendlyName");
        assertThat(http.post(path, "FriendlyName", "x").json().path("message").asText()).contains("IpAddress");
        http.post(path, "FriendlyName", "a", "IpAddress", "10.0.0.1");
        http.post(path, "FriendlyName", "b", "IpAddress", "10.0.0.2");
        assertThat(http.post(path, "FriendlyName", "c", "IpAddress", "10.0.0.3").json().path("message").asText()).contains("limit");
        assertThat(http.post("./SIP/IpAccessControlLists/AL" + "0".repeat(32) + "/IpAddresses.json", "FriendlyName", "a",
                "IpAddress", "10.0.0.1").status()).isEqualTo(404);
    }

    // ---- credential lists and credentials

    @Test
    void credentialList_crud() {
        Reply created = http.post("./SIP/CredentialLists.json", "FriendlyName", "PBX users");
        assertThat(created.status()).isEqualTo(201);
        String sid = created.json().path("sid").asText();
        assertThat(sid).matches("CL[0-9a-f]{32}");
        assertThat(created.json().path("subresource_uris").path("credentials").asText())
                .isEqualTo(account + "/SIP/CredentialLists/" + sid + "/Credentials.json");
        assertThat(http.post("./SIP/CredentialLists.json", "FriendlyName", "n".repeat(65)).status()).isEqualTo(400);
        assertThat(http.post("./SIP/CredentialLists/" + sid + ".json", "FriendlyName", "Renamed").json().path("friendly_name")
                .asText()).isEqualTo("Renamed");
        assertThat(http.get("./SIP/CredentialLists.json").json().path("credential_lists")).hasSize(1);
        assertThat(http.delete("./SIP/CredentialLists/" + sid + ".json").status()).isEqualTo(204);
        assertThat(http.get("./SIP/CredentialLists/" + sid + ".json").status()).isEqualTo(404);
    }

    @Test
    void credential_neverReturnsThePassword_andEnforcesThePolicy() {
        String cl = http.credentialList("users", null, null);
        String path = "./SIP/CredentialLists/" + cl + "/Credentials";
        Reply created = http.post(path + ".json", "Username", "pbx-hq", "Password", "IWasAtSignal2018");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body()).doesNotContain("IWasAtSignal2018").doesNotContainIgnoringCase("password");
        String sid = created.json().path("sid").asText();
        assertThat(sid).matches("CR[0-9a-f]{32}");
        assertThat(created.json().path("credential_list_sid").asText()).isEqualTo(cl);
        for (String weak : new String[] {"Short1a", "nouppercase123", "NOLOWERCASE123", "NoDigitsAtAllHere"}) {
            Reply r = http.post(path + ".json", "Username", "other", "Password", weak);
            assertThat(r.status()).as(weak).isEqualTo(400);
            assertThat(r.body()).doesNotContain(weak);
        }
        Reply update = http.post(path + "/" + sid + ".json", "Password", "weak");
        assertThat(update.status()).isEqualTo(400);
        assertThat(http.post(path + "/" + sid + ".json", "Password", "AnotherGood1Pass").json().path("username").asText())
                .isEqualTo("pbx-hq");
        assertThat(http.get(path + ".json").json().path("credentials")).hasSize(1);
        assertThat(http.get(path + "/" + sid + ".json").body()).doesNotContain("AnotherGood1Pass");
    }

    @Test
    void credential_usernameUniqueInList_atMost32_andListLimit() {
        String cl = http.credentialList("users", "pbx", "IWasAtSignal2018");
        String path = "./SIP/CredentialLists/" + cl + "/Credentials.json";
        assertThat(http.post(path, "Username", "pbx", "Password", "IWasAtSignal2018").json().path("message").asText())
                .contains("already exists");
        assertThat(http.post(path, "Username", "u".repeat(33), "Password", "IWasAtSignal2018").status()).isEqualTo(400);
        assertThat(http.post(path, "Username", "u".repeat(32), "Password", "IWasAtSignal2018").status()).isEqualTo(201);
        assertThat(http.post(path, "Username", "third", "Password", "IWasAtSignal2018").json().path("message").asText())
                .contains("limit");
        String other = http.credentialList("others", "pbx", "IWasAtSignal2018");
        assertThat(other).isNotEqualTo(cl);
    }

    @Test
    void credential_deleteAndUnknown() {
        String cl = http.credentialList("users", null, null);
        String path = "./SIP/CredentialLists/" + cl + "/Credentials";
        String sid = http.post(path + ".json", "Username", "pbx", "Password", "IWasAtSignal2018").json().path("sid").asText();
        assertThat(http.delete(path + "/" + sid + ".json").status()).isEqualTo(204);
        assertThat(http.get(path + "/" + sid + ".json").status()).isEqualTo(404);
    }

    // ---- incoming phone numbers

    @Test
    void numbers_lookupByE164_isAMatch_withWildcards() {
        JsonNode exact = http.get("./IncomingPhoneNumbers.json?PhoneNumber=%2B14155550101").json();
        assertThat(exact.path("incoming_phone_numbers")).hasSize(1);
        JsonNode n = exact.path("incoming_phone_numbers").get(0);
        assertThat(n.path("sid").asText()).matches("PN[0-9a-f]{32}");
        assertThat(n.path("phone_number").asText()).isEqualTo("+14155550101");
        assertThat(n.path("friendly_name").asText()).isEqualTo("(415) 555-0101");
        assertThat(n.path("trunk_sid").isNull()).isTrue();
        assertThat(n.path("voice_application_sid").asText()).isEmpty();
        assertThat(n.path("status").asText()).isEqualTo("in-use");
        assertThat(exact.path("uri").asText()).contains("PhoneNumber=%2B14155550101");
        assertThat(http.get("./IncomingPhoneNumbers.json?PhoneNumber=%2B1415555010*").json().path("incoming_phone_numbers"))
                .hasSize(3);
        assertThat(http.get("./IncomingPhoneNumbers.json?PhoneNumber=555").json().path("incoming_phone_numbers")).hasSize(5);
        assertThat(http.get("./IncomingPhoneNumbers.json?PhoneNumber=%2B19999999999").json().path("incoming_phone_numbers"))
                .isEmpty();
        assertThat(http.get("./IncomingPhoneNumbers.json").json().path("incoming_phone_numbers")).hasSize(5);
    }

    @Test
    void numbers_filterByFriendlyNameAndOrigin() {
        assertThat(http.get("./IncomingPhoneNumbers.json?FriendlyName=(212)").json().path("incoming_phone_numbers")).hasSize(2);
        assertThat(http.get("./IncomingPhoneNumbers.json?Origin=twilio").json().path("incoming_phone_numbers")).hasSize(5);
        assertThat(http.get("./IncomingPhoneNumbers.json?Origin=hosted").json().path("incoming_phone_numbers")).isEmpty();
        assertThat(http.get("./IncomingPhoneNumbers.json?Origin=elsewhere").code()).isEqualTo(20001);
    }

    @Test
    void number_update_trunkSidAndVoiceApplication_excludeEachOther() {
        String pn = twilio.simulator().ownedNumbers().get("+12125550101");
        String trunk = http.trunk("numbers.pstn.twilio.com");
        Reply r = http.post("./IncomingPhoneNumbers/" + pn + ".json", "TrunkSid", trunk);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("trunk_sid").asText()).isEqualTo(trunk);
        assertThat(http.get("/v1/Trunks/" + trunk + "/PhoneNumbers").json().path("phone_numbers")).hasSize(1);
        JsonNode app = http.post("./IncomingPhoneNumbers/" + pn + ".json", "VoiceApplicationSid", "AP" + "a".repeat(32)).json();
        assertThat(app.path("trunk_sid").isNull()).isTrue();
        assertThat(app.path("voice_application_sid").asText()).isEqualTo("AP" + "a".repeat(32));
        JsonNode back = http.post("./IncomingPhoneNumbers/" + pn + ".json", "TrunkSid", trunk).json();
        assertThat(back.path("voice_application_sid").asText()).isEmpty();
        assertThat(http.post("./IncomingPhoneNumbers/" + pn + ".json", "TrunkSid", "TK" + "0".repeat(32)).status()).isEqualTo(404);
        assertThat(http.post("./IncomingPhoneNumbers/" + pn + ".json", "FriendlyName", "Main line").json().path("trunk_sid")
                .asText()).isEqualTo(trunk);
    }

    @Test
    void number_release_removesItFromTheAccount_andItsTrunk() {
        String pn = twilio.simulator().ownedNumbers().get("+12125550102");
        String trunk = http.trunk("release.pstn.twilio.com");
        http.post("/v1/Trunks/" + trunk + "/PhoneNumbers", "PhoneNumberSid", pn);
        assertThat(http.delete("./IncomingPhoneNumbers/" + pn + ".json").status()).isEqualTo(204);
        assertThat(http.get("./IncomingPhoneNumbers/" + pn + ".json").status()).isEqualTo(404);
        assertThat(http.get("/v1/Trunks/" + trunk + "/PhoneNumbers").json().path("phone_numbers")).isEmpty();
        assertThat(twilio.simulator().counts().ownedNumbers()).isEqualTo(4);
    }

    @Test
    void seededNumbers_keepTheirSids_acrossResets() {
        String before = twilio.simulator().ownedNumbers().get("+14155550103");
        twilio.simulator().reset();
        assertThat(twilio.simulator().ownedNumbers().get("+14155550103")).isEqualTo(before);
    }
}
