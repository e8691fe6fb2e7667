package dev.estsdk.workflows;

import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.model.StaticEndpoint;
import dev.estsdk.testkit.ResourceCounts;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Applying a plan again changes nothing; a changed plan changes only what differs. */
class IdempotentApplyTest extends SimulatorTest {

    @ParameterizedTest
    @MethodSource("dev.estsdk.workflows.Plans#all")
    @DisplayName("P25: a workflow run twice creates nothing the second time (zero write requests)")
    void apply_twice_makesNoWriteTheSecondTime(ProvisioningPlan plan) {
        ProvisioningResult first = h.provisioner.apply(plan);
        ResourceCounts counts = h.sim.counts();
        h.forgetRequests();

        ProvisioningResult second = h.provisioner.apply(plan);

        assertThat(h.writeRequests()).isEmpty();
        assertThat(second.isUnchanged()).isTrue();
        assertThat(h.sim.counts()).isEqualTo(counts);
        assertThat(second.trunkId()).isEqualTo(first.trunkId());
        assertThat(second.accessControlListIds()).isEqualTo(first.accessControlListIds());
        assertThat(second.credentialListIds()).isEqualTo(first.credentialListIds());
        assertThat(second.endpoints()).extracting(e -> e.id())
                .isEqualTo(first.endpoints().stream().map(e -> e.id()).toList());
        assertThat(second.lastChangeAt()).isPresent();
    }

    @Test
    @DisplayName("P25: a dry run of an applied plan lists no change and writes nothing")
    void plan_ofAnAppliedPlan_isEmpty() {
        h.provisioner.apply(Plans.c());
        h.forgetRequests();

        assertThat(h.provisioner.plan(Plans.c())).isEmpty();
        assertThat(h.writeRequests()).isEmpty();
    }

    @Test
    void plan_ofANewPlan_listsTheWritesInOrderWithoutWriting() {
        h.forgetRequests();

        List<Change> changes = h.provisioner.plan(Plans.d());

        assertThat(changes).extracting(Change::toString).containsExactly(
                "CREATE TRUNK \"acme-d\": domain acme-d.pstn.sinch.com",
                "CREATE CREDENTIAL_LIST \"Desk users\": 1 user(s)",
                "LINK CREDENTIAL_LIST_LINK \"Desk users\"",
                "CREATE ENDPOINT \"alice-phone\": registered as alice, UDP, priority 1",
                "ASSIGN PHONE_NUMBER \"+12025550101\"");
        assertThat(h.writeRequests()).isEmpty();
        assertThat(h.sim.counts().trunks()).isZero();
    }

    @Test
    void apply_changedPlan_makesOnlyTheNeededWrites() {
        ProvisioningResult first = h.provisioner.apply(Plans.c());
        StaticEndpoint sbc = (StaticEndpoint) first.endpoints().get(0);
        ProvisioningPlan changed = ProvisioningPlan.builder()
                .trunk(t -> t.name("Acme HQ").hostName("acme-c"))
                .outboundAuth(TrunkAuth.acl(a -> a.name("HQ SBC").ipRange(Plans.PBX_IP, 32)
                        .ipRange("198.51.100.0", 24)))
                .staticEndpoint(e -> e.name(sbc.name()).address(sbc.address()).port(sbc.port()).transport(sbc.transport())
                        .enabled(sbc.enabled()).priority(2))
                .phoneNumbers(Plans.NUMBER_1, Plans.NUMBER_2, "+12025550103")
                .build();

        assertThat(h.provisioner.plan(changed)).extracting(c -> c.type() + " " + c.resource().type())
                .containsExactly("UPDATE ACCESS_CONTROL_LIST", "UPDATE ENDPOINT", "ASSIGN PHONE_NUMBER");
        h.forgetRequests();

        ProvisioningResult second = h.provisioner.apply(changed);

        assertThat(h.writeRequests()).containsExactly(
                "PUT /accessControlLists/" + first.accessControlListIds().get(0),
                "PUT /trunks/" + first.trunkId() + "/endpoints/" + sbc.id(),
                "POST /phoneNumbers");
        assertThat(second.changes()).extracting(Change::detail).containsExactly(
                "ipRanges: [203.0.113.10/32] -> [198.51.100.0/24, 203.0.113.10/32]",
                "priority: 1 -> 2",
                "");
        assertThat(h.est.accessControlLists().get(first.accessControlListIds().get(0)).ipRanges()).hasSize(2);
        assertThat(h.est.sipEndpoints().get(first.trunkId(), sbc.id()).priority()).isEqualTo(2);
    }

