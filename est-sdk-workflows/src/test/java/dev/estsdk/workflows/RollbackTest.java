package dev.estsdk.workflows;

import dev.estsdk.testkit.EstOperation;
import dev.estsdk.testkit.ResourceCounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A failure at any step of workflow C removes what the run created, newest first. */
class RollbackTest extends SimulatorTest {

    private ResourceCounts before;

    @BeforeEach
    void start() {
        before = h.sim.counts();
    }

    /** The writes of workflow C, in order. */
    enum Step {
        CREATE_TRUNK(EstOperation.CREATE_SIP_TRUNK, ChangeType.CREATE, ResourceType.TRUNK),
        CREATE_ACL(EstOperation.CREATE_ACCESS_CONTROL_LIST, ChangeType.CREATE, ResourceType.ACCESS_CONTROL_LIST),
        LINK_ACL(EstOperation.ADD_ACCESS_CONTROL_LISTS_TO_TRUNK, ChangeType.LINK,
                ResourceType.ACCESS_CONTROL_LIST_LINK),
        CREATE_ENDPOINT(EstOperation.CREATE_SIP_ENDPOINT, ChangeType.CREATE, ResourceType.ENDPOINT),
        ASSIGN_FIRST_NUMBER(EstOperation.ASSIGN_PHONE_NUMBER, ChangeType.ASSIGN, ResourceType.PHONE_NUMBER);

        final EstOperation operation;
        final ChangeType type;
        final ResourceType resource;

        Step(EstOperation operation, ChangeType type, ResourceType resource) {
            this.operation = operation;
            this.type = type;
            this.resource = resource;
        }
    }

    @ParameterizedTest
    @EnumSource(Step.class)
    @DisplayName("P24: a failure at any step of workflow C leaves no resource behind")
    void apply_failingAtAStep_rollsBackEverythingItCreated(Step step) {
        h.sim.faults().forOperation(step.operation).failNext(1, 500);

        ProvisioningException e = catchThrowableOfType(ProvisioningException.class,
                () -> h.provisioner.apply(Plans.c()));

        assertThat(h.sim.counts()).isEqualTo(before);
        assertThat(e.failedStep().type()).isEqualTo(step.type);
        assertThat(e.failedStep().resource().type()).isEqualTo(step.resource);
        assertThat(e.notRolledBack()).isEmpty();
        assertThat(e.getMessage()).contains("Provisioning failed at " + step.type, "Rolled back: ");
        assertThat(e.getCause()).isNotNull();
        assertThat(e.rolledBack()).extracting(ResourceRef::type)
                .isEqualTo(h.events.stream().filter(ev -> ev.phase() == StepEvent.Phase.ROLLBACK)
                        .map(ev -> ev.change().resource().type()).toList());
    }

    @Test
    @DisplayName("P24: a failure at the last number rolls back in reverse order: numbers, endpoint, link, list, trunk")
    void apply_failingAtTheSecondNumber_removesInReverseOrder() {
        AtomicBoolean armed = new AtomicBoolean();
        Harness armedHarness = Harness.on(h.sim, b -> b.listener(ev -> {
            if (ev.change().type() == ChangeType.ASSIGN && armed.compareAndSet(false, true)) {
                h.sim.faults().forOperation(EstOperation.ASSIGN_PHONE_NUMBER).failNext(1, 500);
            }
        }));

        try (armedHarness) {
            ProvisioningException e = catchThrowableOfType(ProvisioningException.class,
                () -> armedHarness.provisioner.apply(Plans.c()));

            assertThat(h.sim.counts()).isEqualTo(before);
            assertThat(e.failedStep().resource().label()).isEqualTo(Plans.NUMBER_2);
            assertThat(e.rolledBack()).extracting(ResourceRef::type).containsExactly(ResourceType.PHONE_NUMBER,
                    ResourceType.ENDPOINT, ResourceType.ACCESS_CONTROL_LIST_LINK, ResourceType.ACCESS_CONTROL_LIST,
                    ResourceType.TRUNK);
            assertThat(e.rolledBack().get(0).label()).isEqualTo(Plans.NUMBER_1);
        }
    }

    @Test
    @DisplayName("P24: what the rollback cannot delete is reported by id")
    void apply_whenARollbackDeleteFails_namesWhatWasLeftById() {
        h.sim.faults().forOperation(EstOperation.CREATE_SIP_ENDPOINT).failNext(1, 500);
        h.sim.faults().forOperation(EstOperation.DELETE_ACCESS_CONTROL_LIST).failNext(1, 400);

        ProvisioningException e = catchThrowableOfType(ProvisioningException.class,
                () -> h.provisioner.apply(Plans.c()));

        assertThat(e.notRolledBack()).singleElement().satisfies(f -> {
            assertThat(f.resource().type()).isEqualTo(ResourceType.ACCESS_CONTROL_LIST);
            assertThat(f.resource().id()).isNotBlank();
            assertThat(e.getMessage()).contains("NOT rolled back", f.resource().id());
        });
        assertThat(e.rolledBack()).extracting(ResourceRef::type).containsExactly(
                ResourceType.ACCESS_CONTROL_LIST_LINK, ResourceType.TRUNK);
        assertThat(h.sim.counts().accessControlLists()).isEqualTo(before.accessControlLists() + 1);
        assertThat(h.sim.counts().trunks()).isEqualTo(before.trunks());
    }

    @Test
    @DisplayName("P24: a failed update of an existing trunk keeps the update and removes only what the run created")
    void apply_onAnExistingTrunk_rollsBackOnlyWhatThisRunCreated() {
        ProvisioningResult first = h.provisioner.apply(Plans.b());
        ResourceCounts afterFirst = h.sim.counts();
        ProvisioningPlan changed = Plans.b().toBuilder()
                .trunk(t -> t.name("Acme inbound, renamed").hostName("acme-b"))
                .staticEndpoint(e -> e.name("sbc-2").address("203.0.113.11").priority(2))
                .phoneNumbers(Plans.NUMBER_2)
                .build();
        h.sim.faults().forOperation(EstOperation.ASSIGN_PHONE_NUMBER).failNext(1, 500);

        ProvisioningException e = catchThrowableOfType(ProvisioningException.class,
                () -> h.provisioner.apply(changed));

        assertThat(h.sim.counts()).isEqualTo(afterFirst);
        assertThat(e.rolledBack()).extracting(ResourceRef::label).containsExactly("sbc-2");
        assertThat(e.kept()).extracting(c -> c.resource().id()).containsExactly(first.trunkId());
        assertThat(h.est.sipTrunks().get(first.trunkId()).name()).isEqualTo("Acme inbound, renamed");
    }
}
