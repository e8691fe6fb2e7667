package dev.estsdk.testkit.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Twilio simulator's {@code /_simulator/} dashboard and every JSON its page reads, secrets masked. */
class TwilioDashboardTest {

    private static final String PASSWORD = "Dashboard-Passw0rd-1";
    private static final String TOKEN = "dashboard-auth-token-value";
    private static final String KEY_SECRET = "dashboard-key-secret-value";

    @RegisterExtension
    static final TwilioSimulatorExtension TWILIO = TwilioSimulatorExtension.create(b -> b.authToken(TOKEN)
            .apiKey(TwilioSimulator.DEFAULT_API_KEY_SID, KEY_SECRET));

    private TwilioHttp http;
    private String trunk;

    @BeforeEach
    void provision(TwilioSimulator sim) {
        http = new TwilioHttp(sim);
        trunk = http.post("/v1/Trunks", "FriendlyName", "Acme HQ", "DomainName", "acme-hq.pstn.twilio.com")
                .json().path("sid").asText();
        http.post("/v1/Trunks/" + trunk + "/OriginationUrls", "FriendlyName", "backup", "SipUrl", "sip:pbx2.example.com",
                "Priority", "20", "Weight", "10", "Enabled", "true");
        http.post("/v1/Trunks/" + trunk + "/OriginationUrls", "FriendlyName", "primary", "SipUrl", "sip:pbx1.example.com",
                "Priority", "10", "Weight", "50", "Enabled", "false");
        String acl = http.post("./SIP/IpAccessControlLists.json", "FriendlyName", "HQ SBC").json().path("sid").asText();
        http.post("./SIP/IpAccessControlLists/" + acl + "/IpAddresses.json", "FriendlyName", "sbc",
                "IpAddress", "203.0.113.0", "CidrPrefixLength", "24");
        String list = http.post("./SIP/CredentialLists.json", "FriendlyName", "Desk phones").json().path("sid").asText();
        http.post("./SIP/CredentialLists/" + list + "/Credentials.json", "Username", "alice01", "Password", PASSWORD);
        http.post("./SIP/CredentialLists.json", "FriendlyName", "Unused list");
        http.post("/v1/Trunks/" + trunk + "/IpAccessControlLists", "IpAccessControlListSid", acl);
        http.post("/v1/Trunks/" + trunk + "/CredentialLists", "CredentialListSid", list);
        String number = sim.ownedNumbers().get(TwilioSimulator.DEFAULT_OWNED_NUMBERS.get(0));
        http.post("/v1/Trunks/" + trunk + "/PhoneNumbers", "PhoneNumberSid", number);
    }

    @Test
    void page_isServedWithoutAuth_asHtml() {
        TwilioHttp.Reply page = http.withAuthorization(null).get("/_simulator/");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("Twilio Elastic SIP Trunking simulator", "fetch('state')", "fetch('journal')");
    }

    @Test
    void state_showsTrunksWithOriginationUrlsByPriority_associations_andAccountLevelLists() {
        JsonNode state = http.withAuthorization(null).get("/_simulator/state").json();

        assertThat(state.path("carrier").asText()).isEqualTo("twilio");
        JsonNode t = state.path("trunks").get(0);
        assertThat(t.path("sid").asText()).isEqualTo(trunk);
        assertThat(t.path("domainName").asText()).isEqualTo("acme-hq.pstn.twilio.com");
        assertThat(t.path("originationUrls")).extracting(u -> u.path("sipUrl").asText())
                .containsExactly("sip:pbx1.example.com", "sip:pbx2.example.com");
        assertThat(t.path("originationUrls").get(0).path("enabled").asBoolean()).isFalse();
        assertThat(t.path("ipAccessControlLists").get(0).path("ipAddresses").get(0).asText()).isEqualTo("203.0.113.0/24");
        assertThat(t.path("credentialLists").get(0).path("credentials").get(0).path("username").asText())
                .isEqualTo("alice01");
        assertThat(t.path("phoneNumbers")).extracting(JsonNode::asText)
                .containsExactly(TwilioSimulator.DEFAULT_OWNED_NUMBERS.get(0));
        assertThat(state.path("credentialLists")).extracting(l -> l.path("friendlyName").asText())
                .containsExactly("Desk phones", "Unused list");
        assertThat(state.path("ipAccessControlLists")).hasSize(1);
        assertThat(state.path("phoneNumbers")).hasSize(TwilioSimulator.DEFAULT_OWNED_NUMBERS.size());
    }

    @Test
    void noJsonThePageReads_carriesASecret() {
        http.get("/v1/Trunks?PageSize=7");
        for (String path : new String[] {"/_simulator/", "/_simulator/state", "/_simulator/journal"}) {
            String body = http.withAuthorization(null).get(path).body();
            assertThat(body).as(path).doesNotContain(PASSWORD, TOKEN, KEY_SECRET);
        }
        JsonNode state = http.get("/_simulator/state").json();
        assertThat(state.path("authToken").asText()).isEqualTo("***");
        assertThat(state.path("apiKeySecret").asText()).isEqualTo("***");
        assertThat(state.path("trunks").get(0).path("credentialLists").get(0).path("credentials").get(0)
                .path("password").asText()).isEqualTo("***");
    }

    @Test
    void journal_listsApiRequestsNewestFirst_withTheAuthSchemeMasked_andNotTheDashboardsOwnReads() {
        http.get("/v1/Trunks?PageSize=7");
        http.withAuthorization(null).get("/_simulator/state");

        JsonNode requests = http.withAuthorization(null).get("/_simulator/journal").json().path("requests");

        JsonNode newest = requests.get(0);
        assertThat(newest.path("method").asText()).isEqualTo("GET");
        assertThat(newest.path("url").asText()).isEqualTo("/v1/Trunks?PageSize=7");
        assertThat(newest.path("status").asInt()).isEqualTo(200);
        assertThat(newest.path("auth").asText()).isEqualTo("Basic ***");
        assertThat(requests).noneMatch(r -> r.path("url").asText().startsWith("/_simulator/"));
    }

    @Test
    void reset_emptiesWhatTheDashboardShows() {
        http.post("/_simulator/reset");

        JsonNode state = http.get("/_simulator/state").json();
        assertThat(state.path("trunks")).isEmpty();
        assertThat(state.path("credentialLists")).isEmpty();
        assertThat(http.get("/_simulator/journal").json().path("requests")).isEmpty();
    }
}
