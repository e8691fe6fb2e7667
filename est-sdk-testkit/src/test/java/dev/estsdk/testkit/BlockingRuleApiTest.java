package dev.estsdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BlockingRuleApiTest {

    @RegisterExtension
    static EstSimulatorExtension est = EstSimulatorExtension.create();

    private EstHttp http;

    @BeforeEach
    void setUp() {
        http = new EstHttp(est.simulator());
    }

    @Test
    void createBlockingRule_returns200_lowercaseDirection_unsetFieldsNull() {
        Reply r = http.post("/callBlockingRules",
                "{'name':'Block calls from US','direction':'INBOUND','callerCountry':'US','callerMatch':'123'}");

        assertThat(r.status()).isEqualTo(200);
        JsonNode rule = r.json();
        assertThat(rule.get("direction").asText()).isEqualTo("inbound");
        assertThat(rule.get("callerCountry").asText()).isEqualTo("US");
        assertThat(rule.get("calleeCountry").isNull()).isTrue();
        assertThat(rule.get("calleeMatch").isNull()).isTrue();
        assertThat(rule.get("updateTime").isNull()).isTrue();
        assertThat(rule.get("id").asText()).hasSize(26);
    }

    @Test
    void createBlockingRule_requiresDirection_andIsoCountries() {
        assertThat(http.post("/callBlockingRules", "{'name':'x'}").status()).isEqualTo(400);
        assertThat(http.post("/callBlockingRules", "{'direction':'SIDEWAYS'}").status()).isEqualTo(400);
        assertThat(http.post("/callBlockingRules", "{'direction':'OUTBOUND','calleeCountry':'USA'}").status())
                .isEqualTo(400);
    }

    @Test
    void updateBlockingRule_isAFullReplacement() {
        String id = http.post("/callBlockingRules",
                "{'name':'r','direction':'INBOUND','callerCountry':'US','callerMatch':'123'}").json().get("id").asText();

        Reply r = http.put("/callBlockingRules/" + id, "{'direction':'outbound','calleeMatch':'4670'}");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("direction").asText()).isEqualTo("outbound");
        assertThat(r.json().get("name").isNull()).isTrue();
        assertThat(r.json().get("callerCountry").isNull()).isTrue();
        assertThat(r.json().get("calleeMatch").asText()).isEqualTo("4670");
        assertThat(r.json().get("updateTime").isNull()).isFalse();
    }

    @Test
    void listAndDeleteBlockingRules() {
        String id = http.post("/callBlockingRules", "{'direction':'INBOUND'}").json().get("id").asText();
        http.post("/callBlockingRules", "{'direction':'OUTBOUND'}");

        JsonNode list = http.get("/callBlockingRules?size=1").json();
        Reply deleted = http.delete("/callBlockingRules/" + id);

        assertThat(list.get("callBlockingRules")).hasSize(1);
        assertThat(list.get("totalItems").asInt()).isEqualTo(2);
        assertThat(list.get("size").asInt()).isEqualTo(1);
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(http.delete("/callBlockingRules/" + id).status()).isEqualTo(404);
        assertThat(http.put("/callBlockingRules/" + id, "{'direction':'INBOUND'}").status()).isEqualTo(404);
    }
}
