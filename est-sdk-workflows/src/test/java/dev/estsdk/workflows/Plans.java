package dev.estsdk.workflows;

import java.util.stream.Stream;

import static dev.estsdk.workflows.Harness.PASSWORD;

/** The plans of workflows A to E used across the simulator tests. */
final class Plans {

    static final String PBX_IP = "203.0.113.10";
    static final String NUMBER_1 = "+12025550101";
    static final String NUMBER_2 = "+12025550102";

    private Plans() {
    }

    static Stream<ProvisioningPlan> all() {
        return Stream.of(a(), b(), c(), d(), e());
    }

    static ProvisioningPlan a() {
        return ProvisioningPlan.builder()
                .trunk(t -> t.name("Acme outbound").hostName("acme-a"))
                .outboundAuth(TrunkAuth.acl(acl -> acl.name("HQ SBC").ipRange(PBX_IP, 32)))
                .build();
    }

    static ProvisioningPlan b() {
        return ProvisioningPlan.builder()
                .trunk(t -> t.name("Acme inbound").hostName("acme-b"))
                .staticEndpoint(e -> e.name("sbc-1").address(PBX_IP))
                .phoneNumbers(NUMBER_1)
                .build();
    }

    static ProvisioningPlan c() {
        return ProvisioningPlan.builder()
                .trunk(t -> t.name("Acme HQ").hostName("acme-c"))
                .outboundAuth(TrunkAuth.acl(acl -> acl.name("HQ SBC").ipRange(PBX_IP, 32)))
                .staticEndpoint(e -> e.name("sbc-1").address(PBX_IP))
                .phoneNumbers(NUMBER_1, NUMBER_2)
                .build();
    }

    static ProvisioningPlan d() {
        return ProvisioningPlan.builder()
                .trunk(t -> t.name("Acme desk phones").hostName("acme-d"))
                .registrationCredentials(TrunkAuth.credentials(c -> c.name("Desk users").credential("alice", PASSWORD)))
                .registeredEndpoint(e -> e.name("alice-phone").credentialUsername("alice"))
                .phoneNumbers(NUMBER_1)
                .build();
    }

    static ProvisioningPlan e() {
        return ProvisioningPlan.builder()
                .trunk(t -> t.name("Acme digest").hostName("acme-e"))
                .outboundAuth(TrunkAuth.credentials(c -> c.name("PBX users").credential("alice", PASSWORD)))
                .build();
    }
}
