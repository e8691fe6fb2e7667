package dev.estsdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CallApiTest {

    private static final String T1 = "01W4FFL35P4NC4K35SIPTRUNK1";
    private static final String T2 = "01W4FFL35P4NC4K35SIPTRUNK2";

    @RegisterExtension
    static EstSimulatorExtension est = EstSimulatorExtension.create(b -> b
            .initialInstant(Instant.parse("2026-03-15T12:00:00Z"))
            .sampleCalls(false)
            .call(CallSeed.builder().callId("C1").direction("INBOUND").from("+14155550001").to("+12025550101")
                    .trunkId(T1).callResult("COMPLETED").createTime(Instant.parse("2026-03-15T10:30:00Z"))
                    .durationSeconds(4).build())
            .call(CallSeed.builder().callId("C2").direction("OUTBOUND").from("+12025550101").to("+46701740605")
                    .trunkId(T1).callResult("BUSY").createTime(Instant.parse("2026-03-15T09:10:00Z")).build())
            .call(CallSeed.builder().callId("C3").direction("INBOUND").from("sip:12015555555@76.184.202.212")
                    .to("+12025550102").trunkId(T2).callResult("NO_ANSWER")
                    .createTime(Instant.parse("2026-03-14T14:20:00Z")).build())
            .call(CallSeed.builder().callId("C4").direction("OUTBOUND").from("+12025550102").to("+12125550000")
                    .trunkId(T2).callResult("FAILED").createTime(Instant.parse("2026-03-01T08:00:00Z")).build())
            .call(CallSeed.builder().callId("C5").direction("INBOUND").from("+14155550002").to("911")
                    .trunkId(T1).emergency(true).withPcap(false).createTime(Instant.parse("2026-02-10T14:05:00Z"))
                    .build()));

    private EstHttp http;

    @BeforeEach
    void setUp() {
        http = new EstHttp(est.simulator());
    }

    private List<String> ids(String query) {
        Reply r = http.get("/calls" + query);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().get("calls").findValuesAsText("callId");
    }

    @Test
    void findCalls_withoutCreateTime_coversTheLast24Hours_newestFirst() {
        assertThat(ids("")).containsExactly("C1", "C2", "C3");
    }

    @Test
    void findCalls_rendersRecordsAsTheServiceDoes() {
        JsonNode c = http.get("/calls?callResult=COMPLETED").json().at("/calls/0");

        assertThat(c.get("direction").asText()).isEqualTo("inbound");
        assertThat(c.get("createTime").asText()).isEqualTo("2026-03-15T10:30:00+0000");
        assertThat(c.get("answerTime").asText()).isEqualTo("2026-03-15T10:30:07Z");
        assertThat(c.get("durationSeconds").asInt()).isEqualTo(4);
        assertThat(c.get("billingDurationSeconds").asInt()).isEqualTo(60);
        assertThat(c.at("/pricePerMinute/amount").isNumber()).isTrue();
        assertThat(c.at("/price/amount").decimalValue()).isEqualByComparingTo("0.004");
        assertThat(c.at("/price/currencyCode").asText()).isEqualTo("USD");
        assertThat(c.get("trunkId").asText()).isEqualTo(T1);
        assertThat(c.get("pcapId").asText()).isNotBlank();
    }

    @Test
    void findCalls_byFromAndToPrefix_ignoringPlusAndSipUri() {
        assertThat(ids("?from=%2B1415")).containsExactly("C1");
        assertThat(ids("?from=1201")).containsExactly("C3");
        assertThat(ids("?to=%2B4670")).containsExactly("C2");
    }

    @Test
    void findCalls_byTrunkResultAndDirectionList() {
        assertThat(ids("?trunkId=" + T2 + "&createTime=2026-03")).containsExactly("C3", "C4");
        assertThat(ids("?callResult=BUSY")).containsExactly("C2");
        assertThat(ids("?direction=inbound")).containsExactly("C1", "C3");
        assertThat(ids("?direction=INBOUND,OUTBOUND")).containsExactly("C1", "C2", "C3");
    }

    @Test
    void findCalls_byExactDayMonthAndHour() {
        assertThat(ids("?createTime=2026-03-15")).containsExactly("C1", "C2");
        assertThat(ids("?createTime=2026-03")).containsExactly("C1", "C2", "C3", "C4");
        assertThat(ids("?createTime=2026-03-15T10")).containsExactly("C1");
        assertThat(ids("?createTime=2026-02")).containsExactly("C5");
    }

    @Test
    void findCalls_byRange_percentEncodedOperators() {
        assertThat(ids("?createTime%3E%3D=2026-03-01&createTime%3C%3D=2026-03-14")).containsExactly("C3", "C4");
        assertThat(ids("?createTime%3E=2026-03-15T09:10:00Z")).as("encoded key, '=' as separator")
                .containsExactly("C1", "C2");
        assertThat(ids("?createTime%3C=2026-03-14&createTime%3E=2026-03-14")).containsExactly("C3");
    }

    @Test
    void findCalls_byRange_literalOperatorsAsSentByNode() {
        String raw = RawHttp.get(est.port(), "/v1/projects/sim-project/calls?createTime>=2026-03-01"
                + "&createTime<=2026-03-14T23:59:59Z", EstHttp.basic(est.keyId(), est.keySecret()));

        assertThat(raw).startsWith("HTTP/1.1 200");
        assertThat(raw).contains("\"callId\":\"C3\"").contains("\"callId\":\"C4\"")
                .doesNotContain("\"callId\":\"C1\"").doesNotContain("\"callId\":\"C5\"");
    }

    @Test
    void findCalls_withBadFilters_returns400() {
        assertThat(http.get("/calls?createTime=yesterday").status()).isEqualTo(400);
        assertThat(http.get("/calls?direction=SIDEWAYS").status()).isEqualTo(400);
        assertThat(http.get("/calls?callResult=MAYBE").status()).isEqualTo(400);
        assertThat(http.get("/calls?createTime=2026-03&createTime%3E%3D=2026-03-01").status()).isEqualTo(400);
    }

    @Test
    void findCalls_pageSizeDefaults100_max1000() {
        JsonNode r = http.get("/calls").json();

        assertThat(r.get("size").asInt()).isEqualTo(100);
        assertThat(http.get("/calls?size=1000").status()).isEqualTo(200);
        assertThat(http.get("/calls?size=1001").status()).isEqualTo(400);
        JsonNode page2 = http.get("/calls?size=2&page=2").json();
        assertThat(page2.get("calls").findValuesAsText("callId")).containsExactly("C3");
        assertThat(page2.get("pageNumber").asInt()).isEqualTo(2);
        assertThat(page2.get("totalItems").asInt()).isEqualTo(3);
    }

    @Test
    void findCalls_defaultWindowMovesWithTheClock() {
        est.simulator().advance(Duration.ofHours(20));

        assertThat(ids("")).containsExactly("C1", "C2");
    }

    @Test
    void exportCalls_returnsCsvWithContentDispositionFileName() {
        Reply r = http.send("GET", "/calls/export?createTime=2026-03", null, java.util.Map.of("Accept", "text/plain"));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("application/csv");
        assertThat(r.header("Content-Disposition")).isEqualTo("attachment; filename=\"EST_call_records.csv\"");
        String[] lines = r.text().split("\r\n");
        assertThat(lines[0]).startsWith("\"Timestamp\",\"Call Id\",\"Answer Time\"").endsWith("\"Has Children\"");
        assertThat(lines).hasSize(5);
        assertThat(lines[1]).contains("\"C1\"", "\"INBOUND\"", "\"0.0040 USD\"");
    }

    @Test
    void exportCalls_appliesExportFiltersAndFileName() {
        Reply emergency = http.get("/calls/export?createTime=2026&emergencyOnly=true&fileName=urgent.csv");
        Reply sweden = http.get("/calls/export?createTime=2026&toCountryCode=se");

        assertThat(emergency.header("Content-Disposition")).contains("urgent.csv");
        assertThat(emergency.text().split("\r\n")).hasSize(2);
        assertThat(emergency.text()).contains("\"C5\"");
        assertThat(sweden.text().split("\r\n")).hasSize(2);
        assertThat(sweden.text()).contains("\"C2\"");
    }

    @Test
    void downloadPcap_returnsCaptureBytes() {
        String pcapId = http.get("/calls?callResult=COMPLETED").json().at("/calls/0/pcapId").asText();

        Reply r = http.send("GET", "/calls/records/" + pcapId + "/pcap?direction=INBOUND", null,
                java.util.Map.of("Accept", "application/octet-stream"));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).isEqualTo("application/octet-stream");
        assertThat(r.body()).startsWith((byte) 0xd4, (byte) 0xc3, (byte) 0xb2, (byte) 0xa1);
        assertThat(new String(r.body(), java.nio.charset.StandardCharsets.US_ASCII)).contains("INVITE sip:");
    }

    @Test
    void downloadPcap_unknownExpiredOrBadDirection_fails() {
        String pcapId = http.get("/calls?callResult=COMPLETED").json().at("/calls/0/pcapId").asText();

        assertThat(http.get("/calls/records/" + pcapId + "/pcap?direction=UP").status()).isEqualTo(400);
        assertThat(http.get("/calls/records/NOPE/pcap").status()).isEqualTo(404);
        est.simulator().advance(Duration.ofDays(11));
        assertThat(http.get("/calls/records/" + pcapId + "/pcap").status()).as("kept 10 days").isEqualTo(404);
    }

    @Test
    void callWithoutCapture_hasNullPcapId() {
        JsonNode c = http.get("/calls?createTime=2026-02").json().at("/calls/0");

        assertThat(c.get("pcapId").isNull()).isTrue();
    }
}
