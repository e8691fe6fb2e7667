package dev.estsdk.testkit.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import dev.estsdk.testkit.twilio.TwilioHttp.Reply;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TwilioFaultsAndControlTest {

    @RegisterExtension
    static TwilioSimulatorExtension twilio = TwilioSimulatorExtension.create();

    private TwilioHttp http;

    @BeforeEach
    void setUp() {
        http = new TwilioHttp(twilio.simulator());
    }

    @Test
    void rateLimit_is429_code20429_withRetryAfter_andChangesNothing() {
        twilio.simulator().faults().rateLimitNext(1, Duration.ofSeconds(2));
        Reply r = http.post("/v1/Trunks", "FriendlyName", "x");
        assertThat(r.status()).isEqualTo(429);
        assertThat(r.code()).isEqualTo(20429);
        assertThat(r.header("Retry-After")).isEqualTo("2");
        assertThat(twilio.simulator().counts().trunks()).isZero();
        assertThat(http.post("/v1/Trunks", "FriendlyName", "x").status()).isEqualTo(201);
    }

    @Test
    void perOperationFaults_hitOnlyThatOperation() {
        twilio.simulator().faults().forOperation(TwilioOperation.LIST_TRUNKS).failNext(2, 503);
        assertThat(http.post("/v1/Trunks").status()).isEqualTo(201);
        assertThat(http.get("/v1/Trunks").status()).isEqualTo(503);
        assertThat(http.get("/v1/Trunks").json().path("status").asInt()).isEqualTo(503);
        assertThat(http.get("/v1/Trunks").status()).isEqualTo(200);
    }

    @Test
    void faults_areDecidedBeforeAuthentication_andSkipUnknownPaths() {
        twilio.simulator().faults().failNext(1, 500);
        assertThat(http.get("/v1/Unknown").status()).isEqualTo(404);
        assertThat(http.withAuthorization(null).get("./SIP/CredentialLists.json").status()).isEqualTo(500);
    }

    @Test
    void connectionReset_failsTheRequest_andChangesNothing() {
        twilio.simulator().faults().networkFaultNext(1, Fault.CONNECTION_RESET_BY_PEER);
        assertThatThrownBy(() -> http.post("/v1/Trunks", "FriendlyName", "reset")).isInstanceOf(UncheckedIOException.class);
        assertThat(twilio.simulator().counts().trunks()).isZero();
        assertThat(http.post("/v1/Trunks", "FriendlyName", "reset").status()).isEqualTo(201);
    }

    @Test
    void faultArguments_areChecked() {
        assertThatThrownBy(() -> twilio.simulator().faults().failNext(1, 429)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> twilio.simulator().faults().failNext(0, 500)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> twilio.simulator().faults().serverErrorRate(2, 500)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void requestJournal_recordsFormBodies() {
        http.post("/v1/Trunks", "FriendlyName", "Journal", "Secure", "true");
        var requests = twilio.simulator().wireMock().getAllServeEvents();
        assertThat(requests).hasSize(1);
        assertThat(requests.get(0).getRequest().getBodyAsString()).isEqualTo("FriendlyName=Journal&Secure=true");
    }

    @Test
    void controlEndpoints_reset_counts_clock() {
        http.trunk("control.pstn.twilio.com");
        Reply counts = http.withAuthorization(null).get("/_simulator/counts");
        assertThat(counts.json().path("trunks").asInt()).isEqualTo(1);
        assertThat(counts.json().path("ownedNumbers").asInt()).isEqualTo(5);
        String before = http.get("/_simulator/clock").json().path("now").asText();
        Reply advanced = http.postRaw("/_simulator/clock/advance", "{\"seconds\":60}", "application/json");
        assertThat(java.time.Instant.parse(advanced.json().path("now").asText()))
                .isEqualTo(java.time.Instant.parse(before).plusSeconds(60));
        assertThat(http.postRaw("/_simulator/clock/advance", "{\"seconds\":-1}", "application/json").status()).isEqualTo(400);
        assertThat(http.withAuthorization(null).postRaw("/_simulator/reset", "", null).status()).isEqualTo(204);
        assertThat(twilio.simulator().counts().isEmpty()).isTrue();
        assertThat(http.get("/_simulator/nothing").status()).isEqualTo(404);
    }

    @Test
    void sipInvite_overHttp() {
        String trunk = http.trunk("http-sip.pstn.twilio.com");
        String acl = http.acl("HQ", "203.0.113.0/24");
        http.post("/v1/Trunks/" + trunk + "/IpAccessControlLists", "IpAccessControlListSid", acl);
        Reply ok = http.postRaw("/_simulator/sip/invite", "{\"direction\":\"termination\",\"sourceIp\":\"203.0.113.7\","
                + "\"to\":\"+14155550100\",\"domain\":\"http-sip.pstn.twilio.com\"}", "application/json");
        assertThat(ok.json().path("status").asInt()).isEqualTo(200);
        assertThat(ok.json().path("trunkSid").asText()).isEqualTo(trunk);
        Reply bad = http.postRaw("/_simulator/sip/invite", "{\"direction\":\"sideways\",\"to\":\"+1\"}", "application/json");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("message").asText()).contains("TERMINATION or ORIGINATION");
    }
}
