package dev.estsdk.testkit.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.estsdk.testkit.twilio.TwilioHttp.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TwilioAssociationApiTest {

    @RegisterExtension
    static TwilioSimulatorExtension twilio = TwilioSimulatorExtension.create();

    private TwilioHttp http;
    private String trunk;

    @BeforeEach
    void setUp() {
        http = new TwilioHttp(twilio.simulator());
        trunk = http.trunk("assoc.pstn.twilio.com");
    }

    @Test
    void ipAccessControlList_associate_list_fetch_remove() {
        String acl = http.acl("HQ", "203.0.113.0/24");
        Reply add = http.post("/v1/Trunks/" + trunk + "/IpAccessControlLists", "IpAccessControlListSid", acl);
        assertThat(add.status()).isEqualTo(201);
        assertThat(add.json().path("sid").asText()).isEqualTo(acl);
        assertThat(add.json().path("trunk_sid").asText()).isEqualTo(trunk);
        assertThat(add.json().path("friendly_name").asText()).isEqualTo("HQ");
        assertThat(add.json().path("url").asText()).isEqualTo(twilio.trunkingBaseUrl() + "/v1/Trunks/" + trunk
                + "/IpAccessControlLists/" + acl);
        assertThat(http.get("/v1/Trunks/" + trunk).json().path("auth_type").asText()).isEqualTo("IP_ACL");
        JsonNode list = http.get("/v1/Trunks/" + trunk + "/IpAccessControlLists").json();
        assertThat(list.path("ip_access_control_lists")).hasSize(1);
        assertThat(list.path("meta").path("key").asText()).isEqualTo("ip_access_control_lists");
        assertThat(http.get("/v1/Trunks/" + trunk + "/IpAccessControlLists/" + acl).status()).isEqualTo(200);
        assertThat(http.delete("/v1/Trunks/" + trunk + "/IpAccessControlLists/" + acl).status()).isEqualTo(204);
        assertThat(http.get("/v1/Trunks/" + trunk + "/IpAccessControlLists/" + acl).status()).isEqualTo(404);
        assertThat(http.get("./SIP/IpAccessControlLists/" + acl + ".json").status()).isEqualTo(200);
    }

    @Test
    void associations_needExistingAccountLevelLists() {
        Reply acl = http.post("/v1/Trunks/" + trunk + "/IpAccessControlLists", "IpAccessControlListSid", "AL" + "0".repeat(32));
        assertThat(acl.status()).isEqualTo(404);
        assertThat(acl.code()).isEqualTo(20404);
        assertThat(http.post("/v1/Trunks/" + trunk + "/CredentialLists", "CredentialListSid", "CL" + "0".repeat(32)).status())
                .isEqualTo(404);
        assertThat(http.post("/v1/Trunks/" + trunk + "/CredentialLists", "CredentialListSid", "garbage").status())
                .isEqualTo(404);
        Reply missing = http.post("/v1/Trunks/" + trunk + "/CredentialLists");
        assertThat(missing.json().path("message").asText()).isEqualTo("Missing required parameter CredentialListSid in the post body");
    }

    @Test
    void duplicateAssociation_isRefused() {
        String cl = http.credentialList("PBX users", null, null);
        assertThat(http.post("/v1/Trunks/" + trunk + "/CredentialLists", "CredentialListSid", cl).status()).isEqualTo(201);
        Reply again = http.post("/v1/Trunks/" + trunk + "/CredentialLists", "CredentialListSid", cl);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().path("message").asText()).contains("already associated");
    }

    @Test
    void authType_reflectsBothSchemes() {
        http.post("/v1/Trunks/" + trunk + "/IpAccessControlLists", "IpAccessControlListSid", http.acl("HQ"));
        http.post("/v1/Trunks/" + trunk + "/CredentialLists", "CredentialListSid", http.credentialList("users", null, null));
        JsonNode t = http.get("/v1/Trunks/" + trunk).json();
        assertThat(t.path("auth_type").asText()).isEqualTo("CREDENTIAL_LIST,IP_ACL");
        assertThat(t.path("auth_type_set")).hasSize(2);
    }

    @Test
    void credentialList_fetchAndRemove() {
        String cl = http.credentialList("users", "pbx", "IWasAtSignal2018");
        http.post("/v1/Trunks/" + trunk + "/CredentialLists", "CredentialListSid", cl);
        JsonNode list = http.get("/v1/Trunks/" + trunk + "/CredentialLists").json();
        assertThat(list.path("credential_lists").get(0).path("sid").asText()).isEqualTo(cl);
        assertThat(http.get("/v1/Trunks/" + trunk + "/CredentialLists/" + cl).json().path("friendly_name").asText())
                .isEqualTo("users");
        assertThat(http.delete("/v1/Trunks/" + trunk + "/CredentialLists/" + cl).status()).isEqualTo(204);
        assertThat(http.delete("/v1/Trunks/" + trunk + "/CredentialLists/" + cl).status()).isEqualTo(404);
    }

    @Test
    void phoneNumber_associate_onlyOwnedNumbers_andMovesBetweenTrunks() {
        String pn = twilio.simulator().ownedNumbers().get("+14155550102");
        Reply add = http.post("/v1/Trunks/" + trunk + "/PhoneNumbers", "PhoneNumberSid", pn);
        assertThat(add.status()).isEqualTo(201);
        assertThat(add.json().path("sid").asText()).isEqualTo(pn);
        assertThat(add.json().path("trunk_sid").asText()).isEqualTo(trunk);
        assertThat(add.json().path("phone_number").asText()).isEqualTo("+14155550102");
        assertThat(add.json().path("links").path("phone_number").asText())
                .isEqualTo(twilio.apiBaseUrl() + "/2010-04-01/Accounts/" + twilio.accountSid() + "/IncomingPhoneNumbers/" + pn
                        + ".json");
        assertThat(http.post("/v1/Trunks/" + trunk + "/PhoneNumbers", "PhoneNumberSid", "PN" + "0".repeat(32)).status())
                .isEqualTo(404);
        String second = http.trunk("second.pstn.twilio.com");
        assertThat(http.post("/v1/Trunks/" + second + "/PhoneNumbers", "PhoneNumberSid", pn).status()).isEqualTo(201);
        assertThat(http.get("/v1/Trunks/" + trunk + "/PhoneNumbers").json().path("phone_numbers")).isEmpty();
        assertThat(http.get("/v1/Trunks/" + second + "/PhoneNumbers/" + pn).json().path("trunk_sid").asText()).isEqualTo(second);
        assertThat(http.get("/v1/Trunks/" + trunk + "/PhoneNumbers/" + pn).status()).isEqualTo(404);
        assertThat(http.delete("/v1/Trunks/" + second + "/PhoneNumbers/" + pn).status()).isEqualTo(204);
        assertThat(http.get("./IncomingPhoneNumbers/" + pn + ".json").json().path("trunk_sid").isNull()).isTrue();
    }

    @Test
    void deletingAnAssociatedList_removesItsAssociations_byDefault() {
        String acl = http.acl("HQ");
        http.post("/v1/Trunks/" + trunk + "/IpAccessControlLists", "IpAccessControlListSid", acl);
        assertThat(http.delete("./SIP/IpAccessControlLists/" + acl + ".json").status()).isEqualTo(204);
        assertThat(http.get("/v1/Trunks/" + trunk + "/IpAccessControlLists").json().path("ip_access_control_lists")).isEmpty();
        assertThat(http.get("/v1/Trunks/" + trunk).json().path("auth_type").asText()).isEmpty();
    }

    @Test
    void deletingAnAssociatedList_isRefused_whenConfigured() {
        try (TwilioSimulator strict = TwilioSimulator.builder().refuseDeletingAssociatedLists(true).start()) {
            TwilioHttp h = new TwilioHttp(strict);
            String t = h.trunk("strict.pstn.twilio.com");
            String cl = h.credentialList("users", null, null);
            h.post("/v1/Trunks/" + t + "/CredentialLists", "CredentialListSid", cl);
            Reply r = h.delete("./SIP/CredentialLists/" + cl + ".json");
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.json().path("message").asText()).contains("remove the association first");
            h.delete("/v1/Trunks/" + t + "/CredentialLists/" + cl);
            assertThat(h.delete("./SIP/CredentialLists/" + cl + ".json").status()).isEqualTo(204);
        }
    }
}
