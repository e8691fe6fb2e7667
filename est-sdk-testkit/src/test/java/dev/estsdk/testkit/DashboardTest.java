package dev.estsdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The dashboard at /_simulator/ and the JSON it reads. */
class DashboardTest {

    private static final String PASSWORD = "Dashboard-Passw0rd";

    @RegisterExtension
    static EstSimulatorExtension est = EstSimulatorExtension.create();

    private EstHttp http;

    @BeforeEach
    void setUp() {
        http = new EstHttp(est.simulator());
    }

    @Test
    void page_isServedFromTheJar_withItsStylesAndScript() {
        Reply page = http.get("/_simulator/");
        Reply css = http.get("/_simulator/dashboard.css");
        Reply js = http.get("/_simulator/dashboard.js");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.text()).contains("<title>EST simulator</title>", "dashboard.js", "dashboard.css");
        assertThat(css.header("Content-Type")).startsWith("text/css");
        assertThat(js.header("Content-Type")).startsWith("text/javascript");
        assertThat(js.text()).contains("textContent").doesNotContain("innerHTML =");
    }

    @Test
    void state_showsEachTrunkAsATree_endpointsByPriority() {
        String trunk = http.trunk("acme");
        String acl = http.acl("203.0.113.0", 24);
        String list = http.credentialList("alice01", PASSWORD);
        http.linkAcl(trunk, acl);
        http.linkCredentialList(trunk, list);
        http.post("/trunks/" + trunk + "/endpoints", "{'name':'backup','address':'198.51.100.2','priority':2}");
        http.post("/trunks/" + trunk + "/endpoints", "{'name':'main','address':'198.51.100.1','priority':1}");
        http.assign(trunk, "+12025550101");

        JsonNode state = http.get("/_simulator/state").json();

        JsonNode t = state.at("/projects/0/trunks/0");
        assertThat(state.at("/projects/0/projectId").asText()).isEqualTo(est.projectId());
        assertThat(t.get("domain").asText()).isEqualTo("acme.pstn.sinch.com");
        assertThat(t.at("/accessControlLists/0/ipRanges/0/ipAddress").asText()).isEqualTo("203.0.113.0");
        assertThat(t.at("/accessControlLists/0/ipRanges/0/range").asInt()).isEqualTo(24);
        assertThat(t.at("/credentialLists/0/credentials/0/username").asText()).isEqualTo("alice01");
        assertThat(t.at("/credentialLists/0/credentials/0/password").asText()).isEqualTo("***");
        assertThat(t.get("endpoints").findValuesAsText("name")).containsExactly("main", "backup");
        assertThat(t.get("phoneNumbers").toString()).isEqualTo("[\"+12025550101\"]");
        assertThat(state.at("/projects/0/counts/ownedNumbers").asInt()).isEqualTo(6);
        assertThat(Instant.parse(state.get("now").asText())).isEqualTo(est.simulator().now());
    }

    @Test
    void nothingTheDashboardReads_containsASecret() {
        EstSimulator sim = est.simulator();
        String trunk = http.trunk("secrets");
        String list = http.credentialList("bob01", PASSWORD);
        http.linkCredentialList(trunk, list);
        http.put("/credentialLists/" + list + "/credentials/carol01", "{'password':'Another-Passw0rd'}");
        String token = http.token();
        new EstHttp(sim).withAuthorization("Bearer " + token).get("/trunks");
        http.send("POST", "/oauth2/token", "grant_type=client_credentials&client_id=" + sim.keyId()
                + "&client_secret=" + sim.keySecret(), Map.of("Content-Type", "application/x-www-form-urlencoded"));
        http.get("/trunks?access_token=" + token);
        http.post("/_simulator/sip/register", "{'domain':'secrets.pstn.sinch.com','username':'bob01','password':'"
                + PASSWORD + "'}");

        String everything = http.get("/_simulator/state").text() + http.get("/_simulator/journal").text()
                + http.get("/_simulator/propagation").text() + http.get("/_simulator/").text()
                + http.get("/_simulator/dashboard.js").text();

        assertThat(everything).doesNotContain(sim.keySecret(), token, PASSWORD, "Another-Passw0rd",
                EstHttp.basic(sim.keyId(), sim.keySecret()).substring("Basic ".length()));
        JsonNode journal = http.get("/_simulator/journal").json().get("requests");
        assertThat(journal.findValuesAsText("auth")).contains("Basic ***", "Bearer ***");
        assertThat(journal.findValuesAsText("url")).contains("/v1/projects/" + sim.projectId()
                + "/trunks?access_token=***");
    }

    @Test
    void journal_isNewestFirst_marksInjectedFaults_andLeavesOutTheDashboardsOwnReads() {
        est.simulator().faults().failNext(1, 503);
        http.get("/trunks");
        http.get("/_simulator/state");
        http.get("/trunks?page=1");

        JsonNode requests = http.get("/_simulator/journal").json().get("requests");

        assertThat(requests.findValuesAsText("url")).containsExactly(
                "/v1/projects/" + est.projectId() + "/trunks?page=1", "/v1/projects/" + est.projectId() + "/trunks");
        assertThat(requests.get(0).get("status").asInt()).isEqualTo(200);
        assertThat(requests.get(0).get("fault").isNull()).isTrue();
        assertThat(requests.get(1).get("status").asInt()).isEqualTo(503);
        assertThat(requests.get(1).get("fault").asText()).isEqualTo("503");
    }

    @Test
    void propagation_listsWhatTheEdgeDoesNotSeeYet_andUntilWhen() {
        Instant now = est.simulator().now();
        String trunk = http.trunk("pending");

        JsonNode project = http.get("/_simulator/propagation").json().at("/projects/0");
        est.simulator().advance(Duration.ofSeconds(60));
        JsonNode later = http.get("/_simulator/propagation").json().at("/projects/0");

        assertThat(project.get("pendingChanges").asInt()).isEqualTo(1);
        JsonNode change = project.at("/changes/0");
        assertThat(Instant.parse(change.get("madeAt").asText())).isEqualTo(now);
        assertThat(Instant.parse(change.get("inForceAt").asText())).isEqualTo(now.plusSeconds(60));
        assertThat(change.at("/keys/0/kind").asText()).isEqualTo("trunk");
        assertThat(change.at("/keys/0/key").asText()).isEqualTo(trunk);
        assertThat(later.get("pendingChanges").asInt()).isZero();
    }

    @Test
    void state_refusesABadTrunkLimit_namingTheParameter() {
        Reply r = http.get("/_simulator/state?trunks=0");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.text()).contains("trunks: must be between 1 and 10000");
    }
}
