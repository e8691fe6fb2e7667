package dev.estsdk.benchmarks.raw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.estsdk.benchmarks.stub.Payloads;
import dev.estsdk.benchmarks.stub.StubServer;
import java.io.IOException;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The databind baseline decodes every field the SDK decodes, so both sides do the same work. */
class RawDatabindEstTest {

    private static StubServer stub;
    private static RawDatabindEst raw;

    @BeforeAll
    static void start() throws IOException {
        stub = StubServer.start();
        raw = RawDatabindEst.basic(stub.baseUrl(), Payloads.PROJECT_ID, Payloads.KEY_ID, Payloads.KEY_SECRET);
    }

    @AfterAll
    static void stop() {
        stub.close();
    }

    @Test
    void getTrunk_decodesEveryFieldIntoTheRecord() {
        RawDatabindEst.Trunk trunk = raw.getTrunk(Payloads.TRUNK_ID);

        assertThat(trunk.id()).isEqualTo(Payloads.TRUNK_ID);
        assertThat(trunk.domain()).isEqualTo("bench-trunk-0000.pstn.sinch.com");
        assertThat(trunk.callsPerSecond()).isEqualTo(1);
        assertThat(trunk.enableCallForward()).isTrue();
        assertThat(trunk.createTime()).isEqualTo(Instant.parse("2024-06-06T14:42:42.820177628Z"));
        assertThat(trunk.updateTime()).isEqualTo(Instant.parse("2024-06-07T09:15:02.117Z"));
        assertThat(trunk.projectId()).isEqualTo(Payloads.PROJECT_ID);
    }

    @Test
    void trunkPage_decodesFiveHundredTrunksAndTheEnvelope() {
        RawDatabindEst.TrunkPage page = raw.trunkPage(1, Payloads.MAX_PAGE_SIZE);

        assertThat(page.trunks()).hasSize(Payloads.TRUNK_COUNT);
        assertThat(page.trunks().get(499).hostName()).isEqualTo("bench-trunk-0499");
        assertThat(page.totalItems()).isEqualTo(Payloads.TRUNK_COUNT);
        assertThat(page.pageNumber()).isEqualTo(1);
    }

    @Test
    void pageLoop_seesEveryNumberOnceIn200Requests() {
        long before = stub.requestCount();
        Set<String> numbers = new HashSet<>();

        long seen = raw.forEachPhoneNumber(Payloads.MAX_PAGE_SIZE, n -> numbers.add(n.phoneNumber()));

        assertThat(seen).isEqualTo(Payloads.PHONE_NUMBER_COUNT);
        assertThat(numbers).hasSize(Payloads.PHONE_NUMBER_COUNT).contains("+12025000000", "+12025099999");
        assertThat(stub.requestCount() - before).isEqualTo(200);
    }

    @Test
    void anAnswerOtherThan2xx_failsNamingTheStatusAndPath() {
        assertThatThrownBy(() -> raw.getTrunk("01JNOSUCHTRUNK000000000000"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("HTTP 404").hasMessageContaining("/trunks/01JNOSUCHTRUNK000000000000");
    }
}
