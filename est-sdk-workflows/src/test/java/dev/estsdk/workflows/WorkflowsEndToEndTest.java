package dev.estsdk.workflows;

import dev.estsdk.testkit.SipInvite;
import dev.estsdk.testkit.SipResult;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.estsdk.workflows.Harness.PASSWORD;
import static dev.estsdk.workflows.Plans.NUMBER_1;
import static dev.estsdk.workflows.Plans.NUMBER_2;
import static dev.estsdk.workflows.Plans.PBX_IP;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each workflow end to end on the simulator: the SIP edge refuses the call or registration right
 * after apply (nothing has propagated) and accepts it after {@code awaitPropagation()}.
 */
class WorkflowsEndToEndTest extends SimulatorTest {

    private SipResult outbound(String domain, String sourceIp) {
        return h.sim.sip().invite(SipInvite.outbound(sourceIp, "sip:" + NUMBER_1 + "@" + domain, "+12025550199",
                domain));
    }

    private SipResult inbound(String number) {
        return h.sim.sip().invite(SipInvite.inbound("+14165550199", number));
    }

    @Test
    void workflowA_outboundFromTheAclAddress_isAcceptedOnlyAfterPropagation() {
        ProvisioningResult result = h.provisioner.apply(Plans.a());

        assertThat(result.workflow()).isEqualTo(Workflow.A);
        assertThat(result.domain()).isEqualTo("acme-a.pstn.sinch.com");
        assertThat(outbound(result.domain(), PBX_IP).isSuccess()).isFalse();

        PropagationReport report = result.awaitPropagation();

        assertThat(report.waited()).isEqualTo(Duration.ofSeconds(60));
        assertThat(report.verified()).containsExactly("1 access control list(s) linked");
        assertThat(outbound(result.domain(), PBX_IP).status()).isEqualTo(200);
        assertThat(outbound(result.domain(), "198.51.100.7").status()).isEqualTo(403);
    }

    @Test
    void workflowB_inboundToTheNumber_reachesTheStaticEndpointOnlyAfterPropagation() {
        ProvisioningResult result = h.provisioner.apply(Plans.b());

        assertThat(result.workflow()).isEqualTo(Workflow.B);
        assertThat(inbound(NUMBER_1).isSuccess()).isFalse();

        result.awaitPropagation();

        SipResult call = inbound(NUMBER_1);
        assertThat(call.status()).isEqualTo(200);
        assertThat(call.endpointId()).isEqualTo(result.endpoints().get(0).id());
    }

    @Test
    void workflowC_bothDirectionsWorkOnlyAfterPropagation() {
        ProvisioningResult result = h.provisioner.apply(Plans.c());

        assertThat(result.workflow()).isEqualTo(Workflow.C);
        assertThat(outbound(result.domain(), PBX_IP).isSuccess()).isFalse();
        assertThat(inbound(NUMBER_2).isSuccess()).isFalse();

        PropagationReport report = result.awaitPropagation();

        assertThat(report.verified()).containsExactly("1 access control list(s) linked", "1 endpoint(s) present",
                "2 number(s) assigned");
        assertThat(outbound(result.domain(), PBX_IP).status()).isEqualTo(200);
        assertThat(inbound(NUMBER_1).status()).isEqualTo(200);
        assertThat(inbound(NUMBER_2).status()).isEqualTo(200);
    }

    @Test
    void workflowD_registrationAndInboundWorkOnlyAfterPropagation() {
        ProvisioningResult result = h.provisioner.apply(Plans.d());

        assertThat(result.workflow()).isEqualTo(Workflow.D);
        assertThat(result.credentialListIds()).hasSize(1);
        assertThat(h.sim.sip().register(result.domain(), "alice", PASSWORD).isSuccess()).isFalse();

        result.awaitPropagation();

        assertThat(h.sim.sip().register(result.domain(), "alice", PASSWORD).status()).isEqualTo(200);
        assertThat(h.sim.sip().register(result.domain(), "alice", "Wrong-Passw0rd-1").status()).isEqualTo(401);
        assertThat(inbound(NUMBER_1).status()).isEqualTo(200);
    }

    @Test
    void workflowE_outboundWithDigestCredentials_isAcceptedOnlyAfterPropagation() {
        ProvisioningResult result = h.provisioner.apply(Plans.e());
        SipInvite invite = SipInvite.outbound("198.51.100.7", "sip:" + NUMBER_1 + "@" + result.domain(),
                "+12025550199", result.domain()).withDigest("alice", PASSWORD);

        assertThat(result.workflow()).isEqualTo(Workflow.E);
        assertThat(h.sim.sip().invite(invite).isSuccess()).isFalse();

        result.awaitPropagation();

        assertThat(h.sim.sip().invite(invite).status()).isEqualTo(200);
    }

    @Test
    void apply_reportsOneEventPerStepInDependencyOrder() {
        ProvisioningResult result = h.provisioner.apply(Plans.c());

        assertThat(h.events).extracting(e -> e.change().type() + " " + e.change().resource().type())
                .containsExactly("CREATE TRUNK", "CREATE ACCESS_CONTROL_LIST", "LINK ACCESS_CONTROL_LIST_LINK",
                        "CREATE ENDPOINT", "ASSIGN PHONE_NUMBER", "ASSIGN PHONE_NUMBER");
        assertThat(h.events).extracting(StepEvent::number).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(h.events).allSatisfy(e -> {
            assertThat(e.total()).isEqualTo(6);
            assertThat(e.phase()).isEqualTo(StepEvent.Phase.APPLY);
            assertThat(e.change().resource().id()).isNotNull();
        });
        assertThat(result.changes()).isEqualTo(h.events.stream().map(StepEvent::change).toList());
        assertThat(result.created()).extracting(ResourceRef::type).containsExactly(ResourceType.TRUNK,
                ResourceType.ACCESS_CONTROL_LIST, ResourceType.ENDPOINT);
    }

    @Test
    void workflowC_freshApply_makesOnlyTheRequestsTheApiNeeds_andWaitsOnce() {
        h.forgetRequests();

        ProvisioningResult result = h.provisioner.apply(Plans.c());

        assertThat(h.apiRequests()).containsExactly(
                "GET /trunks?page=1&size=500&domain=acme-c.pstn.sinch.com",
                "POST /trunks",
                "POST /accessControlLists",
                "POST /trunks/" + result.trunkId() + "/accessControlLists",
                "POST /trunks/" + result.trunkId() + "/endpoints",
                "POST /phoneNumbers",
                "POST /phoneNumbers");

        h.forgetRequests();
        result.awaitPropagation();

        assertThat(h.apiRequests()).hasSize(3).allMatch(r -> r.startsWith("GET "));
        assertThat(h.sleeps).containsExactly(Duration.ofSeconds(60));
    }

    @Test
    void apply_withAListenerThatThrows_stillProvisions() {
        try (Harness failing = Harness.on(h.sim, b -> b.listener(e -> {
            throw new IllegalStateException("progress bar broke");
        }))) {
            ProvisioningResult result = failing.provisioner.apply(Plans.b());

            assertThat(result.changes()).hasSize(3);
            assertThat(h.sim.counts().endpoints()).isEqualTo(1);
        }
    }
}