    @Test
    void apply_planWithAnExistingListById_linksItWithoutCreatingOne() {
        String aclId = h.est.accessControlLists().create(a -> a.name("Shared SBC").ipRange(Plans.PBX_IP, 32)).id();
        ProvisioningPlan plan = ProvisioningPlan.builder()
                .trunk(t -> t.name("Branch").hostName("acme-branch"))
                .outboundAuth(TrunkAuth.existingAcl(aclId))
                .build();

        ProvisioningResult result = h.provisioner.apply(plan);

        assertThat(result.changes()).extracting(c -> c.type() + " " + c.resource().type())
                .containsExactly("CREATE TRUNK", "LINK ACCESS_CONTROL_LIST_LINK");
        assertThat(result.accessControlListIds()).containsExactly(aclId);
        assertThat(h.sim.counts().accessControlLists()).isEqualTo(1);
    }

    @Test
    void apply_planAddingAUserToAnExistingList_addsOnlyThatUserAndItsEndpoint() {
        ProvisioningResult first = h.provisioner.apply(Plans.d());
        String listId = first.credentialListIds().get(0);
        ProvisioningPlan withBob = ProvisioningPlan.builder()
                .trunk(t -> t.name("Acme desk phones").hostName("acme-d"))
                .registrationCredentials(TrunkAuth.credentials(c -> c.name("Desk users")
                        .credential("alice", Harness.PASSWORD).credential("bob", "Bob-Passw0rd-12")))
                .registeredEndpoint(e -> e.name("alice-phone").credentialUsername("alice"))
                .registeredEndpoint(e -> e.name("bob-phone").credentialUsername("bob"))
                .phoneNumbers(Plans.NUMBER_1)
                .build();
        h.forgetRequests();

        ProvisioningResult second = h.provisioner.apply(withBob);

        assertThat(h.writeRequests()).containsExactly(
                "PUT /credentialLists/" + listId + "/credentials/bob",
                "POST /trunks/" + first.trunkId() + "/endpoints");
        assertThat(second.credentialListIds()).containsExactly(listId);
        second.awaitPropagation();
        assertThat(h.sim.sip().register(second.domain(), "bob", "Bob-Passw0rd-12").status()).isEqualTo(200);
    }

    @Test
    void apply_existingListWithoutTheEndpointsUsername_isRefusedBeforeAnyWrite() {
        String listId = h.est.credentialLists().create(c -> c.name("Other users")
                .credential("carol", Harness.PASSWORD)).id();
        ProvisioningPlan plan = ProvisioningPlan.builder()
                .trunk(t -> t.name("Desk").hostName("acme-existing"))
                .registrationCredentials(TrunkAuth.existingCredentials(listId))
                .registeredEndpoint(e -> e.name("dave-phone").credentialUsername("dave"))
                .build();
        h.forgetRequests();

        assertThatThrownBy(() -> h.provisioner.apply(plan))
                .isInstanceOf(EstValidationException.class)
                .hasMessageContaining("endpoints[0].credentialUsername")
                .hasMessageContaining("\"dave\"")
                .hasMessageContaining("SIP 401");
        assertThat(h.writeRequests()).isEmpty();
    }
}
