package dev.estsdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CredentialListApiTest {

    private static final String PASSWORD = "SecurePassword1234";

    @RegisterExtension
    static EstSimulatorExtension est = EstSimulatorExtension.create();

    private EstHttp http;

    @BeforeEach
    void setUp() {
        http = new EstHttp(est.simulator());
    }

    @Test
    void createCredentialList_returns201_andNeverReturnsPasswords() {
        Reply r = http.post("/credentialLists", "{'name':'Multi credentials list','credentials':["
                + "{'username':'User01','password':'" + PASSWORD + "'},{'username':'User02','password':'" + PASSWORD + "'}]}");

        assertThat(r.status()).isEqualTo(201);
        JsonNode cl = r.json();
        assertThat(cl.get("credentials")).hasSize(2);
        assertThat(cl.at("/credentials/0/id").asText()).hasSize(26);
        assertThat(cl.at("/credentials/0/username").asText()).isEqualTo("User01");
        assertThat(r.text()).doesNotContain(PASSWORD).doesNotContain("password");
        String id = cl.get("id").asText();
        assertThat(http.get("/credentialLists/" + id).text()).doesNotContain(PASSWORD);
        assertThat(http.get("/credentialLists").text()).doesNotContain(PASSWORD);
    }

    @Test
    void createCredentialList_whenPasswordBreaksPolicy_returns400NamingFieldNotValue() {
        Reply r = http.post("/credentialLists", "{'name':'weak','credentials':["
                + "{'username':'a','password':'short1A'},{'username':'b','password':'alllowercase1234'},"
                + "{'username':'c','password':'ALLUPPERCASE1234'},{'username':'d','password':'NoDigitsAtAllHere'}]}");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().at("/details/0/fieldViolations").findValuesAsText("field")).containsExactly(
                "credentials[0].password", "credentials[1].password", "credentials[2].password",
                "credentials[3].password");
        assertThat(r.text()).doesNotContain("short1A").doesNotContain("alllowercase1234");
    }

    @Test
    void createCredentialList_requiresNameAndCredentials_andUniqueUsernames() {
        assertThat(http.post("/credentialLists", "{'credentials':[]}").json()
                .at("/details/0/fieldViolations").findValuesAsText("field"))
                .containsExactlyInAnyOrder("name", "credentials");
        assertThat(http.post("/credentialLists", "{'name':'dup','credentials':[{'username':'u','password':'"
                + PASSWORD + "'},{'username':'u','password':'" + PASSWORD + "'}]}").status()).isEqualTo(400);
    }

    @Test
    void updateCredentialList_renames_andKeepsCredentials() {
        String id = http.credentialList("keep-me", PASSWORD);

        Reply r = http.put("/credentialLists/" + id, "{'name':'Renamed'}");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("name").asText()).isEqualTo("Renamed");
        assertThat(r.json().at("/credentials/0/username").asText()).isEqualTo("keep-me");
        assertThat(http.put("/credentialLists/" + id, "{}").status()).isEqualTo(400);
    }

    @Test
    void updateCredential_changesPassword_orAddsAMissingUsername() {
        String id = http.credentialList("existing", PASSWORD);

        Reply changed = http.put("/credentialLists/" + id + "/credentials/existing", "{'password':'NewPassword12345'}");
        Reply added = http.put("/credentialLists/" + id + "/credentials/newcomer", "{'password':'NewPassword12345'}");
        Reply weak = http.put("/credentialLists/" + id + "/credentials/existing", "{'password':'weak'}");

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("username").asText()).isEqualTo("existing");
        assertThat(changed.text()).doesNotContain("NewPassword12345");
        assertThat(added.status()).isEqualTo(200);
        assertThat(weak.status()).isEqualTo(400);
        assertThat(http.get("/credentialLists/" + id).json().get("credentials").findValuesAsText("username"))
                .containsExactly("existing", "newcomer");
    }

    @Test
    void deleteCredential_returns204_unknownUsernameGives404() {
        String id = http.credentialList("gone", PASSWORD);

        assertThat(http.delete("/credentialLists/" + id + "/credentials/gone").status()).isEqualTo(204);
        assertThat(http.delete("/credentialLists/" + id + "/credentials/gone").status()).isEqualTo(404);
    }

    @Test
    void deleteCredentialList_whenLinkedToATrunk_returns400() {
        String id = http.credentialList("linked", PASSWORD);
        String trunk = http.trunk("cl-linked");
        http.linkCredentialList(trunk, id);

        Reply r = http.delete("/credentialLists/" + id);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("message").asText()).contains("attached to a SIP Trunk");
    }

    @Test
    void deleteCredentialList_whenAnEndpointUsesOneOfItsUsernames_returns400() {
        String id = http.credentialList("used-by-ua", PASSWORD);
        String trunk = http.trunk("cl-endpoint");
        http.registeredEndpoint(trunk, "used-by-ua");

        Reply r = http.delete("/credentialLists/" + id);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("message").asText()).contains("attached to a SIP Endpoint");
    }

    @Test
    void deleteCredentialList_whenUnused_returns204() {
        String id = http.credentialList("free", PASSWORD);

        assertThat(http.delete("/credentialLists/" + id).status()).isEqualTo(204);
        assertThat(http.get("/credentialLists/" + id).status()).isEqualTo(404);
    }

    @Test
    void trunksOfACredentialList_arePaginatedTrunkObjects() {
        String id = http.credentialList("shared", PASSWORD);
        String trunk = http.trunk("cl-trunks");
        http.linkCredentialList(trunk, id);

        JsonNode r = http.get("/credentialLists/" + id + "/trunks").json();

        assertThat(r.at("/trunks/0/id").asText()).isEqualTo(trunk);
        assertThat(r.get("totalItems").asInt()).isEqualTo(1);
    }
}
