package dev.estsdk.workflows;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.model.PhoneNumberFilter;
import dev.estsdk.api.model.SipTrunk;
import dev.estsdk.core.RetryPolicy;
import dev.estsdk.testkit.EstOperation;
import dev.estsdk.testkit.EstSimulatorExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bulk assignment: bounded concurrency, slowing down on 429, nothing lost or assigned twice. */
class BulkNumbersTest {

    private static final List<String> NUMBERS = IntStream.range(0, 60)
            .mapToObj(i -> String.format("+1202555%04d", 2000 + i)).toList();

    @RegisterExtension
    static EstSimulatorExtension est = EstSimulatorExtension.create(b -> b.ownedNumbers(NUMBERS.toArray(String[]::new)));

    private Harness h;
    private SipTrunk trunk;

    @BeforeEach
    void start() {
        // No client retries: every 429 reaches the bulk run, which must slow down and retry itself.
        h = Harness.on(est.simulator(), b -> b.bulkConcurrency(8), c -> c.retryPolicy(RetryPolicy.none()));
        trunk = h.est.sipTrunks().create(t -> t.name("Bulk").hostName("acme-bulk"));
        h.forgetRequests();
    }

    @AfterEach
    void stop() {
        h.close();
    }

    private long successfulAssignRequests() {
        return h.sim.wireMock().getAllServeEvents().stream()
                .filter(e -> e.getRequest().getMethod().value().equals("POST")
                        && e.getRequest().getUrl().endsWith("/phoneNumbers"))
                .map(ServeEvent::getResponse).filter(r -> r.getStatus() < 300).count();
    }

    @Test
    void assignNumbers_withThrottling_assignsEachNumberExactlyOnce() {
        h.sim.faults().forOperation(EstOperation.ASSIGN_PHONE_NUMBER).rateLimitNext(30, Duration.ofSeconds(1));

        BulkResult result = h.provisioner.assignNumbers(trunk.id(), NUMBERS);

        assertThat(result.isComplete()).isTrue();
        assertThat(result.rateLimited()).isEqualTo(30);
        assertThat(h.sleeps).contains(Duration.ofSeconds(1));
        assertThat(result.succeeded()).containsExactlyElementsOf(NUMBERS);
        assertThat(h.sim.counts().assignedNumbers()).isEqualTo(NUMBERS.size());
        assertThat(successfulAssignRequests()).isEqualTo(NUMBERS.size());
        assertThat(h.est.phoneNumbers().list(PhoneNumberFilter.forTrunk(trunk.id())).stream()
                .map(n -> n.phoneNumber()).sorted().toList()).isEqualTo(NUMBERS);
    }

    @Test
    void unassignNumbers_removesEveryNumberFromItsTrunk() {
        h.provisioner.assignNumbers(trunk.id(), NUMBERS);

        BulkResult result = h.provisioner.unassignNumbers(NUMBERS);

        assertThat(result.succeeded()).hasSize(NUMBERS.size());
        assertThat(h.sim.counts().assignedNumbers()).isZero();
    }

    @Test
    void assignNumbers_numberTheProjectDoesNotOwn_failsAloneAndTheRestSucceed() {
        BulkResult result = h.provisioner.assignNumbers(trunk.id(), List.of(NUMBERS.get(0), "+19995550100"));

        assertThat(result.succeeded()).containsExactly(NUMBERS.get(0));
        assertThat(result.failed()).containsOnlyKeys("+19995550100");
    }

    @Test
    void assignNumbers_whenOneCallThrowsUnexpectedly_thatNumberFailsAloneAndTheRestAreAssigned() {
        String broken = NUMBERS.get(3);
        TrunkProvisioner provisioner = TrunkProvisioner.builder(FaultyApi.throwingWhen(h.est, "phoneNumbers", "assign",
                        args -> broken.equals(args[1]), new IllegalStateException("the EstClient is closed")))
                .clock(h.clock).sleeper(h.sim::advance).bulkConcurrency(8).build();

        BulkResult result = provisioner.assignNumbers(trunk.id(), NUMBERS);

        assertThat(result.failed()).containsExactly(
                java.util.Map.entry(broken, "IllegalStateException: the EstClient is closed"));
        assertThat(result.succeeded()).hasSize(NUMBERS.size() - 1).doesNotContain(broken);
        assertThat(h.sim.counts().assignedNumbers()).isEqualTo(NUMBERS.size() - 1);
    }

    @Test
    void assignNumbers_whenTheReadBackAfterA5xxThrowsUnexpectedly_retriesTheWriteAndKeepsEveryOutcome() {
        h.sim.faults().forOperation(EstOperation.ASSIGN_PHONE_NUMBER).failNext(1, 503);
        TrunkProvisioner provisioner = TrunkProvisioner.builder(FaultyApi.throwing(h.est, "phoneNumbers", "get",
                        new IllegalStateException("the EstClient is closed")))
                .clock(h.clock).sleeper(h.sim::advance).bulkConcurrency(8).build();

        BulkResult result = provisioner.assignNumbers(trunk.id(), NUMBERS);

        assertThat(result.failed()).isEmpty();
        assertThat(result.succeeded()).containsExactlyInAnyOrderElementsOf(NUMBERS);
        assertThat(h.sim.counts().assignedNumbers()).isEqualTo(NUMBERS.size());
    }

    @Test
    void assignNumbers_badOrRepeatedNumbers_areRefusedBeforeAnyRequest() {
        assertThatThrownBy(() -> h.provisioner.assignNumbers(trunk.id(), List.of(NUMBERS.get(0), "12345",
                NUMBERS.get(0))))
                .isInstanceOf(EstValidationException.class)
                .hasMessageContaining("numbers[1]")
                .hasMessageContaining("numbers[2]: is listed twice");
        assertThat(h.apiRequests()).isEmpty();
    }

    @Test
    void assignNumbers_neverRunsMoreThanTheConfiguredConcurrency() {
        ConcurrencyProbe probe = new ConcurrencyProbe(h.est);
        h.sim.faults().forOperation(EstOperation.ASSIGN_PHONE_NUMBER).latency(Duration.ofMillis(20));

        BulkResult result = TrunkProvisioner.builder(probe).bulkConcurrency(4).sleeper(h.sim::advance).build()
                .assignNumbers(trunk.id(), NUMBERS.subList(0, 24));

        assertThat(result.succeeded()).hasSize(24);
        assertThat(probe.maxInFlight()).isBetween(2, 4);
    }
}
