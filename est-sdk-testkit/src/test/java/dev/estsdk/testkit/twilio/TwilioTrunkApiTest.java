package dev.estsdk.testkit.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.estsdk.testkit.twilio.TwilioHttp.Reply;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TwilioTrunkApiTest {

    @RegisterExtension
    static TwilioSimulatorExtension twilio = TwilioSimulatorExtension.create(b -> b
            .initialInstant(Instant.parse("2026-01-02T03:04:05Z")).foreignDomains("taken-elsewhere.pstn.twilio.com",
                    "parent-elsewhere.pstn.twilio.com"));

    private TwilioHttp http;

    @BeforeEach
    void setUp() {
        http = new TwilioHttp(twilio.simulator());
    }

    @Test
    void create_returns201_withTwilioShapedTrunk() {
        Reply r = http.post("/v1/Trunks", "FriendlyName", "Acme HQ", "DomainName", "acme-hq.pstn.twilio.com",
                "DisasterRecoveryUrl", "https://example.com/dr", "DisasterRecoveryMethod", "POST",
                "TransferMode", "enable-all", "TransferCallerId", "from-transferor", "Secure", "true",
                "CnamLookupEnabled", "true");
        assertThat(r.status()).isEqualTo(201);
        JsonNode t = r.json();
        String sid = t.path("sid").asText();
        assertThat(sid).matches("TK[0-9a-f]{32}");
        assertThat(t.path("account_sid").asText()).isEqualTo(twilio.accountSid());
        assertThat(t.path("friendly_name").asText()).isEqualTo("Acme HQ");
        assertThat(t.path("domain_name").asText()).isEqualTo("acme-hq.pstn.twilio.com");
        assertThat(t.path("disaster_recovery_url").asText()).isEqualTo("https://example.com/dr");
        assertThat(t.path("disaster_recovery_method").asText()).isEqualTo("POST");
        assertThat(t.path("transfer_mode").asText()).isEqualTo("enable-all");
        assertThat(t.path("transfer_caller_id").asText()).isEqualTo("from-transferor");
        assertThat(t.path("secure").asBoolean()).isTrue();
        assertThat(t.path("cnam_lookup_enabled").asBoolean()).isTrue();
        assertThat(t.path("symmetric_rtp_enabled").asBoolean()).isFalse();
        assertThat(t.path("recording").path("mode").asText()).isEqualTo("do-not-record");
        assertThat(t.path("recording").path("trim").asText()).isEqualTo("do-not-trim");
        assertThat(t.path("auth_type").asText()).isEmpty();
        assertThat(t.path("auth_type_set").isArray()).isTrue();
        assertThat(t.path("date_created").asText()).isEqualTo("2026-01-02T03:04:05Z");
        assertThat(t.path("url").asText()).isEqualTo(twilio.trunkingBaseUrl() + "/v1/Trunks/" + sid);
        assertThat(t.path("links").path("origination_urls").asText())
                .isEqualTo(twilio.trunkingBaseUrl() + "/v1/Trunks/" + sid + "/OriginationUrls");
        assertThat(t.path("links").path("phone_numbers").asText()).endsWith("/PhoneNumbers");
        assertThat(t.path("links").size()).as("the four links of Twilio's examples").isEqualTo(4);
    }

    @Test
    void create_withNoFields_usesTwilioDefaults() {
        Reply r = http.post("/v1/Trunks");
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().path("domain_name").isNull()).isTrue();
        assertThat(r.json().path("transfer_mode").asText()).isEqualTo("disable-all");
        assertThat(r.json().path("transfer_caller_id").asText()).isEqualTo("from-transferee");
        assertThat(r.json().path("secure").asBoolean()).isFalse();
    }

    @Test
    void fetch_returnsTheTrunk_and404ForUnknownOrMalformedSid() {
        String sid = http.trunk("fetch-me.pstn.twilio.com");
        assertThat(http.get("/v1/Trunks/" + sid).json().path("domain_name").asText()).isEqualTo("fetch-me.pstn.twilio.com");
        Reply unknown = http.get("/v1/Trunks/TK" + "0".repeat(32));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo(20404);
        assertThat(unknown.json().path("message").asText()).isEqualTo("The requested resource /v1/Trunks/TK"
                + "0".repeat(32) + " was not found");
        assertThat(unknown.json().path("more_info").asText()).isEqualTo("https://www.twilio.com/docs/errors/20404");
        assertThat(unknown.json().path("status").asInt()).isEqualTo(404);
        assertThat(http.get("/v1/Trunks/not-a-sid").status()).isEqualTo(404);
        assertThat(http.get("/v1/Trunks/CL" + "0".repeat(32)).status()).isEqualTo(404);
    }

    @Test
    void update_isPartial_keepingUnsentFields() {
        String sid = http.trunk("partial.pstn.twilio.com");
        http.post("/v1/Trunks/" + sid, "DisasterRecoveryUrl", "https://example.com/dr", "CnamLookupEnabled", "true");
        Reply r = http.post("/v1/Trunks/" + sid, "Secure", "true");
        assertThat(r.status()).isEqualTo(200);
        JsonNode t = r.json();
        assertThat(t.path("secure").asBoolean()).isTrue();
        assertThat(t.path("cnam_lookup_enabled").asBoolean()).isTrue();
        assertThat(t.path("friendly_name").asText()).isEqualTo("Trunk partial.pstn.twilio.com");
        assertThat(t.path("disaster_recovery_url").asText()).isEqualTo("https://example.com/dr");
    }

    @Test
    void update_withEmptyValue_clearsTheField() {
        String sid = http.trunk("clear.pstn.twilio.com");
        http.post("/v1/Trunks/" + sid, "DisasterRecoveryUrl", "https://example.com/dr");
        Reply r = http.post("/v1/Trunks/" + sid, "DisasterRecoveryUrl", "");
        assertThat(r.json().path("disaster_recovery_url").isNull()).isTrue();
    }

    @Test
    void update_movesDateUpdated() {
        String sid = http.trunk("dates.pstn.twilio.com");
        twilio.simulator().advance(Duration.ofSeconds(90));
        JsonNode t = http.post("/v1/Trunks/" + sid, "FriendlyName", "renamed").json();
        assertThat(t.path("date_created").asText()).isEqualTo("2026-01-02T03:04:05Z");
        assertThat(t.path("date_updated").asText()).isEqualTo("2026-01-02T03:05:35Z");
    }

    @Test
    void list_returnsTrunksUnderMeta() {
        http.trunk("one.pstn.twilio.com");
        http.trunk("two.pstn.twilio.com");
        JsonNode page = http.get("/v1/Trunks").json();
        assertThat(page.path("trunks")).hasSize(2);
        assertThat(page.path("meta").path("key").asText()).isEqualTo("trunks");
        assertThat(page.path("meta").path("page_size").asInt()).isEqualTo(50);
        assertThat(page.path("meta").path("next_page_url").isNull()).isTrue();
    }

    @Test
    void delete_disassociatesNumbers_withoutReleasingThem() {
        String sid = http.trunk("delete-me.pstn.twilio.com");
        String pn = twilio.simulator().ownedNumbers().get("+14155550101");
        assertThat(http.post("/v1/Trunks/" + sid + "/PhoneNumbers", "PhoneNumberSid", pn).status()).isEqualTo(201);
        http.originationUrl(sid, "sip:pbx.example.com", 10, 10, true);
        assertThat(http.delete("/v1/Trunks/" + sid).status()).isEqualTo(204);
        assertThat(http.get("/v1/Trunks/" + sid).status()).isEqualTo(404);
        JsonNode number = http.get("./IncomingPhoneNumbers/" + pn + ".json").json();
        assertThat(number.path("phone_number").asText()).isEqualTo("+14155550101");
        assertThat(number.path("trunk_sid").isNull()).isTrue();
        assertThat(twilio.simulator().counts().ownedNumbers()).isEqualTo(5);
        assertThat(twilio.simulator().counts().originationUrls()).isZero();
    }

    @Test
    void domainName_mustEndWithPstnTwilioCom_andBeValidLabels() {
        for (String bad : new String[] {"acme", "acme.pstn.sinch.com", "-acme.pstn.twilio.com", "acme_1.pstn.twilio.com",
                "a..pstn.twilio.com", ".pstn.twilio.com", "acme pbx.pstn.twilio.com"}) {
            Reply r = http.post("/v1/Trunks", "DomainName", bad);
            assertThat(r.status()).as(bad).isEqualTo(400);
            assertThat(r.code()).as(bad).isEqualTo(20001);
            assertThat(r.json().path("message").asText()).contains("DomainName");
        }
    }

    @Test
    void domainName_isUniqueCaseInsensitively_code21248() {
        http.trunk("unique.pstn.twilio.com");
        Reply r = http.post("/v1/Trunks", "DomainName", "UNIQUE.pstn.twilio.com");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.code()).isEqualTo(21248);
        String other = http.trunk("other.pstn.twilio.com");
        assertThat(http.post("/v1/Trunks/" + other, "DomainName", "unique.pstn.twilio.com").code()).isEqualTo(21248);
    }

    @Test
    void domainName_ownedByAnotherAccount_isTaken() {
        assertThat(http.post("/v1/Trunks", "DomainName", "taken-elsewhere.pstn.twilio.com").code()).isEqualTo(21248);
    }

    @Test
    void deletedDomain_staysReservedForTheRetentionPeriod() {
        String sid = http.trunk("reserved.pstn.twilio.com");
        http.delete("/v1/Trunks/" + sid);
        assertThat(http.post("/v1/Trunks", "DomainName", "reserved.pstn.twilio.com").code()).isEqualTo(21248);
        twilio.simulator().advance(Duration.ofDays(30));
        assertThat(http.post("/v1/Trunks", "DomainName", "reserved.pstn.twilio.com").status()).isEqualTo(201);
    }

    @Test
    void subDomain_needsItsParentInThisAccount_code21247() {
        assertThat(http.post("/v1/Trunks", "DomainName", "a.parent.pstn.twilio.com").code()).isEqualTo(21247);
        assertThat(http.post("/v1/Trunks", "DomainName", "a.parent-elsewhere.pstn.twilio.com").code()).isEqualTo(21247);
        http.trunk("parent.pstn.twilio.com");
        assertThat(http.post("/v1/Trunks", "DomainName", "a.parent.pstn.twilio.com").status()).isEqualTo(201);
    }

    @Test
    void trunkWithSubDomains_cannotBeDeletedOrRenamed_code21247() {
        String parent = http.trunk("root.pstn.twilio.com");
        String child = http.trunk("leaf.root.pstn.twilio.com");
        assertThat(http.delete("/v1/Trunks/" + parent).code()).isEqualTo(21247);
        assertThat(http.post("/v1/Trunks/" + parent, "DomainName", "moved.pstn.twilio.com").code()).isEqualTo(21247);
        assertThat(http.delete("/v1/Trunks/" + child).status()).isEqualTo(204);
        assertThat(http.delete("/v1/Trunks/" + parent).status()).isEqualTo(204);
    }

    @Test
    void invalidValues_areRefusedNamingTheParameter() {
        assertThat(http.post("/v1/Trunks", "Secure", "yes").json().path("message").asText()).contains("Secure");
        assertThat(http.post("/v1/Trunks", "TransferMode", "all").json().path("message").asText()).contains("TransferMode");
        assertThat(http.post("/v1/Trunks", "TransferCallerId", "x").json().path("message").asText()).contains("TransferCallerId");
        assertThat(http.post("/v1/Trunks", "DisasterRecoveryMethod", "PUT").json().path("message").asText())
                .contains("DisasterRecoveryMethod");
        assertThat(http.post("/v1/Trunks", "DisasterRecoveryUrl", "ftp://x").json().path("message").asText())
                .contains("DisasterRecoveryUrl");
        assertThat(http.post("/v1/Trunks", "FriendlyName", "n".repeat(65)).json().path("message").asText())
                .contains("FriendlyName");
        assertThat(http.post("/v1/Trunks", "FriendlyName", "a\r\nb").status()).isEqualTo(400);
        assertThat(twilio.simulator().counts().trunks()).isZero();
    }

    @Test
    void refusedUpdate_changesNothing() {
        String sid = http.trunk("atomic.pstn.twilio.com");
        assertThat(http.post("/v1/Trunks/" + sid, "FriendlyName", "new name", "Secure", "maybe").status()).isEqualTo(400);
        assertThat(http.get("/v1/Trunks/" + sid).json().path("friendly_name").asText()).isEqualTo("Trunk atomic.pstn.twilio.com");
    }

    @Test
    void recording_fetchAndPartialUpdate() {
        String sid = http.trunk("rec.pstn.twilio.com");
        assertThat(http.get("/v1/Trunks/" + sid + "/Recording").json().path("mode").asText()).isEqualTo("do-not-record");
        Reply r = http.post("/v1/Trunks/" + sid + "/Recording", "Mode", "record-from-answer-dual");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("mode").asText()).isEqualTo("record-from-answer-dual");
        assertThat(r.json().path("trim").asText()).isEqualTo("do-not-trim");
        http.post("/v1/Trunks/" + sid + "/Recording", "Trim", "trim-silence");
        JsonNode trunk = http.get("/v1/Trunks/" + sid).json();
        assertThat(trunk.path("recording").path("mode").asText()).isEqualTo("record-from-answer-dual");
        assertThat(trunk.path("recording").path("trim").asText()).isEqualTo("trim-silence");
        assertThat(http.post("/v1/Trunks/" + sid + "/Recording", "Mode", "always").code()).isEqualTo(20001);
    }

    @Test
    void recordingAndTrunkFieldsOutsideTheApi_areIgnoredOnCreate() {
        Reply r = http.post("/v1/Trunks", "SymmetricRtpEnabled", "true", "Sid", "TK" + "1".repeat(32));
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().path("symmetric_rtp_enabled").asBoolean()).isFalse();
        assertThat(r.json().path("sid").asText()).isNotEqualTo("TK" + "1".repeat(32));
    }
}
