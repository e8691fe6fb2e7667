package dev.estsdk.api;

import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.model.AccessControlList;
import dev.estsdk.api.model.CreateAccessControlListRequest;
import dev.estsdk.api.model.CreateCallBlockingRuleRequest;
import dev.estsdk.api.model.CallExportRequest;
import dev.estsdk.api.model.CallFilter;
import dev.estsdk.api.model.UpdateCountryPermissionRequest;
import dev.estsdk.api.model.CreateCredentialListRequest;
import dev.estsdk.api.model.Direction;
import dev.estsdk.api.model.IpRange;
import dev.estsdk.api.model.NewIpRange;
import dev.estsdk.api.model.UpdateAccessControlListRequest;
import dev.estsdk.api.model.UpdateIpRangeRequest;
import dev.estsdk.api.model.PhoneNumberFilter;
import dev.estsdk.api.model.CreateRegisteredEndpointRequest;
import dev.estsdk.api.model.CreateSipTrunkRequest;
import dev.estsdk.api.model.CreateStaticEndpointRequest;
import dev.estsdk.api.model.RegisteredEndpoint;
import dev.estsdk.api.model.StaticEndpoint;
import dev.estsdk.api.model.UpdateStaticEndpointRequest;
import dev.estsdk.api.model.Transport;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The consumer-builder overloads build, validate and then delegate to the typed operation. */
class ResourceDefaultMethodsTest {

    @Test
    void sipTrunksCreate_withConsumer_delegatesTheBuiltTrunk() {
        var fake = Recorder.of(SipTrunks.class);

        fake.api().create(t -> t.name("Acme").hostName("acme"));

        assertThat(fake.recorder().calls).containsExactly("create[CreateSipTrunkRequest]");
        assertThat(fake.onlyArgument(0)).isEqualTo(CreateSipTrunkRequest.builder().name("Acme").hostName("acme").build());
    }

    @Test
    void sipTrunksCreate_withInvalidConsumer_failsBeforeDelegating() {
        var fake = Recorder.of(SipTrunks.class);

        assertThatThrownBy(() -> fake.api().create(t -> t.name("Acme").hostName("acme.example")))
                .isInstanceOf(EstValidationException.class);
        assertThat(fake.recorder().calls).isEmpty();
    }

    @Test
    void createStatic_delegatesAStaticEndpointWithDefaults() {
        var fake = Recorder.of(SipEndpoints.class);

        fake.api().createStatic("01T", e -> e.name("sbc-1").address("203.0.113.10"));

        assertThat(fake.recorder().calls).containsExactly("create[String, CreateSipEndpointRequest]");
        assertThat(fake.onlyArgument(0)).isEqualTo("01T");
        assertThat(fake.onlyArgument(1)).isInstanceOfSatisfying(CreateStaticEndpointRequest.class, e -> {
            assertThat(e.port()).isEqualTo(5060);
            assertThat(e.transport()).isEqualTo(Transport.UDP);
        });
    }

    @Test
    void createRegistered_delegatesARegisteredEndpoint() {
        var fake = Recorder.of(SipEndpoints.class);

        fake.api().createRegistered("01T", e -> e.name("desk").credentialUsername("alice").priority(2));

        assertThat(fake.onlyArgument(1)).isEqualTo(
                CreateRegisteredEndpointRequest.builder().name("desk").credentialUsername("alice").priority(2).build());
    }

    @Test
    void updateFromAFetchedStaticEndpoint_delegatesItsIdsAndCurrentValuesWithTheChange() {
        var fake = Recorder.of(SipEndpoints.class);
        StaticEndpoint fetched = new StaticEndpoint("01E", "01T", "sbc-1", "203.0.113.10", 5060, Transport.TCP, 2,
                true, null, null, "p");

        fake.api().update(fetched, e -> e.port(5061));

        assertThat(fake.recorder().calls).containsExactly("update[UpdateSipEndpointRequest]");
        assertThat(fake.onlyArgument(0)).isEqualTo(new UpdateStaticEndpointRequest("01T", "01E", "sbc-1",
                "203.0.113.10", 5061, Transport.TCP, 2, true));
    }

    @Test
    void updateFromAFetchedRegisteredEndpoint_withAnInvalidChange_failsBeforeDelegating() {
        var fake = Recorder.of(SipEndpoints.class);
        RegisteredEndpoint fetched = new RegisteredEndpoint("01E", "01T", "desk", "alice", Transport.UDP, 1, true,
                null, null, "p");

        assertThatThrownBy(() -> fake.api().update(fetched, e -> e.priority(0)))
                .isInstanceOf(EstValidationException.class);
        assertThat(fake.recorder().calls).isEmpty();
    }

