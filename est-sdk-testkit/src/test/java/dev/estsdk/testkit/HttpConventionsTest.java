package dev.estsdk.testkit;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HttpConventionsTest {

    @RegisterExtension
    static EstSimulatorExtension est = EstSimulatorExtension.create();

    private EstHttp http;

    @BeforeEach
    void setUp() {
        http = new EstHttp(est.simulator());
    }

    @Test
    void unknownPath_returns404InTheErrorShape() {
        Reply r = http.get("/nothingHere");

        assertThat(r.status()).isEqualTo(404);
        JsonNode e = r.json();
        assertThat(e.get("code").asInt()).isEqualTo(404);
        assertThat(e.get("status").asText()).isEqualTo("NO_RESOURCE_FOUND");
        assertThat(e.get("message").asText()).contains("/nothingHere");
        assertThat(e.get("details").isArray()).isTrue();
        assertThat(http.get("/v2/whatever").status()).isEqualTo(404);
    }

    @Test
    void unsupportedMethod_returns405WithAllowHeader() {
        Reply r = http.send("PATCH", "/trunks", "{}", Map.of("Content-Type", "application/json"));

        assertThat(r.status()).isEqualTo(405);
        assertThat(r.errorStatus()).isEqualTo("METHOD_NOT_ALLOWED");
        assertThat(r.header("Allow")).contains("GET").contains("POST");
    }

    @Test
    void acceptWithoutJson_returns406_butWildcardsAreFine() {
        assertThat(http.send("GET", "/trunks", null, Map.of("Accept", "text/html")).status()).isEqualTo(406);
        assertThat(http.send("GET", "/trunks", null, Map.of("Accept", "*/*")).status()).isEqualTo(200);
        assertThat(http.send("GET", "/trunks", null, Map.of("Accept", "application/json;charset=UTF-8")).status())
                .isEqualTo(200);
    }

    @Test
    void bodyThatIsNotJson_returns415() {
        Reply form = http.send("POST", "/trunks", "name=a&hostName=b",
                Map.of("Content-Type", "application/x-www-form-urlencoded"));

        assertThat(form.status()).isEqualTo(415);
        assertThat(form.errorStatus()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
        assertThat(http.send("POST", "/trunks", EstHttp.j("{'name':'A','hostName':'charset'}"),
                Map.of("Content-Type", "application/json; charset=utf-8")).status()).isEqualTo(201);
    }

    @Test
    void malformedJsonOrMissingBody_returns400ValidationFailed() {
        Reply malformed = http.send("POST", "/trunks", "{\"name\":", Map.of("Content-Type", "application/json"));
        Reply missing = http.send("POST", "/trunks", null, Map.of());
        Reply wrongType = http.post("/trunks", "{'name':'A','hostName':'x','enableCallerName':{'a':1}}");

        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("message").asText()).isEqualTo("Failed to read HTTP message");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.errorStatus()).isEqualTo("VALIDATION_FAILED");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().at("/details/0/fieldViolations/0/field").asText()).isEqualTo("enableCallerName");
    }

    @Test
    void genericListPagination_defaults500_max500_pagesBeyondTheEndAreEmpty() {
        for (int i = 0; i < 3; i++) {
            http.trunk("page-" + i);
        }

        JsonNode page2 = http.get("/trunks?page=2&size=2").json();
        JsonNode beyond = http.get("/trunks?page=9&size=2").json();

        assertThat(page2.get("trunks").findValuesAsText("hostName")).containsExactly("page-2");
        assertThat(page2.get("pageNumber").asInt()).isEqualTo(2);
        assertThat(page2.get("size").asInt()).isEqualTo(2);
        assertThat(page2.get("pageSize").asInt()).as("the official SDK's paginator reads pageSize").isEqualTo(2);
        assertThat(page2.get("totalItems").asInt()).isEqualTo(3);
        assertThat(beyond.get("trunks")).isEmpty();
        assertThat(http.get("/trunks?size=500").status()).isEqualTo(200);
        assertThat(http.get("/trunks?size=501").status()).isEqualTo(400);
        assertThat(http.get("/trunks?size=0").status()).isEqualTo(400);
        assertThat(http.get("/trunks?page=0").status()).isEqualTo(400);
        assertThat(http.get("/trunks?page=abc").json().at("/details/0/fieldViolations/0/field").asText())
                .isEqualTo("page");
    }

    @Test
    void requestJournal_staysAvailableThroughWireMock() {
        http.trunk("journal");

        assertThat(est.simulator().wireMock().findAll(postRequestedFor(urlEqualTo("/v1/projects/sim-project/trunks"))))
                .hasSize(1);
        JsonNode journal = http.get("/__admin/requests").json();
        assertThat(journal.get("requests").findValuesAsText("url")).contains("/v1/projects/sim-project/trunks");
    }

    @Test
    void noResponseEverContainsAPassword() {
        String secret = "TopSecretPassw0rd";
        String list = http.credentialList("nobody", secret);
        String trunk = http.trunk("pw-scan");
        http.linkCredentialList(trunk, list);
        http.put("/credentialLists/" + list + "/credentials/another", "{'password':'" + secret + "'}");

        for (String path : new String[] {"/credentialLists", "/credentialLists/" + list,
            "/credentialLists/" + list + "/trunks", "/trunks/" + trunk + "/credentialLists"}) {
            assertThat(http.get(path).text()).as(path).doesNotContain(secret).doesNotContainIgnoringCase("password");
        }
    }
}
