package dev.estsdk.api.model;

import dev.estsdk.api.exception.FieldViolation;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static dev.estsdk.api.model.BuildFailures.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class AccessControlListRequestsTest {

    @Test
    void build_whenEnabledNotSet_defaultsToEnabled() {
        assertThat(CreateAccessControlListRequest.builder().name("HQ").ipRange("203.0.113.10", 32).build().enabled())
                .isTrue();
    }

    @Test
    void create_whenNoRange_failsBecauseTheServerNeedsAtLeastOne() {
        assertThat(violationsOf(() -> CreateAccessControlListRequest.builder().name("HQ").build()))
                .containsExactly(new FieldViolation("ipRanges", "must contain at least one IP range"));
        assertThat(violationsOf(() -> new CreateAccessControlListRequest("HQ", true, List.of())))
                .containsExactly(new FieldViolation("ipRanges", "must contain at least one IP range"));
    }

    @Test
    void create_whenRangesNull_namesTheFieldInsteadOfThrowingNullPointerException() {
        assertThat(violationsOf(() -> CreateAccessControlListRequest.builder().name("HQ").ipRanges(null).build()))
                .containsExactly(new FieldViolation("ipRanges", "is required"));
        assertThat(violationsOf(() -> new CreateAccessControlListRequest("HQ", true, null)))
                .containsExactly(new FieldViolation("ipRanges", "is required"));
    }

    @Test
    void update_whenNoRange_succeedsBecauseRangesCanBeDeletedOneByOne() {
        assertThat(UpdateAccessControlListRequest.builder("01ACL").name("HQ").build().ipRanges()).isEmpty();
    }

    @Test
    void ipRange_addsRangesInOrderFromEveryForm() {
        CreateAccessControlListRequest acl = CreateAccessControlListRequest.builder()
                .name("HQ")
                .ipRange("203.0.113.10", 32)
                .ipRange(r -> r.ipAddress("198.51.100.0").range(24).description("DR"))
                .ipRange(NewIpRange.ofCidr("192.0.2.0/28"))
                .build();

        assertThat(acl.ipRanges()).extracting(NewIpRange::ipAddress, NewIpRange::range).containsExactly(
                tuple("203.0.113.10", 32), tuple("198.51.100.0", 24), tuple("192.0.2.0", 28));
        assertThat(acl.ipRanges().get(1).description()).isEqualTo("DR");
    }

    @Test
    void build_whenRangesBreakRules_namesEachByIndexInOneException() {
        assertThat(violationsOf(() -> CreateAccessControlListRequest.builder()
                .name(" ")
                .ipRange("203.0.113.10", 32)
                .ipRange("203.0.113.0/24", 32)
                .ipRange("203.0.113.0", 33)
                .ipRange(r -> r.ipAddress("203.0.113.5").range(24))
                .build())).containsExactly(
                        new FieldViolation("name", "must not be blank"),
                        new FieldViolation("ipRanges[1].ipAddress",
                                "must be a dotted-quad IPv4 address such as 203.0.113.10 (was \"203.0.113.0/24\")"),
                        new FieldViolation("ipRanges[2].range", "must be between 1 and 32 (was 33)"),
                        new FieldViolation("ipRanges[3].ipAddress", "must be the network address of its /24 range: "
                                + "203.0.113.5/24 has host bits set; use 203.0.113.0/24"));
    }

    @Test
    void build_whenRangeIsNull_namesItsIndex() {
        assertThat(violationsOf(() -> CreateAccessControlListRequest.builder().name("HQ")
                .ipRanges(Arrays.asList(NewIpRange.ofCidr("192.0.2.1"), null)).build()))
                .containsExactly(new FieldViolation("ipRanges[1]", "is required"));
        assertThat(violationsOf(() -> new UpdateAccessControlListRequest("01ACL", "HQ", true,
                Arrays.asList(NewIpRange.ofCidr("192.0.2.1"), null))))
                .containsExactly(new FieldViolation("ipRanges[1]", "is required"));
    }

    @Test
    void ipRanges_replacesEarlierRanges() {
        CreateAccessControlListRequest acl = CreateAccessControlListRequest.builder().name("HQ")
                .ipRange("203.0.113.10", 32)
                .ipRanges(List.of(NewIpRange.ofCidr("192.0.2.0/24")))
                .build();

        assertThat(acl.ipRanges()).extracting(NewIpRange::ipAddress).containsExactly("192.0.2.0");
    }

    @Test
    void toUpdate_holdsTheIdNameFlagAndEveryRangeOfTheFetchedList() {
        AccessControlList fetched = new AccessControlList("01ACL", "HQ", false,
                List.of(new IpRange("01R", "SBC", "203.0.113.0", 24, "01ACL", null, null, "p")),
                List.of("01T"), null, null, "p");

        assertThat(fetched.toUpdate().name("HQ 2").build()).isEqualTo(new UpdateAccessControlListRequest("01ACL",
                "HQ 2", false, List.of(new NewIpRange("SBC", "203.0.113.0", 24))));
    }

    @Test
    void toUpdate_whenAFetchedRangeBreaksARule_namesItByIndexOnlyAtBuild() {
        AccessControlList fetched = new AccessControlList("01ACL", "HQ", true,
                List.of(new IpRange("01R", null, "2001:db8::", 32, "01ACL", null, null, "p")),
                List.of(), null, null, "p");

        UpdateAccessControlListRequest.Builder update = fetched.toUpdate();

        assertThat(violationsOf(update::build)).extracting(FieldViolation::field)
                .containsExactly("ipRanges[0].ipAddress");
    }

    @Test
    void update_whenIdBlankOrAPath_namesTheId() {
        assertThat(violationsOf(() -> UpdateAccessControlListRequest.builder(" ").name("HQ").build()))
                .extracting(FieldViolation::field).containsExactly("accessControlListId");
        assertThat(violationsOf(() -> UpdateAccessControlListRequest.builder("../x").name("HQ").build()))
                .extracting(FieldViolation::field).containsExactly("accessControlListId");
    }
}
