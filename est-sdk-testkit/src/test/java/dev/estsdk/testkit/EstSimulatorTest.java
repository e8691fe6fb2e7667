package dev.estsdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The plain Java API: builder, accessors, clock, seeding, inspection, reset, close. */
class EstSimulatorTest {

    @Test
    void start_usesTheDocumentedDefaults() {
        try (EstSimulator sim = EstSimulator.start()) {
            assertThat(sim.projectId()).isEqualTo("sim-project");
            assertThat(sim.keyId()).isEqualTo("sim-key");
            assertThat(sim.keySecret()).isEqualTo("sim-secret-0123456789");
            assertThat(sim.port()).isPositive();
            assertThat(sim.baseUrl()).isEqualTo("http://127.0.0.1:" + sim.port());
            assertThat(sim.authUrl()).isEqualTo("http://127.0.0.1:" + sim.port() + "/oauth2/token");
            assertThat(sim.propagationDelay()).isEqualTo(Duration.ofSeconds(60));
            assertThat(sim.sipDomainSuffix()).isEqualTo("pstn.sinch.com");
            assertThat(sim.counts().isEmpty()).isTrue();
            assertThat(new EstHttp(sim).get("/phoneNumbers").json().get("totalItems").asInt())
                    .isEqualTo(EstSimulator.DEFAULT_OWNED_NUMBERS.size());
            assertThat(new EstHttp(sim).get("/calls").json().get("totalItems").asInt())
                    .as("sample calls from the last 24 hours").isGreaterThan(5);
        }
    }

