package dev.estsdk.workflows;

import dev.estsdk.api.model.SipTrunk;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.estsdk.workflows.Harness.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/** check(trunkId) turns the troubleshooting table into findings with symptom and fix. */
class TrunkCheckTest extends SimulatorTest {

    @Test
    void check_registeredEndpointWhoseListIsNotLinked_finds401() {
        SipTrunk trunk = h.est.sipTrunks().create(t -> t.name("Desk").hostName("acme-check"));
        h.est.credentialLists().create(c -> c.name("Users").credential("alice", PASSWORD));
        h.est.sipEndpoints().createRegistered(trunk.id(), e -> e.name("phone").credentialUsername("alice"));
        h.est.phoneNumbers().assign(trunk.id(), Plans.NUMBER_1);

        Diagnosis diagnosis = h.provisioner.check(trunk.id());

        assertThat(diagnosis.isHealthy()).isFalse();
        assertThat(diagnosis.findings()).extracting(Finding::type).containsExactly(FindingType.NO_OUTBOUND_AUTH,
                FindingType.CREDENTIAL_LIST_NOT_LINKED, FindingType.RECENT_CHANGE);
        Finding notLinked = diagnosis.findings().get(1);
        assertThat(notLinked.detail()).contains("\"alice\"");
        assertThat(notLinked.toString()).contains("SIP 401", "addCredentialLists");
    }

    @Test
    void check_bareTrunkWithANumber_findsNoAuthNoEndpoint() {
        SipTrunk trunk = h.est.sipTrunks().create(t -> t.name("Bare").hostName("acme-bare"));
        h.est.phoneNumbers().assign(trunk.id(), Plans.NUMBER_1);
        h.sim.advance(Duration.ofSeconds(61));

        Diagnosis diagnosis = h.provisioner.check(trunk.id());

        assertThat(diagnosis.findings()).extracting(Finding::type).containsExactly(FindingType.NO_OUTBOUND_AUTH,
                FindingType.NO_ENABLED_ENDPOINT);
        assertThat(diagnosis.findings().get(1).type().sipSymptom()).contains("503");
    }

    @Test
    void check_endpointWithoutNumbers_warnsThatInboundCallsNeverArrive() {
        ProvisioningResult result = h.provisioner.apply(ProvisioningPlan.builder()
                .trunk(t -> t.name("No numbers").hostName("acme-nonum"))
                .staticEndpoint(e -> e.name("sbc").address(Plans.PBX_IP)).build());
        h.sim.advance(Duration.ofSeconds(61));

        Diagnosis diagnosis = h.provisioner.check(result.trunkId());

        assertThat(diagnosis.has(FindingType.NO_PHONE_NUMBERS)).isTrue();
        assertThat(diagnosis.has(FindingType.RECENT_CHANGE)).isFalse();
    }

    @Test
    void check_workflowCAfterPropagation_isClean() {
        ProvisioningResult result = h.provisioner.apply(Plans.c());
        assertThat(h.provisioner.check(result.trunkId()).findings()).extracting(Finding::type)
                .containsExactly(FindingType.RECENT_CHANGE);

        result.awaitPropagation();

        assertThat(h.provisioner.check(result.trunkId()).findings()).isEmpty();
    }
}
