package dev.estsdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TrunkApiTest {

    @RegisterExtension
    static EstSimulatorExtension est = EstSimulatorExtension.create(b -> b.project("other-project"));

    private EstHttp http;

    @BeforeEach
    void setUp() {
        http = new EstHttp(est.simulator());
    }

    @Test
    void createTrunk_returns201WithServerDefaults() {
        Reply r = http.post("/trunks", "{'name':'Acme Trunk','hostName':'acme-domain-1'}");

        assertThat(r.status()).isEqualTo(201);
        JsonNode t = r.json();
        assertThat(t.get("id").asText()).hasSize(26).matches("[0-9A-HJKMNP-TV-Z]{26}");
        assertThat(t.get("domain").asText()).isEqualTo("acme-domain-1.pstn.sinch.com");
        assertThat(t.get("topLevelDomain").asText()).isEqualTo("pstn.sinch.com");
        assertThat(t.get("callsPerSecond").asInt()).isEqualTo(1);
        assertThat(t.get("enableCallerName").asBoolean()).isFalse();
        assertThat(t.get("enableCallForward").asBoolean()).isFalse();
        assertThat(t.get("updateTime").isNull()).isTrue();
        assertThat(java.time.Instant.parse(t.get("createTime").asText()))
                .isBetween(est.simulator().now(), est.simulator().now().plusMillis(1));
        assertThat(t.get("projectId").asText()).isEqualTo("sim-project");
    }

    @Test
    void createTrunk_ignoresReadOnlyFieldsInTheRequest() {
        Reply r = http.post("/trunks", "{'name':'A','hostName':'ro-test','id':'MINE','domain':'evil.example',"
                + "'callsPerSecond':50,'projectId':'someone-else','createTime':'2000-01-01T00:00:00Z'}");

        JsonNode t = r.json();
        assertThat(r.status()).isEqualTo(201);
        assertThat(t.get("id").asText()).isNotEqualTo("MINE");
        assertThat(t.get("domain").asText()).isEqualTo("ro-test.pstn.sinch.com");
        assertThat(t.get("callsPerSecond").asInt()).isEqualTo(1);
        assertThat(t.get("projectId").asText()).isEqualTo("sim-project");
        assertThat(t.get("createTime").asText()).doesNotStartWith("2000");
    }

    @Test
    void createTrunk_whenHostNameHasADot_returns400NamingTheField() {
        Reply r = http.post("/trunks", "{'name':'A','hostName':'acme.example'}");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorStatus()).isEqualTo("VALIDATION_FAILED");
        assertThat(r.json().at("/details/0/type").asText()).isEqualTo("BadRequest");
        assertThat(r.json().at("/details/0/fieldViolations/0/field").asText()).isEqualTo("hostName");
    }

    @Test
    void createTrunk_whenRequiredFieldsMissing_listsEveryViolation() {
        Reply r = http.post("/trunks", "{}");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().at("/details/0/fieldViolations").findValuesAsText("field"))
                .containsExactlyInAnyOrder("name", "hostName");
    }

    @Test
    void createTrunk_whenHostNameTakenInAnyProject_returns400() {
        http.trunk("shared-host");
        EstHttp other = new EstHttp(est.simulator());

        Reply sameProject = http.post("/trunks", "{'name':'B','hostName':'SHARED-host'}");
        Reply otherProject = other.post("/v1/projects/other-project/trunks", "{'name':'C','hostName':'shared-host'}");

        assertThat(sameProject.status()).isEqualTo(400);
        assertThat(sameProject.text()).contains("already in use");
        assertThat(otherProject.status()).isEqualTo(400);
    }

    @Test
    void createTrunk_whenCallForwardEnabledWithoutNumber_returns400() {
        Reply r = http.post("/trunks", "{'name':'A','hostName':'fwd','enableCallForward':true}");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.text()).contains("callForwardNumber");
    }

    @Test
    void getTrunk_whenUnknown_returns404NoResourceFound() {
        Reply r = http.get("/trunks/01HZZZZZZZZZZZZZZZZZZZZZZZ");

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.errorStatus()).isEqualTo("NO_RESOURCE_FOUND");
        assertThat(r.json().get("code").asInt()).isEqualTo(404);
        assertThat(r.json().get("message").asText()).contains("01HZZZZZZZZZZZZZZZZZZZZZZZ");
    }

    @Test
    void listTrunks_returnsEnvelopeAndFiltersByDomain() {
        http.trunk("alpha");
        http.trunk("beta");

        JsonNode all = http.get("/trunks").json();
        JsonNode filtered = http.get("/trunks?domain=beta.pstn.sinch.com").json();

        assertThat(all.get("trunks")).hasSize(2);
        assertThat(all.get("totalItems").asInt()).isEqualTo(2);
        assertThat(all.get("pageNumber").asInt()).isEqualTo(1);
        assertThat(all.get("size").asInt()).isEqualTo(500);
        assertThat(filtered.get("trunks")).hasSize(1);
        assertThat(filtered.at("/trunks/0/hostName").asText()).isEqualTo("beta");
    }

    @Test
    void updateTrunk_isAFullReplacement_omittedFieldsFallBackToDefaults() {
        String id = http.created201("/trunks", "{'name':'A','hostName':'full-put','enableCallerName':true,"
                + "'enableCallForward':true,'callForwardNumber':'+12025550123'}");
        est.simulator().advance(java.time.Duration.ofSeconds(5));

        Reply r = http.put("/trunks/" + id, "{'name':'Renamed','hostName':'full-put-2'}");

        JsonNode t = r.json();
        assertThat(r.status()).isEqualTo(200);
        assertThat(t.get("name").asText()).isEqualTo("Renamed");
        assertThat(t.get("enableCallerName").asBoolean()).isFalse();
        assertThat(t.get("enableCallForward").asBoolean()).isFalse();
        assertThat(t.get("callForwardNumber").isNull()).isTrue();
        assertThat(t.get("domain").asText()).isEqualTo("full-put-2.pstn.sinch.com");
        assertThat(t.get("updateTime").asText()).isEqualTo(est.simulator().now().toString());
        assertThat(http.post("/trunks", "{'name':'reuse','hostName':'full-put'}").status())
                .as("the old host name is free again").isEqualTo(201);
    }

    @Test
    void updateTrunk_whenBodyMissesName_returns400() {
        String id = http.trunk("put-missing");

        assertThat(http.put("/trunks/" + id, "{'hostName':'put-missing'}").status()).isEqualTo(400);
    }

    @Test
    void deleteTrunk_returns204AndTheTrunkIsGone() {
        String id = http.trunk("to-delete");

        Reply r = http.delete("/trunks/" + id);

        assertThat(r.status()).isEqualTo(204);
        assertThat(r.body()).isEmpty();
        assertThat(http.get("/trunks/" + id).status()).isEqualTo(404);
    }

    @Test
    void deleteTrunk_whenNumbersAssigned_returns400() {
        String id = http.trunk("with-numbers");
        http.assign(id, "+12025550101");

        Reply r = http.delete("/trunks/" + id);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("message").asText()).contains("phone numbers assigned");
        assertThat(http.get("/trunks/" + id).status()).isEqualTo(200);
    }

    @Test
    void deleteTrunk_removesItsEndpointsAndLinks() {
        String trunk = http.trunk("cascade");
        String acl = http.acl("203.0.113.10", 32);
        String list = http.credentialList("user01", "Secret-Passw0rd");
        http.linkAcl(trunk, acl);
        http.linkCredentialList(trunk, list);
        http.staticEndpoint(trunk, "203.0.113.10");

        http.delete("/trunks/" + trunk);

        assertThat(est.simulator().counts().endpoints()).isZero();
        assertThat(http.get("/accessControlLists/" + acl + "/trunks").json().get("totalItems").asInt()).isZero();
        assertThat(http.get("/credentialLists/" + list + "/trunks").json().get("totalItems").asInt()).isZero();
        assertThat(http.delete("/credentialLists/" + list).status()).as("no longer linked").isEqualTo(204);
    }

    @Test
    void trunkScopedPhoneNumbersPath_returns404NoResourceFound() {
        String id = http.trunk("no-such-path");

        Reply r = http.get("/trunks/" + id + "/phoneNumbers");

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.errorStatus()).isEqualTo("NO_RESOURCE_FOUND");
    }
}
