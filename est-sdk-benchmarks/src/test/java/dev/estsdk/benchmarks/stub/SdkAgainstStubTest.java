package dev.estsdk.benchmarks.stub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estsdk.api.Page;
import dev.estsdk.api.model.PhoneNumber;
import dev.estsdk.api.model.SipTrunk;
import dev.estsdk.benchmarks.Targets;
import dev.estsdk.client.EstClient;
import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The stub's answers are what the SDK expects, so the SDK side of each comparison does the full work. */
class SdkAgainstStubTest {

    private static StubServer stub;
    private static EstClient sdk;

    @BeforeAll
    static void start() throws IOException {
        stub = StubServer.start();
        sdk = Targets.sdk(stub.baseUrl(), Payloads.PROJECT_ID, Payloads.KEY_ID, Payloads.KEY_SECRET);
    }

    @AfterAll
    static void stop() {
        sdk.close();
        stub.close();
    }

    @Test
    void get_decodesTheTrunkWithEveryField() {
        SipTrunk trunk = sdk.sipTrunks().get(Payloads.TRUNK_ID);

        assertThat(trunk.id()).isEqualTo(Payloads.TRUNK_ID);
        assertThat(trunk.domain()).isEqualTo("bench-trunk-0000.pstn.sinch.com");
        assertThat(trunk.callForwardNumber()).isEqualTo("+15552229999");
        assertThat(trunk.createTime()).isEqualTo(Instant.parse("2024-06-06T14:42:42.820177628Z"));
        assertThat(trunk.updateTime()).isEqualTo(Instant.parse("2024-06-07T09:15:02.117Z"));
    }

    @Test
    void trunkPage_decodesFiveHundredTrunksInOneRequest() {
        long before = stub.requestCount();

        Page<SipTrunk> page = sdk.sipTrunks().list().withPageSize(Payloads.MAX_PAGE_SIZE).page(1);

        assertThat(page.items()).hasSize(Payloads.TRUNK_COUNT);
        assertThat(page.items().get(499).hostName()).isEqualTo("bench-trunk-0499");
        assertThat(stub.requestCount() - before).isEqualTo(1);
    }

    @Test
    void pagedIterable_seesEveryNumberIn200Requests() {
        long before = stub.requestCount();
        long seen = 0;
        PhoneNumber last = null;

        for (PhoneNumber number : sdk.phoneNumbers().list().withPageSize(Payloads.MAX_PAGE_SIZE)) {
            seen++;
            last = number;
        }

        assertThat(seen).isEqualTo(Payloads.PHONE_NUMBER_COUNT);
        assertThat(last.phoneNumber()).isEqualTo(Payloads.phoneNumber(Payloads.PHONE_NUMBER_COUNT - 1));
        assertThat(stub.requestCount() - before).isEqualTo(200);
    }
}
