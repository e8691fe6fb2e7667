package dev.estsdk.workflows;

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
        AccessControlList existing = AccessControlList.builder().id("01A").name("SBC")
                .ipRange(r -> r.id("r1").ipAddress("203.0.113.10").range(32))
                .ipRange(r -> r.id("r2").ipAddress("198.51.100.0").range(24)).build();
        AccessControlList sameReordered = AccessControlList.builder().name("SBC").ipRange("198.51.100.0", 24)
                .ipRange("203.0.113.10", 32).build();
        AccessControlList narrower = AccessControlList.builder().name("SBC").ipRange("203.0.113.10", 32).build();

        assertThat(Diffs.acl(existing, sameReordered)).isEmpty();
        assertThat(Diffs.acl(existing, narrower)).containsExactly(
                "ipRanges: [198.51.100.0/24, 203.0.113.10/32] -> [203.0.113.10/32]");
    }

    @Test
    void mergeAcl_keepsTheIdsOfRangesTheServerHas() {
        AccessControlList existing = AccessControlList.builder().id("01A").name("SBC")
                .ipRange(r -> r.id("r1").ipAddress("203.0.113.10").range(32)).build();
        AccessControlList wanted = AccessControlList.builder().name("SBC").ipRange("203.0.113.10", 32)
                .ipRange("198.51.100.0", 24).build();

        AccessControlList merged = Diffs.mergeAcl(existing, wanted);

        assertThat(merged.id()).isEqualTo("01A");
        assertThat(merged.ipRanges()).extracting(IpRange::id).containsExactly("r1", null);
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
