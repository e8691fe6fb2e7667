package dev.estsdk.client.internal.resources;

import dev.estsdk.api.Calls;
import dev.estsdk.api.PagedIterable;
import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.NotFoundException;
import dev.estsdk.api.exception.ServerErrorException;
import dev.estsdk.api.model.Call;
import dev.estsdk.api.model.CallFilter;
import dev.estsdk.api.model.CallRecordsExport;
import dev.estsdk.api.model.CallResult;
import dev.estsdk.api.model.Direction;
import dev.estsdk.api.model.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Iterator;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.estsdk.client.internal.resources.Requests.assertSent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CallsResourceTest extends WireMockResourceTest {

    static final String CALLS = BASE + "/calls";

    static final String CALL_JSON = """
            {"callId":"N00DL3C4T5","to":"12017777777","from":"sip:12015555555@76.184.202.212","direction":"outbound",
             "answerTime":"2024-06-06T16:57:52Z","endTime":"2024-06-06T16:57:55Z","durationSeconds":4,
             "billingDurationSeconds":60,"callResult":"COMPLETED",
             "pricePerMinute":{"amount":0.004,"currencyCode":"USD"},"price":{"amount":"0.0040","currencyCode":"USD"},
             "createTime":"2024-06-06T16:57:45+0000","projectId":"proj-1","trunkId":"01W4FFL35P4NC4K35SIPTRUNK2",
             "cause":"16"}""";

    static final Call CALL = new Call("N00DL3C4T5", "sip:12015555555@76.184.202.212", "12017777777",
            Direction.OUTBOUND, Instant.parse("2024-06-06T16:57:52Z"), Instant.parse("2024-06-06T16:57:55Z"), 4, 60,
            CallResult.COMPLETED, new Money(new BigDecimal("0.004"), "USD"), new Money(new BigDecimal("0.0040"), "USD"),
            Instant.parse("2024-06-06T16:57:45Z"), "proj-1", "01W4FFL35P4NC4K35SIPTRUNK2", null);

    static final String CSV = "\"Timestamp\",\"Call Id\"\n\"2024-06-06T16:57:45Z\",\"N00DL3C4T5\"\n";

    private Calls calls() {
        return resources.calls();
    }

    @Test
    void find_withoutConditions_sendsOnlyPagingWithTheFiltersPageSize() {
        stub(get(urlPathEqualTo(CALLS)),
                json(200, "{\"calls\":[" + CALL_JSON + "],\"totalItems\":1,\"pageNumber\":1,\"size\":100}"));

        assertThat(calls().list(CallFilter.builder().build())).containsExactly(CALL);
        assertSent(onlyRequest(), "GET", CALLS + "?page=1&size=1000");
        assertThat(runner.names()).containsExactly("FindCalls");
    }

    @Test
    void find_sendsEveryConditionEncoded() {
        stub(get(urlPathEqualTo(CALLS)), json(200, "{\"calls\":[]}"));

        calls().list(f -> f.from("+4670").to("+1555").trunkId("t1").callResult(CallResult.NO_ANSWER)
                .directions(Direction.INBOUND, Direction.OUTBOUND).createdOn(LocalDate.of(2021, 2, 1)).pageSize(1000))
                .iterator().hasNext();

        assertSent(onlyRequest(), "GET", CALLS + "?page=1&size=1000&from=%2B4670&to=%2B1555&trunkId=t1"
                + "&createTime=2021-02-01&callResult=NO_ANSWER&direction=INBOUND%2COUTBOUND");
    }

    @Test
    void find_sendsARangeWithTheOperatorsEncodedInTheName() {
        stub(get(urlPathEqualTo(CALLS)), json(200, "{\"calls\":[]}"));

        calls().list(f -> f.createdFrom(Instant.parse("2021-10-01T00:00:00Z"))
                .createdTo(Instant.parse("2021-10-30T23:59:59Z"))).iterator().hasNext();

        assertSent(onlyRequest(), "GET", CALLS + "?page=1&size=1000"
                + "&createTime%3E=2021-10-01T00%3A00%3A00Z&createTime%3C=2021-10-30T23%3A59%3A59Z");
        assertThat(onlyRequest().queryParameter("createTime>").firstValue()).isEqualTo("2021-10-01T00:00:00Z");
        assertThat(onlyRequest().queryParameter("createTime<").firstValue()).isEqualTo("2021-10-30T23:59:59Z");
    }

    @Test
    void find_sendsMonthAndHourPeriods() {
        stub(get(urlPathEqualTo(CALLS)), json(200, "{\"calls\":[]}"));

        calls().list(f -> f.createdIn(YearMonth.of(2021, 2))).iterator().hasNext();
        calls().list(f -> f.createdInHour(LocalDateTime.of(2021, 2, 1, 14, 30))).iterator().hasNext();

        assertThat(urls()).containsExactlyInAnyOrder(CALLS + "?page=1&size=1000&createTime=2021-02",
                CALLS + "?page=1&size=1000&createTime=2021-02-01T14");
    }

    @Test
    void find_whenThreePages_fetchesEachOnlyWhenIterationReachesIt() {
        for (int n = 1; n <= 3; n++) {
            stub(get(urlPathEqualTo(CALLS)).withQueryParam("page", equalTo(String.valueOf(n))),
                    json(200, "{\"calls\":[" + CALL_JSON.replace("N00DL3C4T5", "call-" + n)
                            + "],\"totalItems\":3,\"pageNumber\":\"" + n + "\",\"size\":1}"));
        }

        PagedIterable<Call> listing = calls().list(f -> f.pageSize(1));
        Iterator<Call> it = listing.iterator();
        assertThat(requests()).isEmpty();

        assertThat(it.next().callId()).isEqualTo("call-1");
        assertThat(urls()).containsExactly(CALLS + "?page=1&size=1");
        assertThat(it.next().callId()).isEqualTo("call-2");
        assertThat(urls()).hasSize(2).contains(CALLS + "?page=2&size=1");
        assertThat(it.next().callId()).isEqualTo("call-3");
        assertThat(it.hasNext()).isFalse();
        assertThat(requests()).hasSize(3);
    }

    @Test
    void find_keepsUnknownResultsAndLowerCaseDirections() {
        stub(get(urlPathEqualTo(CALLS)), json(200, "{\"calls\":[" + CALL_JSON.replace("COMPLETED", "rejected")
                .replace("\"outbound\"", "\"inbound\"") + "]}"));

        Call call = calls().list(CallFilter.builder().build()).stream().findFirst().orElseThrow();

        assertThat(call.direction()).isEqualTo(Direction.INBOUND);
        assertThat(call.callResult().value()).isEqualTo("REJECTED");
        assertThat(call.callResult().isKnown()).isFalse();
    }

    @Test
    void export_sendsConditionsAndReturnsTextWithTheProposedFileName() {
        stub(get(urlPathEqualTo(CALLS + "/export")), aResponse().withStatus(200)
                .withHeader("Content-Type", "application/csv; charset=utf-8")
                .withHeader("Content-Disposition", "attachment; filename=\"EST_call_records.csv\"")
                .withBody(CSV));

        CallRecordsExport export = calls().export(r -> r
                .filter(f -> f.trunkId("t1").createdOn(LocalDate.of(2024, 6, 6)))
                .fromCountryCode("US").toCountryCode("SE").emergencyOnly(false).region("us-east")
                .projectIds(List.of("p2", "p3")).fileName("june.csv").groupId("g1").parentId("c0")
                .relationshipType("initial").hasChildren(true));

        assertThat(export).isEqualTo(new CallRecordsExport("EST_call_records.csv", CSV));
        assertSent(onlyRequest(), "GET", CALLS + "/export?trunkId=t1&createTime=2024-06-06&fromCountryCode=US"
                + "&toCountryCode=SE&emergencyOnly=false&region=us-east&projectIds=p2%2Cp3&fileName=june.csv"
                + "&groupId=g1&parentId=c0&relationshipType=initial&hasChildren=true");
        assertThat(onlyRequest().getHeader("Accept")).contains("application/csv");
        assertThat(runner.names()).containsExactly("ExportCallRecords");
    }

    @Test
    void export_readsTheExtendedFileNameAndDropsAnyDirectory() {
        stub(get(urlPathEqualTo(CALLS + "/export")), aResponse().withStatus(200)
                .withHeader("Content-Disposition",
                        "attachment; filename=\"x.csv\"; filename*=UTF-8''..%2F..%2Fr%C3%A9sum%C3%A9.csv")
                .withBody(CSV));

        assertThat(calls().export(r -> { }).fileName()).isEqualTo("résumé.csv");
    }

    @Test
    void export_withoutContentDisposition_hasNoFileName() {
        stub(get(urlPathEqualTo(CALLS + "/export")), aResponse().withStatus(200).withBody(""));

        assertThat(calls().export(r -> { })).isEqualTo(new CallRecordsExport(null, ""));
        assertSent(onlyRequest(), "GET", CALLS + "/export");
    }

    @Test
    void export_whenServerFails_theRunnersExceptionPropagates() {
        stub(get(urlPathEqualTo(CALLS + "/export")), json(500, "{\"message\":\"boom\"}"));

        assertThatThrownBy(() -> calls().export(r -> { })).isInstanceOf(ServerErrorException.class);
    }

    @Test
    void downloadPcap_returnsTheBytesOfTheChosenLeg() {
        byte[] pcap = {(byte) 0xd4, (byte) 0xc3, (byte) 0xb2, (byte) 0xa1, 2, 0, 4, 0};
        stub(get(urlEqualTo(CALLS + "/records/pc%2B1/pcap?direction=INBOUND")), aResponse().withStatus(200)
                .withHeader("Content-Type", "application/octet-stream").withBody(pcap));

        assertThat(calls().downloadPcap("pc+1", Direction.INBOUND)).isEqualTo(pcap);
        assertSent(onlyRequest(), "GET", CALLS + "/records/pc%2B1/pcap?direction=INBOUND");
        assertThat(runner.names()).containsExactly("GetPcap");
    }

    @Test
    void downloadPcap_whenExpired_throwsNotFound() {
        stub(get(urlPathEqualTo(CALLS + "/records/old/pcap")), json(404,
                "{\"status\":\"NO_RESOURCE_FOUND\",\"message\":\"captures are kept 10 days\"}"));

        assertThatThrownBy(() -> calls().downloadPcap("old", Direction.OUTBOUND)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void downloadPcap_whenIdOrDirectionMissing_failsBeforeAnyRequest() {
        assertThatThrownBy(() -> calls().downloadPcap("a/b", Direction.INBOUND))
                .isInstanceOf(EstValidationException.class).hasMessageContaining("pcapId");
        assertThatThrownBy(() -> calls().downloadPcap("p1", null))
                .isInstanceOf(EstValidationException.class).hasMessageContaining("direction");
        assertThat(requests()).isEmpty();
    }

    @Test
    void csvText_isDecodedWithTheAnnouncedCharset() {
        byte[] latin1 = "\"Caf\u00e9\"\n".getBytes(StandardCharsets.ISO_8859_1);
        stub(get(urlPathEqualTo(CALLS + "/export")), aResponse().withStatus(200)
                .withHeader("Content-Type", "text/csv; charset=ISO-8859-1").withBody(latin1));

        assertThat(calls().export(r -> { }).csv()).isEqualTo("\"Caf\u00e9\"\n");
    }
}
