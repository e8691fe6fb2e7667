package dev.estsdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EndpointApiTest {

    @RegisterExtension
    static EstSimulatorExtension est = EstSimulatorExtension.create();

    private EstHttp http;
    private String trunk;

    @BeforeEach
    void setUp() {
        http = new EstHttp(est.simulator());
        trunk = http.trunk("endpoints");
    }

    @Test
    void createStaticEndpoint_returns201WithDefaults() {
        Reply r = http.post("/trunks/" + trunk + "/endpoints", "{'name':'Acme Endpoint','address':'127.0.0.1','priority':1}");

        assertThat(r.status()).isEqualTo(201);
        JsonNode e = r.json();
        assertThat(e.get("port").asInt()).isEqualTo(5060);
        assertThat(e.get("transport").asText()).isEqualTo("UDP");
        assertThat(e.get("enabled").asBoolean()).isTrue();
        assertThat(e.get("sipTrunkId").asText()).isEqualTo(trunk);
        assertThat(e.get("updateTime").isNull()).isTrue();
        assertThat(e.has("endpoints")).as("a single endpoint, not a list envelope").isFalse();
    }

    @Test
    void createStaticEndpoint_withoutAddress_returns400() {
        Reply r = http.post("/trunks/" + trunk + "/endpoints", "{'name':'no address','priority':1}");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorStatus()).isEqualTo("VALIDATION_FAILED");
        assertThat(r.json().at("/details/0/fieldViolations/0/field").asText()).isEqualTo("address");
    }

    @Test
    void createEndpoint_withBadPortTransportOrPriority_returns400() {
        Reply r = http.post("/trunks/" + trunk + "/endpoints",
                "{'name':'bad','address':'10.0.0.1','port':70000,'transport':'SCTP','priority':0}");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().at("/details/0/fieldViolations").findValuesAsText("field"))
                .containsExactlyInAnyOrder("port", "transport", "priority");
    }

    @Test
    void createRegisteredEndpoint_whenUsernameInNoCredentialList_returns404CredentialNotFound() {
        Reply r = http.post("/trunks/" + trunk + "/endpoints",
                "{'name':'ua','isRegistered':true,'credentialUsername':'ghost','priority':1}");

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.errorStatus()).isEqualTo("CREDENTIAL_NOT_FOUND");
    }

    @Test
    void createRegisteredEndpoint_whenUsernameInAnUnlinkedList_succeeds() {
        http.credentialList("ua-user", "Secret-Passw0rd");

        Reply r = http.post("/trunks/" + trunk + "/endpoints",
                "{'name':'ua','isRegistered':true,'credentialUsername':'ua-user','priority':2,'transport':'tls'}");

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().get("isRegistered").asBoolean()).isTrue();
        assertThat(r.json().get("credentialUsername").asText()).isEqualTo("ua-user");
        assertThat(r.json().get("transport").asText()).isEqualTo("TLS");
        assertThat(r.json().has("address")).isFalse();
    }

    @Test
    void updateEndpoint_isAFullReplacement() {
        String id = http.created201("/trunks/" + trunk + "/endpoints",
                "{'name':'pbx','address':'10.0.0.1','port':5080,'transport':'TCP','priority':3,'enabled':false}");

        Reply r = http.put("/trunks/" + trunk + "/endpoints/" + id, "{'name':'pbx2','address':'10.0.0.2','priority':1}");

        JsonNode e = r.json();
        assertThat(r.status()).isEqualTo(200);
        assertThat(e.get("address").asText()).isEqualTo("10.0.0.2");
        assertThat(e.get("port").asInt()).isEqualTo(5060);
        assertThat(e.get("transport").asText()).isEqualTo("UDP");
        assertThat(e.get("enabled").asBoolean()).isTrue();
        assertThat(e.get("updateTime").isNull()).isFalse();
    }

    @Test
    void getListDeleteEndpoint_withDocumentedCodes() {
        String id = http.staticEndpoint(trunk, "pbx.example.com");

        assertThat(http.get("/trunks/" + trunk + "/endpoints/" + id).json().get("address").asText())
                .isEqualTo("pbx.example.com");
        JsonNode list = http.get("/trunks/" + trunk + "/endpoints").json();
        assertThat(list.get("endpoints")).hasSize(1);
        assertThat(list.get("totalItems").asInt()).isEqualTo(1);
        assertThat(http.delete("/trunks/" + trunk + "/endpoints/" + id).status()).isEqualTo(204);
        assertThat(http.get("/trunks/" + trunk + "/endpoints/" + id).status()).isEqualTo(404);
    }

    @Test
    void getEndpoint_throughAnotherTrunk_returns404() {
        String id = http.staticEndpoint(trunk, "10.0.0.1");
        String other = http.trunk("other-trunk");

        assertThat(http.get("/trunks/" + other + "/endpoints/" + id).status()).isEqualTo(404);
    }
}
