package dev.estsdk.testkit.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.estsdk.testkit.twilio.TwilioHttp.Reply;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Authentication, request ids, routing errors, content types and paging, over plain HTTP. */
class TwilioHttpConventionsTest {

    @RegisterExtension
    static TwilioSimulatorExtension twilio = TwilioSimulatorExtension.create(b -> b.ownedNumbers(numbers(120)));

    private TwilioHttp http;

    private static String[] numbers(int count) {
        String[] out = new String[count];
        for (int i = 0; i < count; i++) {
            out[i] = String.format("+1202555%04d", i);
        }
        return out;
    }

    @BeforeEach
    void setUp() {
        http = new TwilioHttp(twilio.simulator());
    }

    @Test
    void accountSidAndAuthToken_orApiKey_authenticate() {
        assertThat(http.get("/v1/Trunks").status()).isEqualTo(200);
        TwilioSimulator sim = twilio.simulator();
        assertThat(http.withAuthorization(TwilioHttp.basic(sim.apiKeySid(), sim.apiKeySecret())).get("/v1/Trunks").status())
                .isEqualTo(200);
        assertThat(http.withAuthorization(TwilioHttp.basic(sim.apiKeySid(), sim.apiKeySecret()))
                .get("./SIP/CredentialLists.json").status()).isEqualTo(200);
    }

    @Test
    void wrongOrMissingCredentials_are401_code20003() {
        TwilioSimulator sim = twilio.simulator();
        for (String auth : new String[] {null, TwilioHttp.basic(sim.accountSid(), "wrong"),
                TwilioHttp.basic(sim.apiKeySid(), sim.authToken()), TwilioHttp.basic("AC" + "f".repeat(32), sim.authToken()),
                "Bearer " + sim.authToken(), "Basic !!!"}) {
            Reply r = http.withAuthorization(auth).get("/v1/Trunks");
            assertThat(r.status()).as(String.valueOf(auth)).isEqualTo(401);
            assertThat(r.code()).isEqualTo(20003);
            assertThat(r.json().path("more_info").asText()).isEqualTo("https://www.twilio.com/docs/errors/20003");
            assertThat(r.header("WWW-Authenticate")).startsWith("Basic");
            assertThat(r.body()).doesNotContain(sim.authToken());
        }
        assertThat(twilio.simulator().counts().trunks()).isZero();
    }

    @Test
    void everyAnswer_carriesATwilioRequestId() {
        Set<String> ids = new HashSet<>();
        for (Reply r : List.of(http.get("/v1/Trunks"), http.get("/v1/Nope"), http.post("/v1/Trunks", "DomainName", "x"),
                http.withAuthorization(null).get("/v1/Trunks"))) {
            String id = r.header("Twilio-Request-Id");
            assertThat(id).matches("RQ[0-9a-f]{32}");
            ids.add(id);
        }
        assertThat(ids).hasSize(4);
    }

