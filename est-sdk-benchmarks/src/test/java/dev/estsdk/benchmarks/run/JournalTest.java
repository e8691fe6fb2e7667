package dev.estsdk.benchmarks.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.estsdk.benchmarks.raw.RawEst;
import dev.estsdk.testkit.EstSimulator;
import org.junit.jupiter.api.Test;

class JournalTest {

    @Test
    void of_listsApiRequestsOldestFirst_withIdsReplacedAndPagingLeftOut() {
        try (EstSimulator sim = EstSimulator.builder().sampleCalls(false).start()) {
            RawEst raw = RawEst.basic(sim.baseUrl(), sim.projectId(), sim.keyId(), sim.keySecret());
            sim.wireMock().resetRequests();

            raw.phoneNumberPage(1, 10);
            assertThatThrownBy(() -> raw.assign("01JNOTRUNK0000000000000000", "+12025550101"))
                    .isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> raw.getTrunk("01JNOTRUNK0000000000000000"))
                    .hasMessageContaining("404");

            Journal journal = Journal.of(sim);

            assertThat(journal.entries()).extracting(Journal.Entry::operation)
                    .containsExactly("GET /phoneNumbers", "POST /phoneNumbers", "GET /trunks/{id}");
            assertThat(journal.entries().get(1).body()).contains("+12025550101");
            assertThat(journal.entries().get(2).status()).isEqualTo(404);
            assertThat(journal.writes()).isEqualTo(1);
            assertThat(journal.byOperation()).containsEntry("GET /phoneNumbers", 1L).hasSize(3);
        }
    }
}
