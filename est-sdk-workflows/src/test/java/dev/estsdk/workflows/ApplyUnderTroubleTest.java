package dev.estsdk.workflows;

import dev.estsdk.api.exception.EstClientException;
import dev.estsdk.testkit.EstOperation;
import dev.estsdk.testkit.ResourceCounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Apply in realistic trouble: throttling and outages the client rides out, responses that get lost. */
class ApplyUnderTroubleTest extends SimulatorTest {

    @Test
    void apply_throttledAndBrieflyUnavailableMidRun_completesWithoutDuplicates() {
        h.sim.faults().forOperation(EstOperation.LIST_SIP_TRUNKS).failNext(1, 503);
        h.sim.faults().forOperation(EstOperation.CREATE_ACCESS_CONTROL_LIST).rateLimitNext(1, Duration.ofSeconds(1));
        h.sim.faults().forOperation(EstOperation.CREATE_SIP_ENDPOINT).rateLimitNext(2, Duration.ofSeconds(2));
        h.sim.faults().forOperation(EstOperation.ASSIGN_PHONE_NUMBER).rateLimitNext(1, Duration.ofSeconds(1));

        ProvisioningResult result = h.provisioner.apply(Plans.c());

        assertThat(result.changes()).hasSize(6);
        ResourceCounts counts = h.sim.counts();
        assertThat(counts.trunks()).isEqualTo(1);
        assertThat(counts.accessControlLists()).isEqualTo(1);
        assertThat(counts.endpoints()).isEqualTo(1);
        assertThat(h.provisioner.plan(Plans.c())).isEmpty();
    }

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"sipTrunks, create, TRUNK", "accessControlLists, create, ACCESS_CONTROL_LIST",
            "sipEndpoints, create, ENDPOINT", "phoneNumbers, assign, PHONE_NUMBER"})
    void apply_whenACreateResponseIsLost_findsWhatTheServerMadeAndRollsItBack(String resource, String write,
                                                                              ResourceType type) {
        ResourceCounts before = h.sim.counts();
        TrunkProvisioner provisioner = TrunkProvisioner.builder(FaultyApi.losingResponseOnce(h.est, resource, write))
                .clock(h.clock).sleeper(h.sim::advance).build();

        ProvisioningException e = catchThrowableOfType(ProvisioningException.class,
                () -> provisioner.apply(Plans.c()));

        assertThat(e.getCause()).isInstanceOf(EstClientException.class);
        assertThat(e.failedStep().resource().type()).isEqualTo(type);
        assertThat(e.rolledBack()).first().satisfies(r -> {
            assertThat(r.type()).isEqualTo(type);
            assertThat(r.id()).isNotNull();
        });
        assertThat(e.notRolledBack()).isEmpty();
        assertThat(h.sim.counts()).isEqualTo(before);
    }

    @Test
    void apply_afterALostCredentialListResponse_leavesNoListBehind() {
        ResourceCounts before = h.sim.counts();
        TrunkProvisioner provisioner = TrunkProvisioner.builder(FaultyApi.losingResponseOnce(h.est, "credentialLists", "create"))
                .clock(h.clock).sleeper(h.sim::advance).build();

        ProvisioningException e = catchThrowableOfType(ProvisioningException.class,
                () -> provisioner.apply(Plans.d()));

        assertThat(e.rolledBack()).first().extracting(ResourceRef::type).isEqualTo(ResourceType.CREDENTIAL_LIST);
        assertThat(h.sim.counts()).isEqualTo(before);
        assertThat(h.provisioner.apply(Plans.d()).changes()).hasSize(5);
        assertThat(h.sim.counts().credentialLists()).isEqualTo(before.credentialLists() + 1);
    }
}