    @Test
    void accessControlListsCreateAndAddIpRange_withConsumers_delegateBuiltValues() {
        var fake = Recorder.of(AccessControlLists.class);

        fake.api().create(a -> a.name("HQ").ipRange("203.0.113.10", 32));
        fake.api().addIpRange("01ACL", r -> r.ipAddress("198.51.100.0").range(24));

        assertThat(fake.recorder().calls).containsExactly("create[CreateAccessControlListRequest]",
                "addIpRange[String, NewIpRange]");
        assertThat(fake.recorder().arguments.get(0)[0])
                .isEqualTo(CreateAccessControlListRequest.builder().name("HQ").ipRange("203.0.113.10", 32).build());
        assertThat(fake.recorder().arguments.get(1)[1]).isEqualTo(NewIpRange.of("198.51.100.0", 24));
    }

    @Test
    void accessControlListsUpdates_withConsumers_startFromTheFetchedValues() {
        var fake = Recorder.of(AccessControlLists.class);
        IpRange range = new IpRange("01R", "SBC", "203.0.113.0", 24, "01ACL", null, null, "p");
        AccessControlList acl = new AccessControlList("01ACL", "HQ", true, List.of(range), List.of(), null, null, "p");

        fake.api().update(acl, a -> a.enabled(false));
        fake.api().updateIpRange(range, r -> r.range(25));

        assertThat(fake.recorder().calls).containsExactly("update[UpdateAccessControlListRequest]",
                "updateIpRange[UpdateIpRangeRequest]");
        assertThat(fake.recorder().arguments.get(0)[0]).isEqualTo(new UpdateAccessControlListRequest("01ACL", "HQ",
                false, List.of(new NewIpRange("SBC", "203.0.113.0", 24))));
        assertThat(fake.recorder().arguments.get(1)[0])
                .isEqualTo(new UpdateIpRangeRequest("01ACL", "01R", "SBC", "203.0.113.0", 25));
    }

    @Test
    void credentialListsCreate_withConsumer_delegatesTheBuiltRequest() {
        var fake = Recorder.of(CredentialLists.class);

        fake.api().create(r -> r.name("Phones").credential("alice", "Correct1Horse"));

        assertThat(fake.onlyArgument(0)).isEqualTo(
                CreateCredentialListRequest.builder().name("Phones").credential("alice", "Correct1Horse").build());
    }

    @Test
    void phoneNumbersList_withoutFilter_delegatesTheEmptyFilter() {
        var fake = Recorder.of(PhoneNumbers.class);

        fake.api().list();
        fake.api().list(f -> f.sipTrunkId("01T"));

        assertThat(fake.recorder().calls).containsExactly("list[PhoneNumberFilter]", "list[PhoneNumberFilter]");
        assertThat(fake.recorder().arguments.get(0)[0]).isEqualTo(PhoneNumberFilter.all());
        assertThat(fake.recorder().arguments.get(1)[0]).isEqualTo(PhoneNumberFilter.forTrunk("01T"));
    }

    @Test
    void countryPermissionsUpdate_withBoolean_delegatesAPermissionCarryingIt() {
        var fake = Recorder.of(CountryPermissions.class);

        fake.api().update("SE", true);

        assertThat(fake.recorder().arguments.get(0)).containsExactly(new UpdateCountryPermissionRequest("SE", true));
    }

    @Test
    void countryPermissionsUpdate_withLowerCaseCode_failsBeforeDelegating() {
        var fake = Recorder.of(CountryPermissions.class);

        assertThatThrownBy(() -> fake.api().update("se", true)).isInstanceOf(EstValidationException.class);
        assertThat(fake.recorder().calls).isEmpty();
    }

    @Test
    void callsListAndExport_withConsumers_delegateBuiltValues() {
        var fake = Recorder.of(Calls.class);

        fake.api().list(f -> f.trunkId("01T").createdOn(LocalDate.of(2024, 6, 6)));
        fake.api().export(r -> r.toCountryCode("SE"));

        assertThat(fake.recorder().calls).containsExactly("list[CallFilter]", "export[CallExportRequest]");
        assertThat(fake.recorder().arguments.get(0)[0])
                .isEqualTo(CallFilter.builder().trunkId("01T").createdOn(LocalDate.of(2024, 6, 6)).build());
        assertThat(fake.recorder().arguments.get(1)[0])
                .isEqualTo(CallExportRequest.builder().toCountryCode("SE").build());
    }

    @Test
    void callBlockingRulesCreate_withConsumer_delegatesTheBuiltRule() {
        var fake = Recorder.of(CallBlockingRules.class);

        fake.api().create(r -> r.direction(Direction.INBOUND).callerCountry("US"));

        assertThat(fake.onlyArgument(0))
                .isEqualTo(CreateCallBlockingRuleRequest.builder().direction(Direction.INBOUND).callerCountry("US").build());
    }
}
