package dev.estsdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TrunkLinkApiTest {

    @RegisterExtension
    static EstSimulatorExtension est = EstSimulatorExtension.create();

    private EstHttp http;
    private String trunk;

    @BeforeEach
    void setUp() {
        http = new EstHttp(est.simulator());
        trunk = http.trunk("links");
    }

    @Test
    void addAccessControlLists_appendsAndEchoesOnlyTheIdsSent() {
        String a = http.acl("198.51.100.1", 32);
        String b = http.acl("198.51.100.2", 32);
        http.linkAcl(trunk, a);

        Reply r = http.post("/trunks/" + trunk + "/accessControlLists", "{'accessControlListIds':['" + b + "']}");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("accessControlListIds")).hasSize(1);
        assertThat(r.json().at("/accessControlListIds/0").asText()).isEqualTo(b);
        Reply list = http.get("/trunks/" + trunk + "/accessControlLists");
        assertThat(list.json().get("accessControlListIds").findValuesAsText("x")).isEmpty();
        assertThat(list.json().get("accessControlListIds").toString()).isEqualTo("[\"" + a + "\",\"" + b + "\"]");
        assertThat(list.json().get("totalItems").asInt()).isEqualTo(2);
        assertThat(list.json().get("pageNumber").asInt()).isEqualTo(1);
    }

    @Test
    void addAccessControlLists_withEmptyArray_answersEmptyObject() {
        Reply r = http.post("/trunks/" + trunk + "/accessControlLists", "{'accessControlListIds':[]}");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.text()).isEqualTo("{}");
    }

    @Test
    void addAccessControlLists_whenOneIdUnknown_returns404AndLinksNothing() {
        String a = http.acl("198.51.100.1", 32);

        Reply r = http.post("/trunks/" + trunk + "/accessControlLists",
                "{'accessControlListIds':['" + a + "','01HUNKNOWNUNKNOWNUNKNOWN00']}");

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.errorStatus()).isEqualTo("NO_RESOURCE_FOUND");
        assertThat(http.get("/trunks/" + trunk + "/accessControlLists").json().get("totalItems").asInt()).isZero();
    }

    @Test
    void removeAccessControlList_returns204_andUnlinkedIdGives404() {
        String a = http.acl("198.51.100.1", 32);
        http.linkAcl(trunk, a);

        assertThat(http.delete("/trunks/" + trunk + "/accessControlLists/" + a).status()).isEqualTo(204);
        assertThat(http.delete("/trunks/" + trunk + "/accessControlLists/" + a).status()).isEqualTo(404);
        assertThat(http.get("/accessControlLists/" + a).status()).as("the ACL itself stays").isEqualTo(200);
    }

    @Test
    void addCredentialLists_appendsAndEchoes_listReturnsIds() {
        String a = http.credentialList("alice01", "Secret-Passw0rd");
        String b = http.credentialList("bob01", "Secret-Passw0rd");
        http.linkCredentialList(trunk, a);

        Reply r = http.post("/trunks/" + trunk + "/credentialLists", "{'credentialListIds':['" + b + "']}");

        assertThat(r.json().get("credentialListIds").toString()).isEqualTo("[\"" + b + "\"]");
        Reply list = http.get("/trunks/" + trunk + "/credentialLists");
        assertThat(list.json().get("credentialListIds").toString()).isEqualTo("[\"" + a + "\",\"" + b + "\"]");
        assertThat(list.json().get("totalItems").asInt()).isEqualTo(2);
    }

    @Test
    void listCredentialLists_sendsTheListsThemselvesBesideTheirIds_passwordsNever() {
        String a = http.credentialList("alice01", "Secret-Passw0rd");
        String b = http.credentialList("bob01", "Secret-Passw0rd");
        http.linkCredentialList(trunk, a);
        http.linkCredentialList(trunk, b);

        Reply page2 = http.get("/trunks/" + trunk + "/credentialLists?page=2&size=1");

        assertThat(page2.json().get("credentialListIds").toString()).isEqualTo("[\"" + b + "\"]");
        JsonNode lists = page2.json().get("credentialLists");
        assertThat(lists).hasSize(1);
        assertThat(lists.get(0).get("id").asText()).isEqualTo(b);
        assertThat(lists.get(0).get("projectId").asText()).isEqualTo(est.projectId());
        assertThat(lists.get(0).at("/credentials/0/username").asText()).isEqualTo("bob01");
        assertThat(page2.text()).doesNotContain("Secret-Passw0rd");
        assertThat(page2.json().get("pageSize").asInt()).isEqualTo(1);
        assertThat(page2.json().get("totalItems").asInt()).isEqualTo(2);
    }

    @Test
    void addCredentialLists_withoutIds_returns400() {
        assertThat(http.post("/trunks/" + trunk + "/credentialLists", "{}").status()).isEqualTo(400);
    }

    @Test
    void replaceCredentialLists_replacesTheWholeSet_objectBody() {
        String a = http.credentialList("alice01", "Secret-Passw0rd");
        String b = http.credentialList("bob01", "Secret-Passw0rd");
        http.linkCredentialList(trunk, a);

        Reply r = http.put("/trunks/" + trunk + "/credentialLists", "{'credentialListIds':['" + b + "']}");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("credentialListIds").toString()).isEqualTo("[\"" + b + "\"]");
        assertThat(http.get("/trunks/" + trunk + "/credentialLists").json().get("credentialListIds").toString())
                .isEqualTo("[\"" + b + "\"]");
    }

    @Test
    void replaceCredentialLists_acceptsTheSpecsBareArrayBody() {
        String a = http.credentialList("alice01", "Secret-Passw0rd");
        http.linkCredentialList(trunk, a);

        Reply r = http.put("/trunks/" + trunk + "/credentialLists", "[]");

        assertThat(r.status()).isEqualTo(200);
        assertThat(http.get("/trunks/" + trunk + "/credentialLists").json().get("totalItems").asInt()).isZero();
    }

    @Test
    void replaceCredentialLists_whenAnIdIsUnknown_returns404AndKeepsTheOldSet() {
        String a = http.credentialList("alice01", "Secret-Passw0rd");
        http.linkCredentialList(trunk, a);

        Reply r = http.put("/trunks/" + trunk + "/credentialLists", "['01HUNKNOWNUNKNOWNUNKNOWN00']");

        assertThat(r.status()).isEqualTo(404);
        assertThat(http.get("/trunks/" + trunk + "/credentialLists").json().get("totalItems").asInt()).isEqualTo(1);
    }

    @Test
    void removeCredentialList_returns204() {
        String a = http.credentialList("alice01", "Secret-Passw0rd");
        http.linkCredentialList(trunk, a);

        assertThat(http.delete("/trunks/" + trunk + "/credentialLists/" + a).status()).isEqualTo(204);
        assertThat(http.get("/trunks/" + trunk + "/credentialLists").json().get("totalItems").asInt()).isZero();
    }

    @Test
    void linkOperations_onUnknownTrunk_return404() {
        assertThat(http.get("/trunks/01HUNKNOWNUNKNOWNUNKNOWN00/accessControlLists").status()).isEqualTo(404);
        assertThat(http.get("/trunks/01HUNKNOWNUNKNOWNUNKNOWN00/credentialLists").status()).isEqualTo(404);
    }
}
