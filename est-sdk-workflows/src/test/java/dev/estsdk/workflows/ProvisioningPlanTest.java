package dev.estsdk.workflows;

import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.FieldViolation;
import dev.estsdk.api.model.CreateStaticEndpointRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProvisioningPlanTest {

    private static final String PASSWORD = "Alice-Passw0rd-1";

    private static ProvisioningPlan.Builder trunk() {
        return ProvisioningPlan.builder().trunk(t -> t.name("Acme HQ").hostName("acme-hq"));
    }

    private static TrunkAuth acl() {
        return TrunkAuth.acl(a -> a.name("HQ SBC").ipRange("203.0.113.10", 32));
    }

    private static TrunkAuth aliceList() {
        return TrunkAuth.credentials(c -> c.name("Desk users").credential("alice", PASSWORD));
    }

    private static EstValidationException invalid(ProvisioningPlan.Builder builder) {
        return (EstValidationException) assertThatThrownBy(builder::build)
                .isInstanceOf(EstValidationException.class).actual();
    }

    private static java.util.List<String> fields(EstValidationException e) {
        return e.violations().stream().map(FieldViolation::field).toList();
    }

    @Test
    void build_outboundWithAcl_isWorkflowA() {
        ProvisioningPlan plan = trunk().outboundAuth(acl()).build();

        assertThat(plan.workflow()).isEqualTo(Workflow.A);
        assertThat(plan.direction()).isEqualTo(TrafficDirection.OUTBOUND);
    }

    @Test
    void build_inboundWithStaticEndpoint_isWorkflowB() {
        ProvisioningPlan plan = trunk().staticEndpoint(e -> e.name("sbc-1").address("203.0.113.10"))
                .phoneNumbers("+12025550101").build();

        assertThat(plan.workflow()).isEqualTo(Workflow.B);
        assertThat(plan.direction()).isEqualTo(TrafficDirection.INBOUND);
    }

    @Test
    void build_outboundAuthAndEndpoint_isWorkflowC() {
        ProvisioningPlan plan = trunk().outboundAuth(acl())
                .staticEndpoint(e -> e.name("sbc-1").address("203.0.113.10")).build();

        assertThat(plan.workflow()).isEqualTo(Workflow.C);
        assertThat(plan.direction()).isEqualTo(TrafficDirection.BOTH);
    }

    @Test
    void build_registeredEndpointWithCredentialList_isWorkflowD() {
        ProvisioningPlan plan = trunk().registrationCredentials(aliceList())
                .registeredEndpoint(e -> e.name("alice-phone").credentialUsername("alice")).build();

        assertThat(plan.workflow()).isEqualTo(Workflow.D);
        assertThat(plan.authLists()).hasSize(1);
    }

    @Test
    void build_outboundWithCredentialsOnly_isWorkflowE() {
        ProvisioningPlan plan = trunk().outboundAuth(aliceList()).build();

        assertThat(plan.workflow()).isEqualTo(Workflow.E);
    }

    @Test
    void build_registeredEndpointWithoutItsUsername_saysWhatToAdd() {
        EstValidationException e = invalid(trunk()
                .registeredEndpoint(r -> r.name("bob-phone").credentialUsername("bob")));

        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("endpoints[0].credentialUsername");
            assertThat(v.description()).contains("\"bob\"", "registrationCredentials(TrunkAuth.credentials(",
                    "SIP 401");
        });
    }

    @Test
    void build_registeredEndpointWithExistingList_isLeftToTheReadBeforeWriting() {
        ProvisioningPlan plan = trunk().registrationCredentials(TrunkAuth.existingCredentials("01CL"))
                .registeredEndpoint(r -> r.name("bob-phone").credentialUsername("bob")).build();

        assertThat(plan.workflow()).isEqualTo(Workflow.D);
    }

    @Test
    void build_outboundWithoutAuth_asksForAclOrCredentials() {
        EstValidationException e = invalid(trunk().direction(TrafficDirection.OUTBOUND));

        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("outboundAuth");
            assertThat(v.description()).contains("TrunkAuth.acl(", "TrunkAuth.credentials(");
        });
    }

    @Test
    void build_inboundWithoutEndpoint_asksForOne() {
        EstValidationException e = invalid(trunk().direction(TrafficDirection.INBOUND).phoneNumbers("+12025550101"));

        assertThat(fields(e)).containsExactly("endpoints");
        assertThat(e.getMessage()).contains("staticEndpoint(...)");
    }

    @Test
    void build_bothWithOnlyAuth_asksForEndpoint() {
        EstValidationException e = invalid(trunk().direction(TrafficDirection.BOTH).outboundAuth(acl()));

        assertThat(fields(e)).containsExactly("endpoints");
    }

    @Test
    void build_emptyPlan_saysItCarriesNoCalls() {
        EstValidationException e = invalid(trunk());

        assertThat(fields(e)).containsExactly("plan");
        assertThat(e.getMessage()).contains("carries no calls");
    }

    @Test
    void build_numbersNotE164_areNamedWithTheirIndex() {
        EstValidationException e = invalid(trunk().outboundAuth(acl()).phoneNumbers("+12025550101", "555-1234",
                "+12025550101"));

        assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("phoneNumbers[1]",
                "phoneNumbers[2]");
        assertThat(e.violations().get(0).description()).contains("E.164", "555-1234");
        assertThat(e.violations().get(1).description()).contains("listed twice", "phoneNumbers[0]");
    }

    @Test
    void build_missingTrunk_isRequired() {
        EstValidationException e = invalid(ProvisioningPlan.builder().outboundAuth(acl()));

        assertThat(fields(e)).containsExactly("trunk");
    }

    @Test
    void build_badPartsAreReportedUnderTheirPath() {
        EstValidationException e = invalid(ProvisioningPlan.builder()
                .trunk(t -> t.name("Acme").hostName("acme.example"))
                .outboundAuth(acl())
                .staticEndpoint(s -> s.name("ok").address("203.0.113.10"))
                .staticEndpoint(s -> s.name("bad").address("203.0.113.11").port(70000)));

        assertThat(fields(e)).containsExactlyInAnyOrder("trunk.hostName", "endpoints[1].port");
    }

    @Test
    void acl_withoutRanges_asksForOneBeforeThePlanExists() {
        EstValidationException e = catchThrowableOfType(EstValidationException.class,
                () -> TrunkAuth.acl(a -> a.name("empty")));

        assertThat(fields(e)).containsExactly("ipRanges");
    }

    @Test
    void build_repeatedEndpointName_isRejectedBecauseApplyMatchesByName() {
        EstValidationException e = invalid(trunk()
                .staticEndpoint(s -> s.name("sbc").address("203.0.113.10"))
                .staticEndpoint(s -> s.name("sbc").address("203.0.113.11")));

        assertThat(fields(e)).containsExactly("endpoints[1].name");
        assertThat(e.getMessage()).contains("matches existing endpoints by name");
    }

    @Test
    void build_allEndpointsDisabled_warnsOf503() {
        EstValidationException e = invalid(trunk().endpoint(CreateStaticEndpointRequest.builder().name("sbc")
                .address("203.0.113.10").enabled(false).build()));

        assertThat(e.getMessage()).contains("SIP 503");
    }

    @Test
    void build_aclAsRegistrationCredentials_isRejected() {
        EstValidationException e = invalid(trunk().registrationCredentials(acl()).outboundAuth(aliceList())
                .registeredEndpoint(r -> r.name("alice-phone").credentialUsername("alice")));

        assertThat(fields(e)).containsExactly("registrationCredentials[0]");
    }

    @Test
    void build_explicitDirectionContradictingContent_isRejected() {
        EstValidationException e = invalid(trunk().direction(TrafficDirection.OUTBOUND).outboundAuth(acl())
                .staticEndpoint(s -> s.name("sbc").address("203.0.113.10")));

        assertThat(fields(e)).containsExactly("endpoints");
        assertThat(e.getMessage()).contains("direction(BOTH)");
    }

    @Test
    void toString_hidesPasswords() {
        ProvisioningPlan plan = trunk().outboundAuth(aliceList()).build();

        assertThat(plan.toString()).doesNotContain(PASSWORD).contains("alice");
    }

    @Test
    void toBuilder_derivesAnEqualPlan() {
        ProvisioningPlan plan = trunk().outboundAuth(acl()).phoneNumbers("+12025550101").build();

        assertThat(plan.toBuilder().build()).isEqualTo(plan).hasSameHashCodeAs(plan);
        assertThat(plan.toBuilder().phoneNumbers("+12025550102").build().phoneNumbers()).hasSize(2);
    }
}
