package dev.estsdk.workflows;

import dev.estsdk.api.model.NewIpRange;
import dev.estsdk.api.model.UpdateAccessControlListRequest;
import dev.estsdk.api.model.CreateAccessControlListRequest;
import dev.estsdk.api.model.AccessControlList;
import dev.estsdk.api.model.IpRange;
import dev.estsdk.api.model.CreateRegisteredEndpointRequest;
import dev.estsdk.api.model.CreateStaticEndpointRequest;
import dev.estsdk.api.model.CreateSipTrunkRequest;
import dev.estsdk.api.model.SipTrunk;
import dev.estsdk.api.model.UpdateSipTrunkRequest;
import dev.estsdk.api.model.StaticEndpoint;
import dev.estsdk.api.model.Transport;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DiffsTest {

    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    private final SipTrunk server = new SipTrunk("01T", "Acme", "acme", "pstn.sinch.com", "acme.pstn.sinch.com", 1,
            false, "", false, T0, null, "p");

    @Test
    void trunk_sameWritableFields_noDifference_emptyAndNullForwardNumberAreEqual() {
        CreateSipTrunkRequest wanted = CreateSipTrunkRequest.builder().name("Acme").hostName("acme").build();

        assertThat(Diffs.trunk(server, wanted)).isEmpty();
    }

    @Test
    void trunk_differentFields_areListedAsOldToNew() {
        CreateSipTrunkRequest wanted = CreateSipTrunkRequest.builder().name("Acme HQ").hostName("acme").enableCallerName(true).build();

        assertThat(Diffs.trunk(server, wanted)).containsExactly("name: Acme -> Acme HQ",
                "enableCallerName: false -> true");
    }

    @Test
    void mergeTrunk_targetsTheServersTrunkWithThePlansWritableFields() {
        UpdateSipTrunkRequest merged = Diffs.mergeTrunk(server,
                CreateSipTrunkRequest.builder().name("Acme HQ").hostName("acme").enableCallerName(true).build());

        assertThat(merged).isEqualTo(new UpdateSipTrunkRequest("01T", "Acme HQ", "acme", true, null, false));
    }

    @Test
    void acl_rangeOrderDoesNotMatter_butARangeDoes() {
        AccessControlList existing = new AccessControlList("01A", "SBC", true, List.of(
                new IpRange("r1", null, "203.0.113.10", 32, "01A", T0, null, "p"),
                new IpRange("r2", null, "198.51.100.0", 24, "01A", T0, null, "p")), List.of(), T0, null, "p");
        CreateAccessControlListRequest sameReordered = CreateAccessControlListRequest.builder().name("SBC")
                .ipRange("198.51.100.0", 24).ipRange("203.0.113.10", 32).build();
        CreateAccessControlListRequest narrower = CreateAccessControlListRequest.builder().name("SBC")
                .ipRange("203.0.113.10", 32).build();

        assertThat(Diffs.acl(existing, sameReordered)).isEmpty();
        assertThat(Diffs.acl(existing, narrower)).containsExactly(
                "ipRanges: [198.51.100.0/24, 203.0.113.10/32] -> [203.0.113.10/32]");
    }

    @Test
    void mergeAcl_targetsTheServersListWithThePlansFlagAndRanges() {
        AccessControlList existing = new AccessControlList("01A", "SBC", true, List.of(
                new IpRange("r1", null, "203.0.113.10", 32, "01A", T0, null, "p")), List.of("01T"), T0, null, "p");
        CreateAccessControlListRequest wanted = CreateAccessControlListRequest.builder().name("SBC").enabled(false)
                .ipRange("203.0.113.10", 32).ipRange(r -> r.ipAddress("198.51.100.0").range(24).description("DR"))
                .build();

        UpdateAccessControlListRequest merged = Diffs.mergeAcl(existing, wanted);

        assertThat(merged).isEqualTo(new UpdateAccessControlListRequest("01A", "SBC", false, List.of(
                NewIpRange.of("203.0.113.10", 32), new NewIpRange("DR", "198.51.100.0", 24))));
    }

    @Test
    void endpoint_comparesWritableFieldsOnly() {
        StaticEndpoint existing = new StaticEndpoint("01E", "01T", "sbc", "203.0.113.10", 5060, Transport.UDP, 1,
                true, T0, null, "p");

        assertThat(Diffs.endpoint(existing, WantedEndpoints.of(CreateStaticEndpointRequest.builder().name("sbc")
                .address("203.0.113.10").build()))).isEmpty();
        assertThat(Diffs.endpoint(existing, WantedEndpoints.of(CreateStaticEndpointRequest.builder().name("sbc")
                .address("203.0.113.10").port(5061).transport(Transport.TLS).build())))
                .containsExactly("transport: UDP -> TLS", "port: 5060 -> 5061");
        assertThat(Diffs.endpoint(existing, WantedEndpoints.of(CreateRegisteredEndpointRequest.builder().name("sbc")
                .credentialUsername("alice").build()))).containsExactly("kind: static -> registered");
    }
}
