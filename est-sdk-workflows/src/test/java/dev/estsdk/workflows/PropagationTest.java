package dev.estsdk.workflows;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** awaitPropagation verifies first, then waits only what is left of the window, once. */
class PropagationTest extends SimulatorTest {

    @Test
    void awaitPropagation_45SecondsAfterTheLink_waits15Seconds() {
        ProvisioningResult result = h.provisioner.apply(Plans.a());
        h.sim.advance(Duration.ofSeconds(45));

        PropagationReport report = result.awaitPropagation();

        assertThat(report.waited()).isEqualTo(Duration.ofSeconds(15));
        assertThat(h.sleeps).containsExactly(Duration.ofSeconds(15));
        assertThat(report.readyAt()).isEqualTo(result.lastChangeAt().orElseThrow().plusSeconds(60));
    }

    @Test
    void awaitPropagation_afterTheWindow_doesNotWait() {
        ProvisioningResult result = h.provisioner.apply(Plans.b());
        h.sim.advance(Duration.ofSeconds(61));

        PropagationReport report = result.awaitPropagation();

        assertThat(report.waited()).isZero();
        assertThat(h.sleeps).isEmpty();
        assertThat(report.verified()).containsExactly("1 endpoint(s) present", "1 number(s) assigned");
    }

    @Test
    void awaitPropagation_countsFromTheLastChange_notTheFirst() {
        ProvisioningResult first = h.provisioner.apply(Plans.b());
        h.sim.advance(Duration.ofSeconds(50));
        ProvisioningResult second = h.provisioner.apply(Plans.b().toBuilder().phoneNumbers(Plans.NUMBER_2).build());
        h.sim.advance(Duration.ofSeconds(20));

        assertThat(second.lastChangeAt().orElseThrow()).isEqualTo(first.lastChangeAt().orElseThrow().plusSeconds(50));
        assertThat(second.awaitPropagation().waited()).isEqualTo(Duration.ofSeconds(40));
    }

    @Test
    void awaitPropagation_withAConfiguredWindow_usesIt() {
        try (Harness quick = Harness.on(h.sim, b -> b.propagationWindow(Duration.ofSeconds(10)))) {
            ProvisioningResult result = quick.provisioner.apply(Plans.a());

            assertThat(result.awaitPropagation().waited()).isEqualTo(Duration.ofSeconds(10));
            assertThat(quick.provisioner.propagationWindow()).isEqualTo(Duration.ofSeconds(10));
        }
    }

    @Test
    void awaitPropagation_whenALinkIsGone_failsWithoutWaiting() {
        ProvisioningResult result = h.provisioner.apply(Plans.a());
        h.est.sipTrunks().removeAccessControlList(result.trunkId(), result.accessControlListIds().get(0));

        assertThatThrownBy(result::awaitPropagation)
                .isInstanceOf(PropagationException.class)
                .hasMessageContaining("not access control list(s) linked")
                .hasMessageContaining(result.accessControlListIds().get(0));
        assertThat(h.sleeps).isEmpty();
    }

    @Test
    void awaitPropagation_ofAnUnchangedSecondApply_waitsForTheEarlierChanges() {
        h.provisioner.apply(Plans.b());
        h.sim.advance(Duration.ofSeconds(30));

        ProvisioningResult again = h.provisioner.apply(Plans.b());

        assertThat(again.isUnchanged()).isTrue();
        assertThat(again.awaitPropagation().waited()).isEqualTo(Duration.ofSeconds(30));
    }
}
