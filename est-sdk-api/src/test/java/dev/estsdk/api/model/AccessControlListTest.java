package dev.estsdk.api.model;

import dev.estsdk.api.exception.FieldViolation;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static dev.estsdk.api.model.BuildFailures.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;

class AccessControlListTest {

    @Test
    void build_whenEnabledNotSet_defaultsToEnabled() {
        assertThat(AccessControlList.builder().name("HQ").build().enabled()).isTrue();
    }

    @Test
    void build_whenNoRange_succeedsBecauseRangesCanBeDeletedOneByOne() {
        assertThat(AccessControlList.builder().name("HQ").build().ipRanges()).isEmpty();
    }

    @Test
    void ipRange_addsRangesInOrderFromEveryForm() {
        AccessControlList acl = AccessControlList.builder()
                .name("HQ")
                .ipRange("203.0.113.10", 32)
                .ipRange(r -> r.ipAddress("198.51.100.0").range(24).description("DR"))
                .ipRange(IpRange.ofCidr("192.0.2.0/28"))
                .build();

        assertThat(acl.ipRanges()).extracting(IpRange::ipAddress, IpRange::range).containsExactly(
                org.assertj.core.groups.Tuple.tuple("203.0.113.10", 32),
                org.assertj.core.groups.Tuple.tuple("198.51.100.0", 24),
                org.assertj.core.groups.Tuple.tuple("192.0.2.0", 28));
        assertThat(acl.ipRanges().get(1).description()).isEqualTo("DR");
    }

    @Test
    void build_whenRangesBreakRules_namesEachByIndexInOneException() {
        assertThat(violationsOf(() -> AccessControlList.builder()
                .name(" ")
                .ipRange("203.0.113.10", 32)
                .ipRange("203.0.113.0/24", 32)
                .ipRange("203.0.113.0", 33)
                .build())).containsExactly(
                        new FieldViolation("name", "must not be blank"),
                        new FieldViolation("ipRanges[1].ipAddress",
                                "must be a dotted-quad IPv4 address such as 203.0.113.10 (was \"203.0.113.0/24\")"),
                        new FieldViolation("ipRanges[2].range", "must be between 1 and 32 (was 33)"));
    }

    @Test
    void build_whenRangeIsNull_namesItsIndex() {
        assertThat(violationsOf(() -> AccessControlList.builder().name("HQ")
                .ipRanges(Arrays.asList(IpRange.ofCidr("192.0.2.1"), null)).build()))
                .containsExactly(new FieldViolation("ipRanges[1]", "is required"));
    }

    @Test
    void ipRanges_replacesEarlierRanges() {
        AccessControlList acl = AccessControlList.builder().name("HQ")
                .ipRange("203.0.113.10", 32)
                .ipRanges(java.util.List.of(IpRange.ofCidr("192.0.2.0/24")))
                .build();

        assertThat(acl.ipRanges()).extracting(IpRange::ipAddress).containsExactly("192.0.2.0");
    }
}
