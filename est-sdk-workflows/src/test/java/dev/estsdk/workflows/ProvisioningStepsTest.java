package dev.estsdk.workflows;

import dev.estsdk.api.model.CredentialList;
import dev.estsdk.api.model.SipTrunk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.estsdk.workflows.Harness.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The step-by-step API refuses a step whose prerequisites are missing, before any request. */
class ProvisioningStepsTest extends SimulatorTest {

    private ProvisioningSteps steps;

    @BeforeEach
    void start() {
        steps = h.provisioner.steps();
        h.forgetRequests();
    }

    @Test
    void createEndpoint_beforeTheTrunk_isRefusedWithoutARequest() {
        assertThatThrownBy(() -> steps.createStaticEndpoint(e -> e.name("sbc").address("203.0.113.10")))
                .isInstanceOf(OrderViolationException.class)
                .hasMessageContaining("Cannot create an endpoint before the trunk")
                .hasMessageContaining("createTrunk(...)");
        assertThat(h.apiRequests()).isEmpty();
    }

    @Test
    void createAccessControlList_beforeTheTrunk_isRefused() {
        assertThatThrownBy(() -> steps.createAccessControlList(a -> a.name("SBC").ipRange("203.0.113.10", 32)))
                .isInstanceOf(OrderViolationException.class);
        assertThat(h.apiRequests()).isEmpty();
    }

    @Test
    void createRegisteredEndpoint_beforeItsListIsLinked_isRefusedNaming401() {
        steps.createTrunk(t -> t.name("Desk").hostName("acme-steps"));
        steps.createCredentialList(c -> c.name("Users").credential("alice", PASSWORD));
        h.forgetRequests();

        assertThatThrownBy(() -> steps.createRegisteredEndpoint(e -> e.name("phone").credentialUsername("alice")))
                .isInstanceOf(OrderViolationException.class)
                .hasMessageContaining("\"alice\"")
                .hasMessageContaining("linkCredentialList")
                .hasMessageContaining("SIP 401");
        assertThat(h.writeRequests()).isEmpty();
    }

    @Test
    void assignNumber_beforeAnEndpointOrLink_isRefused() {
        steps.createTrunk(t -> t.name("Desk").hostName("acme-steps"));
        h.forgetRequests();

        assertThatThrownBy(() -> steps.assignNumber(Plans.NUMBER_1))
                .isInstanceOf(OrderViolationException.class)
                .hasMessageContaining("Create an endpoint first");
        assertThat(h.writeRequests()).isEmpty();
    }

    @Test
    void createTrunk_twice_isRefused() {
        steps.createTrunk(t -> t.name("Desk").hostName("acme-steps"));

        assertThatThrownBy(() -> steps.createTrunk(t -> t.name("Other").hostName("acme-other")))
                .isInstanceOf(OrderViolationException.class);
    }

    @Test
    void stepsInOrder_provisionWorkflowD_thatRegistersAfterPropagation() {
        SipTrunk trunk = steps.createTrunk(t -> t.name("Desk").hostName("acme-steps"));
        CredentialList users = steps.createCredentialList(c -> c.name("Users").credential("alice", PASSWORD));
        steps.linkCredentialList(users.id());
        steps.createRegisteredEndpoint(e -> e.name("phone").credentialUsername("alice"));
        steps.assignNumber(Plans.NUMBER_1);

        ProvisioningResult result = steps.result();
        result.awaitPropagation();

        assertThat(result.changes()).extracting(c -> c.type() + " " + c.resource().type()).containsExactly(
                "CREATE TRUNK", "CREATE CREDENTIAL_LIST", "LINK CREDENTIAL_LIST_LINK", "CREATE ENDPOINT",
                "ASSIGN PHONE_NUMBER");
        assertThat(h.events).extracting(StepEvent::number).containsExactly(1, 2, 3, 4, 5);
        assertThat(h.sim.sip().register(trunk.domain(), "alice", PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void useTrunk_learnsExistingLinksBeforeAllowingARegisteredEndpoint() {
        ProvisioningResult applied = h.provisioner.apply(Plans.d());
        ProvisioningSteps later = h.provisioner.steps();

        later.useTrunk(applied.trunkId());
        later.createRegisteredEndpoint(e -> e.name("second-phone").credentialUsername("alice"));

        assertThat(h.est.sipEndpoints().list(applied.trunkId()).stream().toList()).hasSize(2);
    }

    @Test
    void rollback_removesWhatTheSessionCreatedInReverseOrder() {
        var before = h.sim.counts();
        steps.createTrunk(t -> t.name("Desk").hostName("acme-steps"));
        String aclId = steps.createAccessControlList(a -> a.name("SBC").ipRange("203.0.113.10", 32)).id();
        steps.linkAccessControlList(aclId);
        steps.assignNumber(Plans.NUMBER_1);

        List<ResourceRef> removed = steps.rollback();

        assertThat(removed).extracting(ResourceRef::type).containsExactly(ResourceType.PHONE_NUMBER,
                ResourceType.ACCESS_CONTROL_LIST_LINK, ResourceType.ACCESS_CONTROL_LIST, ResourceType.TRUNK);
        assertThat(h.sim.counts()).isEqualTo(before);
    }
}
