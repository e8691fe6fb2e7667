package dev.estsdk.api.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Read-modify-write of access control lists the server really returns: the reference's own
 * examples create ranges such as 15.15.15.15/20 (host bits set), and the server writes absent
 * text as "" (see updateTime in the list example).
 */
class AclServerDataToUpdateTest {

    private static IpRange range(String description, String ipAddress, int prefix) {
        return new IpRange("r1", description, ipAddress, prefix, "acl1", null, null, "p1");
    }

    private static AccessControlList acl(IpRange... ranges) {
        return new AccessControlList("acl1", "My new ACL", true, List.of(ranges), List.of(), null, null, "p1");
    }

    @Test
    void disablingAList_whoseServerRangeHasHostBitsSet_builds() {
        AccessControlList live = acl(range("Location 1", "15.15.15.15", 20));

        assertThatCode(() -> live.toUpdate().enabled(false).build()).doesNotThrowAnyException();
    }

    @Test
    void disablingAList_carriesAServerRangeWithHostBitsSetAsItsNetworkAddress() {
        AccessControlList live = acl(range("Location 1", "15.15.15.15", 20));

        UpdateAccessControlListRequest update = live.toUpdate().enabled(false).build();

        assertThat(update.ipRanges()).extracting(NewIpRange::ipAddress, NewIpRange::range)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("15.15.0.0", 20));
    }

    @Test
    void aCallerAddedRangeWithHostBitsSet_isStillRefusedOnAnUpdate() {
        AccessControlList live = acl(range("Location 1", "15.15.0.0", 20));

        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(
                dev.estsdk.api.exception.EstValidationException.class,
                () -> live.toUpdate().ipRange("198.51.100.7", 24).build()).violations())
                .extracting(dev.estsdk.api.exception.FieldViolation::field).containsExactly("ipRanges[1].ipAddress");
    }

    @Test
    void describingAServerRangeWithHostBitsSet_sendsItsNetworkAddress() {
        IpRange live = range(null, "10.0.1.1", 24);

        UpdateIpRangeRequest update = live.toUpdate().description("West wing").build();

        assertThat(update.ipAddress()).isEqualTo("10.0.1.0");
        assertThat(update.range()).isEqualTo(24);
    }

    @Test
    void disablingAList_whoseServerRangeHasAnEmptyDescription_builds() {
        AccessControlList live = acl(range("", "203.0.113.10", 32));

        UpdateAccessControlListRequest update = live.toUpdate().enabled(false).build();

        assertThat(update.ipRanges()).extracting(NewIpRange::description).containsExactly((String) null);
    }
}
