package dev.estsdk.benchmarks.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MinimumRequestsTest {

    @Test
    void total_isLookupTrunkAclsOneLinkEndpointsAndNumbers() {
        // 1 look-up + 1 trunk + 1 ACL + 1 link + 2 endpoints + 5 numbers
        assertThat(new MinimumRequests(1, 2, 5).total()).isEqualTo(11);
    }

    @Test
    void total_withoutAcl_needsNoLinkRequest() {
        assertThat(new MinimumRequests(0, 1, 0).total()).isEqualTo(3);
    }

    @Test
    void derivation_showsEveryOperationAndTheTotal() {
        assertThat(new MinimumRequests(1, 2, 5).derivation())
                .anyMatch(l -> l.contains("GET /trunks?domain"))
                .anyMatch(l -> l.startsWith("- 2 × `POST /trunks/{id}/endpoints`"))
                .anyMatch(l -> l.startsWith("- 5 × `POST /phoneNumbers`"))
                .last().asString().contains("minimum = 11 requests");
    }
}
