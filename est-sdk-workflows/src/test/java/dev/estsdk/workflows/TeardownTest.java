package dev.estsdk.workflows;

import dev.estsdk.testkit.EstOperation;
import dev.estsdk.testkit.ResourceCounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Teardown discovers what hangs on a trunk and removes it in reverse order. */
class TeardownTest extends SimulatorTest {

    private ResourceCounts before;

    @BeforeEach
    void start() {
        before = h.sim.counts();
    }

    @ParameterizedTest
    @MethodSource("dev.estsdk.workflows.Plans#all")
    void teardown_deletingUnusedLists_leavesTheProjectAsBeforeApply(ProvisioningPlan plan) {
        ProvisioningResult result = h.provisioner.apply(plan);

        TeardownResult teardown = h.provisioner.teardown(result.trunkId(), ListCleanup.DELETE_UNUSED_LISTS);

        assertThat(h.sim.counts()).isEqualTo(before);
        assertThat(teardown.kept()).isEmpty();
        assertThat(teardown.changes()).hasSize(result.changes().size());
    }

    @Test
    void teardown_removesInReverseOrderOfCreation() {
        ProvisioningResult result = h.provisioner.apply(Plans.c());
        h.events.clear();

        TeardownResult teardown = h.provisioner.teardown(result.trunkId(), ListCleanup.DELETE_UNUSED_LISTS);

        assertThat(teardown.changes()).extracting(c -> c.type() + " " + c.resource().type()).containsExactly(
                "UNASSIGN PHONE_NUMBER", "UNASSIGN PHONE_NUMBER", "DELETE ENDPOINT", "UNLINK ACCESS_CONTROL_LIST_LINK",
                "DELETE TRUNK", "DELETE ACCESS_CONTROL_LIST");
        assertThat(h.events).extracting(StepEvent::phase).containsOnly(StepEvent.Phase.TEARDOWN);
        assertThat(h.events).extracting(StepEvent::number).containsExactly(1, 2, 3, 4, 5, 6);
    }

    @Test
    void teardown_twice_isANoOpTheSecondTime() {
        ProvisioningResult result = h.provisioner.apply(Plans.c());
        h.provisioner.teardown(result.trunkId());
        h.forgetRequests();

        TeardownResult again = h.provisioner.teardown(result.trunkId());

        assertThat(again.isNoOp()).isTrue();
        assertThat(h.writeRequests()).isEmpty();
    }

    @Test
    void teardown_keepingLists_keepsThemUnlinked() {
        ProvisioningResult result = h.provisioner.apply(Plans.d());

        TeardownResult teardown = h.provisioner.teardown(result.trunkId());

        assertThat(teardown.kept()).extracting(ResourceRef::id).containsExactlyElementsOf(result.credentialListIds());
        assertThat(h.sim.counts().credentialLists()).isEqualTo(before.credentialLists() + 1);
        assertThat(h.sim.counts().trunks()).isEqualTo(before.trunks());
    }

    @Test
    void teardown_keepsAListAnotherTrunkStillUses() {
        String aclId = h.est.accessControlLists().create(a -> a.name("Shared").ipRange(Plans.PBX_IP, 32)).id();
        ProvisioningPlan one = ProvisioningPlan.builder().trunk(t -> t.name("One").hostName("acme-one"))
                .outboundAuth(TrunkAuth.existingAcl(aclId)).build();
        ProvisioningPlan two = ProvisioningPlan.builder().trunk(t -> t.name("Two").hostName("acme-two"))
                .outboundAuth(TrunkAuth.existingAcl(aclId)).build();
        ProvisioningResult first = h.provisioner.apply(one);
        h.provisioner.apply(two);

        TeardownResult teardown = h.provisioner.teardown(first.trunkId(), ListCleanup.DELETE_UNUSED_LISTS);

        assertThat(teardown.kept()).extracting(ResourceRef::id).containsExactly(aclId);
        assertThat(h.est.accessControlLists().get(aclId).name()).isEqualTo("Shared");
    }

    @Test
    void teardown_whenARemovalFails_removesTheRestAndNamesWhatIsLeft() {
        ProvisioningResult result = h.provisioner.apply(Plans.c());
        h.sim.faults().forOperation(EstOperation.ASSIGN_PHONE_NUMBER).failNext(1, 400);

        TeardownException e = catchThrowableOfType(TeardownException.class,
                () -> h.provisioner.teardown(result.trunkId()));

        assertThat(e.failures()).extracting(f -> f.resource().type())
                .containsExactly(ResourceType.PHONE_NUMBER, ResourceType.TRUNK);
        assertThat(e.getMessage()).contains(Plans.NUMBER_1, result.trunkId());
        assertThat(e.done()).extracting(c -> c.type() + " " + c.resource().type()).containsExactly(
                "UNASSIGN PHONE_NUMBER", "DELETE ENDPOINT", "UNLINK ACCESS_CONTROL_LIST_LINK");

        TeardownResult retry = h.provisioner.teardown(result.trunkId());

        assertThat(retry.changes()).extracting(c -> c.type() + " " + c.resource().type())
                .containsExactly("UNASSIGN PHONE_NUMBER", "DELETE TRUNK");
        assertThat(h.sim.counts().trunks()).isEqualTo(before.trunks());
    }

    @Test
    void teardown_whenARemovalThrowsUnexpectedly_attemptsTheRestAndNamesWhatIsLeft() {
        ProvisioningResult result = h.provisioner.apply(Plans.c());
        String endpointId = result.endpoints().get(0).id();
        TrunkProvisioner provisioner = TrunkProvisioner.builder(FaultyApi.throwing(h.est, "sipEndpoints", "delete",
                new IllegalStateException("the EstClient is closed"))).clock(h.clock).sleeper(h.sim::advance).build();

        TeardownException e = catchThrowableOfType(TeardownException.class,
                () -> provisioner.teardown(result.trunkId()));

        assertThat(e.failures()).singleElement().satisfies(f -> {
            assertThat(f.resource().type()).isEqualTo(ResourceType.ENDPOINT);
            assertThat(f.resource().id()).isEqualTo(endpointId);
            assertThat(f.reason()).isEqualTo("IllegalStateException: the EstClient is closed");
        });
        assertThat(e.getMessage()).contains(endpointId);
        assertThat(e.done()).extracting(c -> c.type() + " " + c.resource().type()).containsExactly(
                "UNASSIGN PHONE_NUMBER", "UNASSIGN PHONE_NUMBER", "UNLINK ACCESS_CONTROL_LIST_LINK", "DELETE TRUNK");
    }
}
