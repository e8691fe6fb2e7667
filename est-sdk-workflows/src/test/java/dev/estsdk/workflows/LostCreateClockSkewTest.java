package dev.estsdk.workflows;

import dev.estsdk.api.model.CreateAccessControlListRequest;
import dev.estsdk.api.EstApi;
import dev.estsdk.api.model.AccessControlList;
import dev.estsdk.api.model.CredentialList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Property 28: a project-level list whose create answer was lost is found and rolled back, or
 * named by id in the exception, whatever the skew between the client's clock and the server's.
 * The provisioner's clock runs {@code skew} ahead of the simulator's (negative: behind).
 */
class LostCreateClockSkewTest extends SimulatorTest {

    static Stream<Arguments> skews() {
        return Stream.of(0, 4, 5, 6, 10, 30, 60, -6, -60).flatMap(s -> Stream.of(
                Arguments.of(s, "accessControlLists"), Arguments.of(s, "credentialLists")));
    }

    @ParameterizedTest(name = "server clock {0} s behind, {1}")
    @MethodSource("skews")
    @DisplayName("28. a list created in the same run as its trunk is rolled back at any clock skew")
    void lostListCreate_onANewTrunk_isRolledBackAtAnySkew(int skewSeconds, String resource) {
        Set<String> before = listIds(h.est);

        ProvisioningException e = catchThrowableOfType(ProvisioningException.class,
                () -> skewedProvisioner(skewSeconds, resource).apply(planFor(resource, "acme-skew")));

        assertThat(listIds(h.est)).isEqualTo(before);
        assertThat(e.notRolledBack()).isEmpty();
        assertThat(e.rolledBack()).extracting(ResourceRef::type).contains(listType(resource), ResourceType.TRUNK);
    }

    @ParameterizedTest(name = "server clock {0} s behind, {1}")
    @MethodSource("skews")
    @DisplayName("28. a list created on an existing trunk is rolled back or named by id, and an older list of the "
            + "same name is never deleted")
    void lostListCreate_onAnExistingTrunk_leavesNoUnnamedOrphan(int skewSeconds, String resource) {
        h.provisioner.apply(ProvisioningPlan.builder().trunk(t -> t.name("Acme").hostName("acme-skew"))
                .staticEndpoint(s -> s.name("sbc-1").address(Plans.PBX_IP)).build());
        String older = createUnlinkedList(resource);
        h.sim.advance(Duration.ofMinutes(2));
        Set<String> before = listIds(h.est);

        ProvisioningException e = catchThrowableOfType(ProvisioningException.class,
                () -> skewedProvisioner(skewSeconds, resource).apply(planFor(resource, "acme-skew")));

        Set<String> left = new HashSet<>(listIds(h.est));
        left.removeAll(before);
        List<String> named = e.notRolledBack().stream().map(f -> f.resource().id()).toList();
        assertThat(named).as("every list the failed run left behind is named by id").containsAll(left);
        assertThat(listIds(h.est)).as("the list that was there before the run is kept").contains(older);
        if (Math.abs(skewSeconds) <= 4) {
            assertThat(left).as("within the margin the orphan is found and removed").isEmpty();
        }
        assertThat(e.notRolledBack()).allSatisfy(f -> assertThat(f.reason()).contains("may have been created by this run"));
    }

    private TrunkProvisioner skewedProvisioner(int skewSeconds, String resource) {
        return TrunkProvisioner.builder(FaultyApi.losingResponseOnce(h.est, resource, "create"))
                .clock(Clock.offset(h.clock, Duration.ofSeconds(skewSeconds)))
                .sleeper(h.sim::advance)
                .sipDomainSuffix(h.sim.sipDomainSuffix())
                .build();
    }

    private static ProvisioningPlan planFor(String resource, String hostName) {
        ProvisioningPlan.Builder plan = ProvisioningPlan.builder().trunk(t -> t.name("Acme").hostName(hostName));
        return resource.equals("accessControlLists")
                ? plan.outboundAuth(TrunkAuth.acl(a -> a.name("HQ SBC").ipRange(Plans.PBX_IP, 32))).build()
                : plan.outboundAuth(TrunkAuth.credentials(c -> c.name("HQ SBC").credential("alice", Harness.PASSWORD)))
                        .build();
    }

    private String createUnlinkedList(String resource) {
        if (resource.equals("accessControlLists")) {
            return h.est.accessControlLists().create(CreateAccessControlListRequest.builder().name("HQ SBC")
                    .ipRange(r -> r.ipAddress("198.51.100.7")).build()).id();
        }
        return h.est.credentialLists().create(c -> c.name("HQ SBC").credential("bob", Harness.PASSWORD)).id();
    }

    private static ResourceType listType(String resource) {
        return resource.equals("accessControlLists") ? ResourceType.ACCESS_CONTROL_LIST : ResourceType.CREDENTIAL_LIST;
    }

    private static Set<String> listIds(EstApi api) {
        Set<String> ids = new HashSet<>();
        api.accessControlLists().list().forEach(a -> ids.add(a.id()));
        api.credentialLists().list().stream().map(CredentialList::id).forEach(ids::add);
        return ids;
    }
}
