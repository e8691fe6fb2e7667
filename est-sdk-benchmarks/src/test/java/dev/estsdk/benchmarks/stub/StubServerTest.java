package dev.estsdk.benchmarks.stub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.estsdk.benchmarks.raw.RawEst;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StubServerTest {

    private static StubServer stub;
    private static RawEst raw;

    @BeforeAll
    static void start() throws IOException {
        stub = StubServer.start();
        raw = RawEst.basic(stub.baseUrl(), Payloads.PROJECT_ID, Payloads.KEY_ID, Payloads.KEY_SECRET);
    }

    @AfterAll
    static void stop() {
        stub.close();
    }

    @Test
    void baseUrl_isLoopback() {
        assertThat(stub.baseUrl()).startsWith("http://127.0.0.1:");
        assertThat(stub.authUrl()).isEqualTo(stub.baseUrl() + "/oauth2/token");
    }

    @Test
    void getTrunk_answersTheTrunkInTheServiceShape() {
        JsonNode trunk = raw.getTrunk(Payloads.TRUNK_ID);

        assertThat(trunk.path("id").asText()).isEqualTo(Payloads.TRUNK_ID).hasSize(26);
        assertThat(trunk.path("domain").asText()).isEqualTo("bench-trunk-0000.pstn.sinch.com");
        assertThat(trunk.path("projectId").asText()).isEqualTo(Payloads.PROJECT_ID);
    }

    @Test
    void trunkPage_holdsFiveHundredDistinctTrunks() {
        JsonNode page = raw.trunkPage(1, Payloads.MAX_PAGE_SIZE);

        Set<String> ids = new HashSet<>();
        page.path("trunks").forEach(t -> ids.add(t.path("id").asText()));
        assertThat(ids).hasSize(Payloads.TRUNK_COUNT);
        assertThat(page.path("totalItems").asInt()).isEqualTo(Payloads.TRUNK_COUNT);
    }

    @Test
    void handWrittenLoop_seesEveryNumberOnceIn200Requests() {
        long before = stub.requestCount();
        Set<String> numbers = new HashSet<>();

        long seen = raw.forEachPhoneNumber(Payloads.MAX_PAGE_SIZE, n -> numbers.add(n.path("phoneNumber").asText()));

        assertThat(seen).isEqualTo(Payloads.PHONE_NUMBER_COUNT);
        assertThat(numbers).hasSize(Payloads.PHONE_NUMBER_COUNT).contains("+12025000000", "+12025099999");
        assertThat(stub.requestCount() - before).isEqualTo(200);
    }

    @Test
    void phoneNumberPage_ofAnotherSize_isRenderedOnDemand() {
        JsonNode page = raw.phoneNumberPage(3, 7);

        assertThat(page.path("phoneNumbers")).hasSize(7);
        assertThat(page.path("phoneNumbers").get(0).path("phoneNumber").asText()).isEqualTo(Payloads.phoneNumber(14));
        assertThat(page.path("pageNumber").asInt()).isEqualTo(3);
    }

    @Test
    void listingProject_pagesTenThousandTrunksWithBothSizeAndPageSize() {
        RawEst listing = RawEst.basic(stub.baseUrl(), Payloads.LISTING_PROJECT_ID, Payloads.KEY_ID, Payloads.KEY_SECRET);
        Set<String> ids = new HashSet<>();
        JsonNode last = null;
        for (int page = 1; page <= 20; page++) {
            last = listing.trunkPage(page, Payloads.MAX_PAGE_SIZE);
            last.path("trunks").forEach(t -> ids.add(t.path("id").asText()));
        }

        assertThat(ids).hasSize(Payloads.LISTING_TRUNK_COUNT);
        assertThat(last.path("pageNumber").isNumber()).isTrue();
        assertThat(last.path("pageNumber").asInt()).isEqualTo(20);
        assertThat(last.path("size").asInt()).isEqualTo(Payloads.MAX_PAGE_SIZE);
        assertThat(last.path("pageSize").asInt()).isEqualTo(Payloads.MAX_PAGE_SIZE);
        assertThat(last.path("totalItems").asInt()).isEqualTo(Payloads.LISTING_TRUNK_COUNT);
        assertThat(last.path("trunks").get(0).path("projectId").asText()).isEqualTo(Payloads.LISTING_PROJECT_ID);
        assertThat(listing.trunkPage(21, Payloads.MAX_PAGE_SIZE).path("trunks")).isEmpty();
        assertThat(listing.trunkPage(2, 3).path("trunks").get(0).path("id").asText()).isEqualTo(Payloads.trunkId(3));
    }

    @Test
    void phoneNumberPage_beyondTheEnd_isEmpty() {
        assertThat(raw.phoneNumberPage(201, Payloads.MAX_PAGE_SIZE).path("phoneNumbers")).isEmpty();
    }

    @Test
    void unknownPath_answers404_whichTheRawClientReportsAsAnError() {
        assertThatThrownBy(() -> raw.getTrunk("01JUNKNOWN000000000000000"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("HTTP 404 GET");
    }

    @Test
    void writes_areRefused() {
        assertThatThrownBy(() -> raw.assign(Payloads.TRUNK_ID, "+12025000000"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("HTTP 405 POST");
    }
}
