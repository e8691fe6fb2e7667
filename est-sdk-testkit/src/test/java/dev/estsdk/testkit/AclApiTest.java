package dev.estsdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AclApiTest {

    @RegisterExtension
    static EstSimulatorExtension est = EstSimulatorExtension.create();

    private EstHttp http;

    @BeforeEach
    void setUp() {
        http = new EstHttp(est.simulator());
    }

    @Test
    void createAcl_returns200_rangeDefaultsTo32_andEveryRangeGetsIds() {
        Reply r = http.post("/accessControlLists",
                "{'name':'My new ACL','enabled':true,'ipRanges':[{'description':'Location 1','ipAddress':'15.15.15.15'}]}");

        assertThat(r.status()).isEqualTo(200);
        JsonNode acl = r.json();
        JsonNode range = acl.at("/ipRanges/0");
        assertThat(range.get("range").asInt()).isEqualTo(32);
        assertThat(range.get("id").asText()).hasSize(26);
        assertThat(range.get("accessControlListId").asText()).isEqualTo(acl.get("id").asText());
        assertThat(range.get("projectId").asText()).isEqualTo("sim-project");
        assertThat(range.get("updateTime").isNull()).isTrue();
        assertThat(acl.get("enabled").asBoolean()).isTrue();
        assertThat(acl.get("trunks")).isEmpty();
    }

    @Test
    void createAcl_whenIpRangeIsACidrString_returns400FailedToReadHttpMessage() {
        Reply r = http.post("/accessControlLists", "{'name':'A','enabled':true,'ipRanges':['203.0.113.10/32']}");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorStatus()).isEqualTo("VALIDATION_FAILED");
        assertThat(r.json().get("message").asText()).isEqualTo("Failed to read HTTP message");
    }

    @Test
    void createAcl_requiresNameEnabledAndAtLeastOneRange() {
        Reply r = http.post("/accessControlLists", "{'ipRanges':[]}");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().at("/details/0/fieldViolations").findValuesAsText("field"))
                .containsExactlyInAnyOrder("name", "enabled", "ipRanges");
    }

    @Test
    void createAcl_whenRangeOutside1To32OrAddressIsCidr_returns400() {
        Reply r = http.post("/accessControlLists", "{'name':'A','enabled':true,'ipRanges':["
                + "{'ipAddress':'10.0.0.0','range':0},{'ipAddress':'10.0.0.0','range':33},"
                + "{'ipAddress':'10.0.0.0/8'}]}");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().at("/details/0/fieldViolations").findValuesAsText("field")).containsExactly(
                "ipRanges[0].range", "ipRanges[1].range", "ipRanges[2].ipAddress");
    }

    @Test
    void updateAcl_replacesNameAndEnabled_keepsRangesWhenOmitted() {
        String id = http.acl("203.0.113.0", 24);

        Reply r = http.put("/accessControlLists/" + id, "{'name':'Renamed'}");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("name").asText()).isEqualTo("Renamed");
        assertThat(r.json().get("enabled").asBoolean()).as("omitted enabled takes its default").isTrue();
        assertThat(r.json().get("ipRanges")).hasSize(1);
    }

    @Test
    void updateAcl_withIpRanges_replacesTheSet_keepingIdsSent() {
        JsonNode created = http.post("/accessControlLists", "{'name':'A','enabled':true,'ipRanges':["
                + "{'ipAddress':'10.0.0.1'},{'ipAddress':'10.0.0.2'}]}").json();
        String acl = created.get("id").asText();
        String keep = created.at("/ipRanges/1/id").asText();

        Reply r = http.put("/accessControlLists/" + acl, "{'name':'A','enabled':false,'ipRanges':["
                + "{'id':'" + keep + "','ipAddress':'10.0.0.22','range':31},{'ipAddress':'10.0.0.3'}]}");

        JsonNode ranges = r.json().get("ipRanges");
        assertThat(r.json().get("enabled").asBoolean()).isFalse();
        assertThat(ranges).hasSize(2);
        assertThat(ranges.get(0).get("id").asText()).isEqualTo(keep);
        assertThat(ranges.get(0).get("ipAddress").asText()).isEqualTo("10.0.0.22");
        assertThat(ranges.get(0).get("updateTime").isNull()).isFalse();
        assertThat(ranges.get(1).get("ipAddress").asText()).isEqualTo("10.0.0.3");
    }

    @Test
    void ipRanges_addListUpdateDelete() {
        String acl = http.acl("10.0.0.1", 32);

        Reply added = http.post("/accessControlLists/" + acl + "/ipRanges",
                "{'description':'West wing','ipAddress':'10.0.1.1','range':24}");
        String rangeId = added.json().get("id").asText();
        Reply updated = http.put("/accessControlLists/" + acl + "/ipRanges/" + rangeId, "{'ipAddress':'11.12.13.14'}");
        JsonNode list = http.get("/accessControlLists/" + acl + "/ipRanges").json();
        Reply deleted = http.delete("/accessControlLists/" + acl + "/ipRanges/" + rangeId);

        assertThat(added.status()).isEqualTo(200);
        assertThat(added.json().get("range").asInt()).isEqualTo(24);
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("range").asInt()).as("full replacement: default range").isEqualTo(32);
        assertThat(updated.json().get("description").isNull()).as("full replacement: description dropped").isTrue();
        assertThat(list.get("ipRanges")).hasSize(2);
        assertThat(list.get("totalItems").asInt()).isEqualTo(2);
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(http.get("/accessControlLists/" + acl).json().get("ipRanges")).hasSize(1);
        assertThat(http.delete("/accessControlLists/" + acl + "/ipRanges/" + rangeId).status()).isEqualTo(404);
    }

    @Test
    void listAcls_andTrunksOfAnAcl() {
        String acl = http.acl("10.0.0.1", 32);
        String trunk = http.trunk("acl-user");
        http.linkAcl(trunk, acl);

        JsonNode list = http.get("/accessControlLists").json();
        JsonNode trunks = http.get("/accessControlLists/" + acl + "/trunks").json();

        assertThat(list.get("accessControlLists")).hasSize(1);
        assertThat(list.at("/accessControlLists/0/trunks/0").asText()).isEqualTo(trunk);
        assertThat(trunks.at("/trunks/0/id").asText()).isEqualTo(trunk);
        assertThat(trunks.get("totalItems").asInt()).isEqualTo(1);
    }

    @Test
    void deleteAcl_returns204AndDetachesItFromTrunks() {
        String acl = http.acl("10.0.0.1", 32);
        String trunk = http.trunk("acl-detach");
        http.linkAcl(trunk, acl);

        assertThat(http.delete("/accessControlLists/" + acl).status()).isEqualTo(204);
        assertThat(http.get("/accessControlLists/" + acl).status()).isEqualTo(404);
        assertThat(http.get("/trunks/" + trunk + "/accessControlLists").json().get("totalItems").asInt()).isZero();
    }
}
