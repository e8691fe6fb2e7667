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

class IpRangeTest {

    @Test
    void build_whenRangeNotSet_defaultsToSingleHost() {
        assertThat(IpRange.builder().ipAddress("203.0.113.10").build().range()).isEqualTo(32);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 33})
    void build_whenRangeIs0Or33_failsNamingFieldAndRule(int range) {
        assertThat(violationsOf(() -> IpRange.builder().ipAddress("203.0.113.0").range(range).build()))
                .containsExactly(new FieldViolation("range", "must be between 1 and 32 (was " + range + ")"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 24, 32})
    void build_whenRangeWithin1To32_succeeds(int range) {
        assertThat(IpRange.builder().ipAddress("0.0.0.0").range(range).build().range()).isEqualTo(range);
    }

    @ParameterizedTest
    @ValueSource(strings = {"203.0.113", "203.0.113.256", "203.0.113.01", "203.0.113.0/24", "a.b.c.d",
                            "2001:db8::1", " 203.0.113.1", "acme.example"})
    void build_whenAddressIsNotDottedQuadIpv4_failsNamingFieldAndRule(String address) {
        assertThat(failureOf(() -> IpRange.builder().ipAddress(address).build())).hasMessageContaining(
                "ipAddress: must be a dotted-quad IPv4 address such as 203.0.113.10 (was \"" + address + "\")");
    }

    @Test
    void build_whenAddressMissing_failsAsRequired() {
        assertThat(violationsOf(() -> IpRange.builder().build()))
                .containsExactly(new FieldViolation("ipAddress", "is required"));
    }

    @ParameterizedTest
    @CsvSource({"203.0.113.0/24, 203.0.113.0, 24", "203.0.113.10/32, 203.0.113.10, 32",
                "203.0.113.10, 203.0.113.10, 32", "10.0.0.0 / 8, 10.0.0.0, 8"})
    void ofCidr_convertsCidrNotationIntoAddressAndRange(String cidr, String address, int range) {
        IpRange ipRange = IpRange.ofCidr(cidr);

        assertThat(ipRange.ipAddress()).isEqualTo(address);
        assertThat(ipRange.range()).isEqualTo(range);
    }

    @Test
    void ofCidr_whenPrefixAbove32_failsOnRange() {
        assertThat(fieldsOf(() -> IpRange.ofCidr("203.0.113.0/33"))).containsExactly("range");
    }

    @ParameterizedTest
    @ValueSource(strings = {"203.0.113.0/", "203.0.113.0/x", "203.0.113.0/-1", "203.0.113.0/024"})
    void ofCidr_whenPrefixNotANumber_failsOnCidr(String cidr) {
        assertThat(fieldsOf(() -> IpRange.ofCidr(cidr))).containsExactly("cidr");
    }

    @Test
    void ofCidr_whenBlank_failsOnCidr() {
        assertThat(violationsOf(() -> IpRange.ofCidr(" ")))
                .containsExactly(new FieldViolation("cidr", "is required"));
    }
}