    @Test
    void builder_appliesEverySetting() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Instant start = Instant.parse("2030-01-01T00:00:00Z");
        try (EstSimulator sim = EstSimulator.builder().port(port).projectId("p-1").keyId("k-1")
                .keySecret("s-1-0123456789").tokenTtl(Duration.ofSeconds(90)).initialInstant(start)
                .propagationDelay(Duration.ZERO).sipDomainSuffix("sip.test").ownedNumbers("+12025550142")
                .project("p-2", "+46701740605").sampleCalls(false).start()) {
            EstHttp http = new EstHttp(sim);
            assertThat(sim.port()).isEqualTo(port);
            assertThat(sim.now()).isEqualTo(start);
            assertThat(http.send("POST", "/oauth2/token", "grant_type=client_credentials",
                    java.util.Map.of("Content-Type", "application/x-www-form-urlencoded")).json()
                    .get("expires_in").asInt()).isEqualTo(90);
            JsonNode trunk = http.post("/trunks", "{'name':'A','hostName':'suffix'}").json();
            assertThat(trunk.get("domain").asText()).isEqualTo("suffix.sip.test");
            assertThat(trunk.get("projectId").asText()).isEqualTo("p-1");
            assertThat(http.get("/phoneNumbers").json().at("/phoneNumbers/0/phoneNumber").asText())
                    .isEqualTo("+12025550142");
            assertThat(http.get("/v1/projects/p-2/phoneNumbers").json().at("/phoneNumbers/0/countryCode").asText())
                    .isEqualTo("SE");
            assertThat(http.get("/calls").json().get("totalItems").asInt()).isZero();
            assertThat(sim.projects()).containsExactly("p-1", "p-2");
            http.linkAcl(trunk.get("id").asText(), http.acl("10.0.0.0", 8));
            assertThat(sim.sip().invite(SipInvite.outbound("10.1.2.3", "+12025550142", "+12025550199",
                    "suffix.sip.test")).status()).as("zero propagation delay").isEqualTo(200);
        }
    }

    @Test
    void start_onAPortInUse_failsWithOneClearMessage() throws IOException {
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = busy.getLocalPort();

            assertThatThrownBy(() -> EstSimulator.builder().port(port).start())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("port " + port + " on 127.0.0.1 is already in use");
            assertThatThrownBy(() -> Main.start(new String[] {"--port", String.valueOf(port)}, System.out))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("port " + port + " on 127.0.0.1 is already in use");
        }
    }

    @Test
    void journalLimit_keepsOnlyTheNewestRequests() {
        try (EstSimulator sim = EstSimulator.builder().journalLimit(3).start()) {
            EstHttp http = new EstHttp(sim);
            for (int i = 0; i < 5; i++) {
                http.trunk("journal-" + i);
            }

            assertThat(sim.wireMock().getAllServeEvents()).hasSize(3);
            assertThat(sim.wireMock().getAllServeEvents().get(0).getRequest().getBodyAsString()).contains("journal-4");
            assertThat(sim.counts().trunks()).as("the model keeps everything").isEqualTo(5);
        }
    }

    @Test
    void advance_movesTheClock_andRefusesGoingBack() {
        try (EstSimulator sim = EstSimulator.builder().initialInstant(Instant.parse("2030-01-01T00:00:00Z")).start()) {
            sim.advance(Duration.ofMinutes(5));

            assertThat(sim.now()).isEqualTo(Instant.parse("2030-01-01T00:05:00Z"));
            assertThatThrownBy(() -> sim.advance(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void tickingClock_followsRealTime_plusWhatIsAdvanced() {
        AtomicLong nanos = new AtomicLong(7_000_000_000L);
        Instant start = Instant.parse("2030-01-01T00:00:00Z");
        try (EstSimulator sim = EstSimulator.builder().initialInstant(start).tickingClock(nanos::get).start()) {
            nanos.addAndGet(1_500_000_000L);
            assertThat(sim.now()).isEqualTo(start.plusMillis(1_500));

            sim.advance(Duration.ofMinutes(1));
            nanos.addAndGet(250_000L);
            assertThat(sim.now()).isEqualTo(start.plusSeconds(61).plusMillis(500).plusNanos(250_000));
        }
    }

    @Test
    void tickingClock_neverGoesBack_acrossReset_andTokensKeepTheirLifetime() {
        AtomicLong nanos = new AtomicLong();
        Instant start = Instant.parse("2030-01-01T00:00:00Z");
        try (EstSimulator sim = EstSimulator.builder().initialInstant(start).tickingClock(nanos::get)
                .tokenTtl(Duration.ofHours(1)).start()) {
            EstHttp http = new EstHttp(sim);
            String early = http.token();
            nanos.addAndGet(Duration.ofMinutes(50).toNanos());
            String late = http.token();
            nanos.addAndGet(Duration.ofMinutes(20).toNanos());
            Instant beforeReset = sim.now();

            assertThat(http.post("/_simulator/reset", null).status()).isEqualTo(204);

            assertThat(sim.now()).isEqualTo(beforeReset);
            assertThat(http.withAuthorization("Bearer " + early).get("/trunks").header("WWW-Authenticate"))
                    .as("issued at 0 min, 70 min ago").contains("expired");
            assertThat(http.withAuthorization("Bearer " + late).get("/trunks").status()).isEqualTo(200);
            nanos.addAndGet(Duration.ofMinutes(40).toNanos());
            assertThat(http.withAuthorization("Bearer " + late).get("/trunks").header("WWW-Authenticate"))
                    .as("issued at 50 min, expired at 110 min").contains("expired");
            assertThat(http.get("/calls").json().get("totalItems").asInt())
                    .as("sample calls are seeded before the reset time").isEqualTo(13);
        }
    }

    @Test
    void reset_rewindsAManualClock_andTokensKeepTheLifetimeTheyHadLeft() {
        Instant start = Instant.parse("2030-01-01T00:00:00Z");
        try (EstSimulator sim = EstSimulator.builder().initialInstant(start).tokenTtl(Duration.ofHours(1)).start()) {
            EstHttp http = new EstHttp(sim);
            sim.advance(Duration.ofMinutes(50));
            String token = http.token();
            sim.advance(Duration.ofMinutes(10));

            sim.reset();

            assertThat(sim.now()).isEqualTo(start);
            sim.advance(Duration.ofMinutes(49));
            assertThat(http.withAuthorization("Bearer " + token).get("/trunks").status()).isEqualTo(200);
            sim.advance(Duration.ofMinutes(1));
            assertThat(http.withAuthorization("Bearer " + token).get("/trunks").header("WWW-Authenticate"))
                    .contains("expired");
        }
    }

    @Test
    void seeding_addsNumbersCallsRulesAndProjects() {
        try (EstSimulator sim = EstSimulator.builder().sampleCalls(false).start()) {
            EstHttp http = new EstHttp(sim);

            sim.seed().ownedNumbers("+12025550150");
            String callId = sim.seed().call(CallSeed.builder().direction("inbound").callResult("busy").build());
            String ruleId = sim.seed().callBlockingRule("INBOUND", "us", "1900");
            sim.seed().project("seeded-project").ownedNumbers("+14165550150");

            assertThat(http.get("/phoneNumbers/%2B12025550150").status()).isEqualTo(200);
            JsonNode call = http.get("/calls").json().at("/calls/0");
            assertThat(call.get("callId").asText()).isEqualTo(callId);
            assertThat(call.get("callResult").asText()).isEqualTo("BUSY");
            assertThat(call.get("direction").asText()).isEqualTo("inbound");
            JsonNode rule = http.get("/callBlockingRules").json().at("/callBlockingRules/0");
            assertThat(rule.get("id").asText()).isEqualTo(ruleId);
            assertThat(rule.get("callerCountry").asText()).isEqualTo("US");
            assertThat(http.get("/v1/projects/seeded-project/phoneNumbers/%2B14165550150").json()
                    .get("countryCode").asText()).isEqualTo("CA");
            assertThat(sim.counts().callBlockingRules()).isEqualTo(1);
            assertThatThrownBy(() -> sim.seed().ownedNumbers("12345")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> sim.seed().callsPerSecond("nope", 2)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void callSeed_acceptsTheReferenceValuesInAnyCase_andRefusesOthersNamingTheField() {
        CallSeed seed = CallSeed.builder().direction("inbound").callResult("No_Answer").build();
        assertThat(seed.direction()).isEqualTo("INBOUND");
        assertThat(seed.callResult()).isEqualTo("NO_ANSWER");

        assertThatThrownBy(() -> CallSeed.builder().direction("sideways").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("direction must be one of INBOUND, OUTBOUND (any case), was 'sideways'");
        assertThatThrownBy(() -> CallSeed.builder().callResult("ANSWERED").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("callResult must be one of COMPLETED, NO_ANSWER, CANCEL, BUSY, FAILED (any case), "
                        + "was 'ANSWERED'");
        assertThatThrownBy(() -> CallSeed.builder().direction(null).build())
                .isInstanceOf(NullPointerException.class).hasMessage("direction");
    }

    @Test
    void counts_reportWhatIsProvisioned_andReachZeroAfterTeardown() {
        try (EstSimulator sim = EstSimulator.start()) {
            EstHttp http = new EstHttp(sim);
            String trunk = http.trunk("counted");
            String acl = http.acl("10.0.0.1", 32);
            String list = http.credentialList("counted", "Secret-Passw0rd");
            http.linkAcl(trunk, acl);
            http.staticEndpoint(trunk, "10.0.0.1");
            http.assign(trunk, "+12025550101");

            assertThat(sim.counts()).isEqualTo(new ResourceCounts(1, 1, 1, 1, 1, 0));
            JsonNode overHttp = http.get("/_simulator/counts").json();
            assertThat(overHttp.get("assignedNumbers").asInt()).isEqualTo(1);

            http.post("/phoneNumbers", "{'sipTrunkId':'','phoneNumber':'+12025550101'}");
            http.delete("/trunks/" + trunk);
            http.delete("/accessControlLists/" + acl);
            http.delete("/credentialLists/" + list);
            assertThat(sim.counts().isEmpty()).isTrue();
            assertThatThrownBy(() -> sim.counts("unknown")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void reset_restoresTheSeededStartingState() {
        Instant start = Instant.parse("2030-01-01T00:00:00Z");
        try (EstSimulator sim = EstSimulator.builder().initialInstant(start).start()) {
            EstHttp http = new EstHttp(sim);
            String token = http.token();
            http.trunk("before-reset");
            http.put("/countryPermissions/SE", "{'enabled':true}");
            sim.seed().project("runtime-project");
            sim.advance(Duration.ofMinutes(30));

            sim.reset();

            assertThat(sim.counts().isEmpty()).isTrue();
            assertThat(sim.now()).isEqualTo(start);
            assertThat(sim.projects()).containsExactly("sim-project");
            assertThat(http.get("/countryPermissions/SE").json().get("enabled").asBoolean()).isFalse();
            assertThat(http.get("/phoneNumbers").json().get("totalItems").asInt())
                    .isEqualTo(EstSimulator.DEFAULT_OWNED_NUMBERS.size());
            assertThat(sim.wireMock().getAllServeEvents()).hasSize(2);
            assertThat(http.withAuthorization("Bearer " + token).get("/trunks").status())
                    .as("issued tokens survive a reset").isEqualTo(200);
            assertThat(http.post("/trunks", "{'name':'again','hostName':'before-reset'}").status())
                    .as("host names are free again").isEqualTo(201);
        }
    }

    @Test
    void resetOverHttp_andClockEndpoints_work() {
        try (EstSimulator sim = EstSimulator.start()) {
            EstHttp http = new EstHttp(sim);
            Instant before = sim.now();
            JsonNode advanced = http.post("/_simulator/clock/advance", "{'seconds':60}").json();
            assertThat(Instant.parse(advanced.get("now").asText())).isEqualTo(before.plusSeconds(60));
            http.trunk("http-reset");

            assertThat(http.post("/_simulator/reset", null).status()).isEqualTo(204);
            assertThat(sim.counts().isEmpty()).isTrue();
            assertThat(Instant.parse(http.get("/_simulator/clock").json().get("now").asText())).isEqualTo(before);
            assertThat(http.post("/_simulator/clock/advance", "{'seconds':-1}").status()).isEqualTo(400);
            assertThat(http.get("/_simulator/nothing").status()).isEqualTo(404);
        }
    }

    @Test
    void close_stopsTheServer() {
        EstSimulator sim = EstSimulator.start();
        EstHttp http = new EstHttp(sim);
        assertThat(http.get("/trunks").status()).isEqualTo(200);

        sim.close();
        sim.close();

        assertThatThrownBy(() -> http.get("/trunks")).isInstanceOf(java.io.UncheckedIOException.class);
    }

    @Test
    void sipValueTypes_validateAndHidePasswords() {
        assertThatThrownBy(() -> SipInvite.outbound(null, "a", "b", "d")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SipInvite.outbound("1.2.3.4", "a", "+1555", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(SipInvite.outbound("1.2.3.4", "a", "sip:+1555@x.pstn.sinch.com", null)).isNotNull();
        assertThat(SipInvite.inbound("a", "b").withDigest("u", "pw-123").toString()).doesNotContain("pw-123");
        assertThat(SipRegistration.of("d", "u", "pw-456").toString()).doesNotContain("pw-456");
        assertThat(new SipResult(200, "OK", "", null, null).isSuccess()).isTrue();
        assertThat(new SipResult(603, "Decline", "", null, null).isSuccess()).isFalse();
    }
}