    @Test
    void unknownPath_is404_andWrongMethod_is405() {
        Reply unknown = http.get("/v1/Trunkz");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo(20404);
        Reply wrongMethod = http.send("PUT", "/v1/Trunks", "", "application/x-www-form-urlencoded");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.code()).isEqualTo(20004);
        assertThat(wrongMethod.header("Allow")).isEqualTo("GET, POST");
        assertThat(http.get("./SIP/IpAccessControlLists").status()).isEqualTo(404);
    }

    @Test
    void anotherAccountInThePath_isNotFound() {
        assertThat(http.get("/2010-04-01/Accounts/AC" + "f".repeat(32) + "/SIP/IpAccessControlLists.json").status())
                .isEqualTo(404);
        assertThat(http.get("/2010-04-01/Accounts/not-an-account/SIP/IpAccessControlLists.json").status()).isEqualTo(404);
    }

    @Test
    void writesMustBeFormEncoded() {
        Reply json = http.postRaw("/v1/Trunks", "{\"FriendlyName\":\"x\"}", "application/json");
        assertThat(json.status()).isEqualTo(400);
        assertThat(json.json().path("message").asText()).contains("application/x-www-form-urlencoded");
        assertThat(twilio.simulator().counts().trunks()).isZero();
        assertThat(http.postRaw("/v1/Trunks", "FriendlyName=Caf%C3%A9+HQ", "application/x-www-form-urlencoded; charset=UTF-8")
                .json().path("friendly_name").asText()).isEqualTo("Café HQ");
    }

    @Test
    void v1Paging_followsAbsoluteNextPageUrls_acrossSeveralPages() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            created.add(http.trunk("page" + i + ".pstn.twilio.com"));
        }
        List<String> seen = new ArrayList<>();
        String url = "/v1/Trunks?PageSize=3";
        int pages = 0;
        while (url != null) {
            JsonNode page = http.get(url).json();
            JsonNode meta = page.path("meta");
            assertThat(meta.path("page").asInt()).isEqualTo(pages);
            assertThat(meta.path("page_size").asInt()).isEqualTo(3);
            assertThat(meta.path("key").asText()).isEqualTo("trunks");
            assertThat(meta.path("first_page_url").asText()).isEqualTo(twilio.trunkingBaseUrl() + "/v1/Trunks?PageSize=3&Page=0");
            page.path("trunks").forEach(t -> seen.add(t.path("sid").asText()));
            url = meta.path("next_page_url").isNull() ? null : meta.path("next_page_url").asText();
            if (url != null) {
                assertThat(url).startsWith(twilio.trunkingBaseUrl() + "/v1/Trunks?").contains("PageToken=PA");
            }
            if (pages > 0) {
                assertThat(meta.path("previous_page_url").asText()).contains("PageToken=");
            }
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyElementsOf(created);
    }

    @Test
    void paging2010_followsRelativeNextPageUris_withStartAndEnd() {
        List<String> seen = new ArrayList<>();
        String uri = "./IncomingPhoneNumbers.json?PageSize=50";
        int pages = 0;
        while (uri != null) {
            JsonNode page = http.get(uri).json();
            assertThat(page.path("page").asInt()).isEqualTo(pages);
            assertThat(page.path("start").asInt()).isEqualTo(pages * 50);
            int count = page.path("incoming_phone_numbers").size();
            assertThat(page.path("end").asInt()).isEqualTo(pages * 50 + count - 1);
            assertThat(page.path("uri").asText()).startsWith("/2010-04-01/Accounts/");
            page.path("incoming_phone_numbers").forEach(n -> seen.add(n.path("phone_number").asText()));
            uri = page.path("next_page_uri").isNull() ? null : page.path("next_page_uri").asText();
            if (uri != null) {
                assertThat(uri).startsWith("/2010-04-01/Accounts/" + twilio.accountSid() + "/IncomingPhoneNumbers.json?");
            }
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(120).containsExactly(numbers(120));
    }

    @Test
    void paging_keepsFiltersInTheLinks() {
        JsonNode page = http.get("./IncomingPhoneNumbers.json?PhoneNumber=%2B1202555000*&PageSize=4").json();
        assertThat(page.path("incoming_phone_numbers")).hasSize(4);
        String next = page.path("next_page_uri").asText();
        assertThat(next).contains("PhoneNumber=%2B1202555000*");
        JsonNode second = http.get(next).json();
        assertThat(second.path("incoming_phone_numbers")).hasSize(4);
        assertThat(second.path("incoming_phone_numbers").get(0).path("phone_number").asText()).isEqualTo("+12025550004");
        JsonNode third = http.get(second.path("next_page_uri").asText()).json();
        assertThat(third.path("incoming_phone_numbers")).hasSize(2);
        assertThat(third.path("next_page_uri").isNull()).isTrue();
    }

    @Test
    void handMadePageToken_is400_code21481() {
        Reply r = http.get("/v1/Trunks?PageSize=2&Page=1&PageToken=PAmadeup");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.code()).isEqualTo(21481);
        String token = http.get("./IncomingPhoneNumbers.json?PageSize=2").json().path("next_page_uri").asText()
                .replaceAll(".*PageToken=", "");
        assertThat(http.get("/v1/Trunks?PageSize=2&PageToken=" + token).code()).isEqualTo(21481);
    }

    @Test
    void pageSize_mustBe1To1000() {
        assertThat(http.get("/v1/Trunks?PageSize=0").status()).isEqualTo(400);
        assertThat(http.get("/v1/Trunks?PageSize=1001").status()).isEqualTo(400);
        assertThat(http.get("/v1/Trunks?PageSize=ten").status()).isEqualTo(400);
        assertThat(http.get("/v1/Trunks?PageSize=1000").status()).isEqualTo(200);
    }

    @Test
    void reset_forgetsIssuedPageTokens() {
        String next = http.get("./IncomingPhoneNumbers.json?PageSize=10").json().path("next_page_uri").asText();
        twilio.simulator().reset();
        assertThat(http.get(next).code()).isEqualTo(21481);
    }
}
