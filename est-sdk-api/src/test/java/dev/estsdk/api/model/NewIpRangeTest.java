package dev.estsdk.api.model;

import dev.estsdk.api.exception.FieldViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.estsdk.api.model.BuildFailures.failureOf;
import static dev.estsdk.api.model.BuildFailures.fieldsOf;
import static dev.estsdk.api.model.BuildFailures.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;

class NewIpRangeTest {

    @Test
    void build_whenRangeNotSet_defaultsToSingleHost() {
        assertThat(NewIpRange.builder().ipAddress("203.0.113.10").build().range()).isEqualTo(32);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 33})
    void build_whenRangeIs0Or33_failsNamingFieldAndRule(int range) {
        assertThat(violationsOf(() -> NewIpRange.builder().ipAddress("203.0.113.0").range(range).build()))
                .containsExactly(new FieldViolation("range", "must be between 1 and 32 (was " + range + ")"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 24, 32})
    void build_whenRangeWithin1To32_succeeds(int range) {
        assertThat(NewIpRange.builder().ipAddress("0.0.0.0").range(range).build().range()).isEqualTo(range);
    }

    @ParameterizedTest
    @ValueSource(strings = {"203.0.113", "203.0.113.256", "203.0.113.01", "203.0.113.0/24", "a.b.c.d",
                            "2001:db8::1", " 203.0.113.1", "acme.example"})
    void build_whenAddressIsNotDottedQuadIpv4_failsNamingFieldAndRule(String address) {
        assertThat(failureOf(() -> NewIpRange.builder().ipAddress(address).build())).hasMessageContaining(
                "ipAddress: must be a dotted-quad IPv4 address such as 203.0.113.10 (was \"" + address + "\")");
    }

    @Test
    void build_whenAddressMissing_failsAsRequired() {
        assertThat(violationsOf(() -> NewIpRange.builder().build()))
                .containsExactly(new FieldViolation("ipAddress", "is required"));
    }

    @ParameterizedTest
    @CsvSource({"203.0.113.0/24, 203.0.113.0, 24", "203.0.113.10/32, 203.0.113.10, 32",
                "203.0.113.10, 203.0.113.10, 32", "10.0.0.0 / 8, 10.0.0.0, 8"})
    void ofCidr_convertsCidrNotationIntoAddressAndRange(String cidr, String address, int range) {
        NewIpRange ipRange = NewIpRange.ofCidr(cidr);

        assertThat(ipRange.ipAddress()).isEqualTo(address);
        assertThat(ipRange.range()).isEqualTo(range);
    }

    @Test
    void ofCidr_whenPrefixAbove32_failsOnRange() {
        assertThat(fieldsOf(() -> NewIpRange.ofCidr("203.0.113.0/33"))).containsExactly("range");
    }

    @ParameterizedTest
    @ValueSource(strings = {"203.0.113.0/", "203.0.113.0/x", "203.0.113.0/-1", "203.0.113.0/024"})
    void ofCidr_whenPrefixNotANumber_failsOnCidr(String cidr) {
        assertThat(fieldsOf(() -> NewIpRange.ofCidr(cidr))).containsExactly("cidr");
    }

    @Test
    void ofCidr_whenBlank_failsOnCidr() {
        assertThat(violationsOf(() -> NewIpRange.ofCidr(" ")))
                .containsExactly(new FieldViolation("cidr", "is required"));
    }

    @ParameterizedTest
    @CsvSource({"203.0.113.5, 24, 203.0.113.0", "10.1.2.3, 8, 10.0.0.0", "192.0.2.1, 31, 192.0.2.0"})
    void build_whenHostBitsSet_refusesNamingTheNetworkToUse(String address, int range, String network) {
        assertThat(violationsOf(() -> NewIpRange.of(address, range))).containsExactly(new FieldViolation("ipAddress",
                "must be the network address of its /" + range + " range: " + address + "/" + range
                        + " has host bits set; use " + network + "/" + range));
    }

    @Test
    void ofCidr_whenHostBitsSet_failsOnIpAddress() {
        assertThat(fieldsOf(() -> NewIpRange.ofCidr("203.0.113.5/24"))).containsExactly("ipAddress");
    }

    @Test
    void of_givesARangeWithoutDescription() {
        assertThat(NewIpRange.of("198.51.100.0", 24)).isEqualTo(new NewIpRange(null, "198.51.100.0", 24));
    }

    @Test
    void constructor_reportsEveryBrokenRuleAtOnce() {
        assertThat(fieldsOf(() -> new NewIpRange(" ", "203.0.113.256", 0)))
                .containsExactly("description", "ipAddress", "range");
    }

    @Test
    void ipRangeToUpdate_holdsTheIdsAndCurrentValues() {
        IpRange fetched = new IpRange("01R", "HQ", "203.0.113.0", 24, "01ACL", null, null, "p");

        assertThat(fetched.toUpdate().range(25).build())
                .isEqualTo(new UpdateIpRangeRequest("01ACL", "01R", "HQ", "203.0.113.0", 25));
    }

    @Test
    void updateIpRangeRequest_whenIdsMissingOrUnsafe_namesEachIdBeforeTheRangeRules() {
        assertThat(fieldsOf(() -> UpdateIpRangeRequest.builder(null, "../x").ipAddress("203.0.113.5").range(24)
                .build())).containsExactly("accessControlListId", "ipRangeId", "ipAddress");
    }
}
