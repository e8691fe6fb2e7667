package dev.estsdk.testkit.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.estsdk.testkit.twilio.TwilioHttp.Reply;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TwilioOriginationUrlApiTest {

    @RegisterExtension
    static TwilioSimulatorExtension twilio = TwilioSimulatorExtension.create();

    private TwilioHttp http;
    private String trunk;

    @BeforeEach
    void setUp() {
        http = new TwilioHttp(twilio.simulator());
        trunk = http.trunk("ou.pstn.twilio.com");
    }

    private Map<String, String> valid() {
        return TwilioHttp.form("Weight", "10", "Priority", "1", "Enabled", "true", "FriendlyName", "PBX",
                "SipUrl", "sip:pbx.example.com:5061;transport=tls");
    }

    @Test
    void create_returns201_withEveryField() {
        Reply r = http.post("/v1/Trunks/" + trunk + "/OriginationUrls", valid());
        assertThat(r.status()).isEqualTo(201);
        JsonNode u = r.json();
        assertThat(u.path("sid").asText()).matches("OU[0-9a-f]{32}");
        assertThat(u.path("trunk_sid").asText()).isEqualTo(trunk);
        assertThat(u.path("weight").asInt()).isEqualTo(10);
        assertThat(u.path("priority").asInt()).isEqualTo(1);
        assertThat(u.path("enabled").asBoolean()).isTrue();
        assertThat(u.path("sip_url").asText()).isEqualTo("sip:pbx.example.com:5061;transport=tls");
        assertThat(u.path("url").asText()).isEqualTo(twilio.trunkingBaseUrl() + "/v1/Trunks/" + trunk
                + "/OriginationUrls/" + u.path("sid").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Weight", "Priority", "Enabled", "FriendlyName", "SipUrl"})
    void create_requiresAllFiveFields(String missing) {
        Map<String, String> form = new java.util.LinkedHashMap<>(valid());
        form.remove(missing);
        Reply r = http.post("/v1/Trunks/" + trunk + "/OriginationUrls", form);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.code()).isEqualTo(20001);
        assertThat(r.json().path("message").asText()).isEqualTo("Missing required parameter " + missing + " in the post body");
    }

    @Test
    void ranges_areTwilios_priority0To65535_weight1To65535() {
        String path = "/v1/Trunks/" + trunk + "/OriginationUrls";
        for (String[] bad : new String[][] {{"Priority", "-1"}, {"Priority", "65536"}, {"Weight", "0"}, {"Weight", "65536"},
                {"Weight", "ten"}, {"Enabled", "1"}}) {
            Map<String, String> form = new java.util.LinkedHashMap<>(valid());
            form.put(bad[0], bad[1]);
            Reply r = http.post(path, form);
            assertThat(r.status()).as(bad[0] + "=" + bad[1]).isEqualTo(400);
            assertThat(r.json().path("message").asText()).contains(bad[0]);
        }
        Map<String, String> edges = new java.util.LinkedHashMap<>(valid());
        edges.put("Priority", "0");
        edges.put("Weight", "65535");
        assertThat(http.post(path, edges).status()).isEqualTo(201);
    }

    @Test
    void sipsScheme_andNonSipUrls_areRefused() {
        String path = "/v1/Trunks/" + trunk + "/OriginationUrls";
        for (String bad : new String[] {"sips:pbx.example.com", "http://pbx.example.com", "pbx.example.com", "sip:",
                "sip:pbx example.com"}) {
            Map<String, String> form = new java.util.LinkedHashMap<>(valid());
            form.put("SipUrl", bad);
            assertThat(http.post(path, form).status()).as(bad).isEqualTo(400);
        }
        Map<String, String> specExample = new java.util.LinkedHashMap<>(valid());
        specExample.put("SipUrl", "sip://sip-box.com:1234");
        assertThat(http.post(path, specExample).json().path("sip_url").asText()).isEqualTo("sip://sip-box.com:1234");
    }

    @Test
    void atMostTenPerTrunk() {
        for (int i = 0; i < 10; i++) {
            http.originationUrl(trunk, "sip:pbx" + i + ".example.com", 10, 10, true);
        }
        Reply eleventh = http.post("/v1/Trunks/" + trunk + "/OriginationUrls", valid());
        assertThat(eleventh.status()).isEqualTo(400);
        assertThat(eleventh.json().path("message").asText()).contains("10 origination URLs");
        assertThat(twilio.simulator().counts().originationUrls()).isEqualTo(10);
    }

    @Test
    void update_isPartial_andDeleteRemoves() {
        String ou = http.originationUrl(trunk, "sip:pbx.example.com", 10, 60, true);
        String path = "/v1/Trunks/" + trunk + "/OriginationUrls/" + ou;
        Reply r = http.post(path, "Enabled", "false");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("enabled").asBoolean()).isFalse();
        assertThat(r.json().path("weight").asInt()).isEqualTo(60);
        assertThat(r.json().path("sip_url").asText()).isEqualTo("sip:pbx.example.com");
        assertThat(http.post(path, "Weight", "0").status()).isEqualTo(400);
        assertThat(http.get(path).json().path("weight").asInt()).isEqualTo(60);
        assertThat(http.get("/v1/Trunks/" + trunk + "/OriginationUrls").json().path("origination_urls")).hasSize(1);
        assertThat(http.delete(path).status()).isEqualTo(204);
        assertThat(http.get(path).status()).isEqualTo(404);
        assertThat(http.delete(path).code()).isEqualTo(20404);
    }

    @Test
    void originationUrlOfAnotherTrunk_isNotFound() {
        String other = http.trunk("other-ou.pstn.twilio.com");
        String ou = http.originationUrl(other, "sip:pbx.example.com", 10, 10, true);
        assertThat(http.get("/v1/Trunks/" + trunk + "/OriginationUrls/" + ou).status()).isEqualTo(404);
        assertThat(http.post("/v1/Trunks/TK" + "0".repeat(32) + "/OriginationUrls", valid()).status()).isEqualTo(404);
    }
}
