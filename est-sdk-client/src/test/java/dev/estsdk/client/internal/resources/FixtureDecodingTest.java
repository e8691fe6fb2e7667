package dev.estsdk.client.internal.resources;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.estsdk.api.Page;
import dev.estsdk.api.model.AccessControlList;
import dev.estsdk.api.model.Call;
import dev.estsdk.api.model.CallBlockingRule;
import dev.estsdk.api.model.CallResult;
import dev.estsdk.api.model.Credential;
import dev.estsdk.api.model.CredentialList;
import dev.estsdk.api.model.CountryPermission;
import dev.estsdk.api.model.Direction;
import dev.estsdk.api.model.IpRange;
import dev.estsdk.api.model.Money;
import dev.estsdk.api.model.PhoneNumber;
import dev.estsdk.api.model.RegisteredEndpoint;
import dev.estsdk.api.model.SipTrunk;
import dev.estsdk.api.model.StaticEndpoint;
import dev.estsdk.api.model.Transport;
import dev.estsdk.client.internal.EstJson;
import dev.estsdk.client.internal.resources.AccessControlListApi.AclPage;
import dev.estsdk.client.internal.resources.CallApi.CallPage;
import dev.estsdk.client.internal.resources.CallApi.CallRecord;
import dev.estsdk.client.internal.resources.CallBlockingRuleApi.Rule;
import dev.estsdk.client.internal.resources.CallBlockingRuleApi.RulePage;
import dev.estsdk.client.internal.resources.CountryPermissionApi.Permissions;
import dev.estsdk.client.internal.resources.CredentialListApi.CredList;
import dev.estsdk.client.internal.resources.PhoneNumberApi.Number;
import dev.estsdk.client.internal.resources.ProjectApi.AddedProjects;
import dev.estsdk.client.internal.resources.SipEndpointApi.Endpoint;
import dev.estsdk.client.internal.resources.SipTrunkApi.AccessControlListIdPage;
import dev.estsdk.client.internal.resources.SipTrunkApi.CredentialListIdPage;
import dev.estsdk.client.internal.resources.SipTrunkApi.IdReference;
import dev.estsdk.client.internal.resources.SipTrunkApi.Trunk;
import dev.estsdk.client.internal.resources.SipTrunkApi.TrunkPage;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Decodes realistic EST responses (reference §8 and the spec's examples, with unknown fields
 * added and optional ones left out) into the wire records and maps them to the api models.
 */
class FixtureDecodingTest {

    private static final ObjectMapper JSON = EstJson.create();

    private static <T> T read(String fixture, Class<T> type) throws IOException {
        try (InputStream in = FixtureDecodingTest.class.getResourceAsStream("/fixtures/" + fixture)) {
            assertThat(in).as(fixture).isNotNull();
            return JSON.readValue(in, type);
        }
    }

    @Test
    void createdTrunk_ignoresUnknownFieldsAndReadsNanosecondTimes() throws IOException {
        SipTrunk trunk = read("trunk-created.json", Trunk.class).toModel();

        assertThat(trunk).isEqualTo(new SipTrunk("01W4FFL35P4NC4K35SIPTRUNK1", "Friendly name for e2e test",
                "e2e-sip-trunk-domain", "pstn.sinch.com", "e2e-sip-trunk-domain.pstn.sinch.com", 1, false, null,
                false, Instant.parse("2024-06-06T14:42:42.820177628Z"), null, "tinyfrog-jump-high-over-lilypadbasin"));
    }

    @Test
    void trunkPageOfTheSpec_readsItsKeyStringNumbersAndZonelessTimes() throws IOException {
        TrunkPage envelope = read("trunks-page-spec.json", TrunkPage.class);
        Page<SipTrunk> page = Paging.toPage(envelope, 1, 100, Trunk::toModel);

        assertThat(page.totalItems()).hasValue(2);
        assertThat(page.hasNext()).isFalse();
        assertThat(page.items()).containsExactly(
                new SipTrunk("01GNZ9MXEZ4K6S8GB7RW063VAN", "Acme", "acme", ".elastic-sip.sinch.com",
                        "acme.elastic-sip.sinch.com", 5, true, "+15551234567", true,
                        Instant.parse("2023-09-11T15:37:30Z"), Instant.parse("2023-09-14T08:08:48.264185988Z"),
                        "3acb7ae1"),
                new SipTrunk("01GNZ9MXEZ4K6S8GB7RW063VAO", "Minimal", "minimal", null, null, null, false, null,
                        false, null, null, null));
    }

    @Test
    void emptyTrunkPageOfNode_readsPageSizeAndEnds() throws IOException {
        Page<SipTrunk> page = Paging.toPage(read("trunks-page-node.json", TrunkPage.class), 1, 100, Trunk::toModel);

        assertThat(page.items()).isEmpty();
        assertThat(page.totalItems()).hasValue(0);
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void trunkPageCarryingBothSizeAndPageSize_readsAndContinues() throws IOException {
        Page<SipTrunk> page = Paging.toPage(read("trunks-page-both-sizes.json", TrunkPage.class), 1, 2,
                Trunk::toModel);

        assertThat(page.items()).extracting(SipTrunk::hostName).containsExactly("acme", "beta");
        assertThat(page.totalItems()).hasValue(5);
        assertThat(page.hasNext()).isTrue();
    }

    @Test
    void trunkCredentialListsUnderBothKeys_readEachIdOnce() throws IOException {
        assertThat(read("trunk-credential-lists-both.json", CredentialListIdPage.class).items())
                .extracting(IdReference::id).containsExactly("01W4FFL35P4NC4K35CREDLIST01");
    }

    @Test
    void createdStaticEndpoint_readsServerDefaults() throws IOException {
        assertThat(read("endpoint-static-created.json", Endpoint.class).toModel()).isEqualTo(
                new StaticEndpoint("01W4FFL35P4NC4K35ENDPOINT1", "01W4FFL35P4NC4K35SIPTRUNK1", "Acme Endpoint",
                        "127.0.0.1", 5060, Transport.UDP, 1, true, Instant.parse("2024-06-06T14:42:42.820177628Z"),
                        null, "tinyfrog-jump-high-over-lilypadbasin"));
    }

    @Test
    void registeredEndpoint_readsLowerCaseTransportAndEmptyUpdateTime() throws IOException {
        assertThat(read("endpoint-registered.json", Endpoint.class).toModel()).isEqualTo(
                new RegisteredEndpoint("01W4FFL35P4NC4K35ENDPOINT2", "01W4FFL35P4NC4K35SIPTRUNK1", "Desk phone",
                        "User01", Transport.TLS, 2, true, Instant.parse("2024-06-06T14:42:42Z"), null, null));
    }

    @Test
    void endpointCreateAnsweredAsASpecPage_readsItsEndpoint() throws IOException {
        assertThat(read("endpoints-page-create-spec.json", Endpoint.class).toModel()).isEqualTo(
                new StaticEndpoint("01W4FFL35P4NC4K35ENDPOINT1", "01W4FFL35P4NC4K35SIPTRUNK1", "Acme Endpoint",
                        "sbc.acme.example", 5061, Transport.TLS, 3, false, null, null, null));
    }

    @Test
    void aclPageOfTheSpec_readsRangesWithEmptyTimesAndDefaults() throws IOException {
        Page<AccessControlList> page = Paging.toPage(read("acls-page-spec.json", AclPage.class), 1, 1000,
                AccessControlListApi.Acl::toModel);

        assertThat(page.items()).containsExactly(
                new AccessControlList("01HA2E80QCBX185VVP21PJG9CT", "My Access Control List", true,
                        List.of(new IpRange("01HA2E80QMJS5G7MD576GJQD2X", "Location 1", "54.172.60.0", 30,
                                "01HA2E80QCBX185VVP21PJG9CT", Instant.parse("2023-09-11T15:37:30Z"), null, "3acb7ae1")),
                        List.of(), Instant.parse("2023-09-11T15:37:30Z"), Instant.parse("2023-09-11T15:38:14Z"),
                        "3acb7ae1"),
                new AccessControlList("01HA2E80QCBX185VVP21PJG9CU", "Created without range defaults", true,
                        List.of(new IpRange("01HA2E80QMJS5G7MD576GJQD2Y", null, "15.15.15.15", 32,
                                "01HA2E80QCBX185VVP21PJG9CU", null, null, null)),
                        List.of("01W4FFL35P4NC4K35SIPTRUNK1"), null, null, null));
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void trunkAclIds_readAsStrings() throws IOException {
        assertThat(read("trunk-acl-ids.json", AccessControlListIdPage.class).items())
                .containsExactly("01HA2E80QCBX185VVP21PJG9CT");
    }

    @Test
    void trunkCredentialListsOfNode_readAsTheirIds() throws IOException {
        assertThat(read("trunk-credential-lists-node.json", CredentialListIdPage.class).items())
                .extracting(IdReference::id).containsExactly("01W4FFL35P4NC4K35CREDLIST01");
    }

    @Test
    void createdCredentialList_readsUsersWithoutPasswords() throws IOException {
        assertThat(read("credential-list-created.json", CredList.class).toModel()).isEqualTo(
                new CredentialList("01W4FFL35P4NC4K35CREDLIST01", "Multi credentials list",
                        List.of(new Credential("01W4FFL35P4NC4K35CREDENTIAL1", "User01"),
                                new Credential("01W4FFL35P4NC4K35CREDENTIAL2", "User02")),
                        Instant.parse("2024-06-06T14:42:42.377955382Z"), null, "tinyfrog-jump-high-over-lilypadbasin"));
    }

    @Test
    void countryPermissions_readSeveralDialingCodesAndDefaultEnabled() throws IOException {
        assertThat(read("country-permissions.json", Permissions.class).countryPermissions())
                .extracting(CountryPermissionApi.Permission::toModel)
                .containsExactly(
                        new CountryPermission("SE", "Sweden", "Europe", List.of("+46"), false),
                        new CountryPermission("US", "United States/Canada", "North America", List.of("+1"), true),
                        new CountryPermission("DO", "Dominican Republic", "North America",
                                List.of("+1809", "+1829", "+1849"), true));
    }

    @Test
    void phoneNumber_readsAssignment() throws IOException {
        PhoneNumber number = read("phone-number.json", Number.class).toModel();

        assertThat(number).isEqualTo(new PhoneNumber("01ARZ3NDEKTSV4RRFFQ69G5FAV", "+15552229999",
                "5RTRZ3NDEKTSV4RRFFQ69G5EWS", "US", Instant.parse("2024-06-06T14:42:42Z"), null));
        assertThat(number.isAssigned()).isTrue();
    }

    @Test
    void callOfNode_readsNumericMoneyOffsetWithoutColonAndLowerCaseDirection() throws IOException {
        assertThat(read("call-node.json", CallRecord.class).toModel()).isEqualTo(
                new Call("N00DL3C4T5", "sip:12015555555@76.184.202.212", "12017777777", Direction.OUTBOUND,
                        Instant.parse("2024-06-06T16:57:52Z"), Instant.parse("2024-06-06T16:57:55Z"), 4, 60,
                        CallResult.COMPLETED, new Money(new BigDecimal("0.004"), "USD"),
                        new Money(new BigDecimal("0.004"), "USD"), Instant.parse("2024-06-06T16:57:45Z"),
                        "tinyfrog-jump-high-over-lilypadbasin", "01W4FFL35P4NC4K35SIPTRUNK2", null));
    }

    @Test
    void callPageOfTheSpec_readsStringMoneyUnknownResultAndPcapId() throws IOException {
        Page<Call> page = Paging.toPage(read("calls-page-spec.json", CallPage.class), 1, 100, CallRecord::toModel);

        Call call = page.items().get(0);
        assertThat(call.price()).isEqualTo(new Money(new BigDecimal("0.0800"), "USD"));
        assertThat(call.pricePerMinute().amount()).isEqualByComparingTo("0.004");
        assertThat(call.callResult()).isEqualTo(CallResult.of("TRANSFERRED"));
        assertThat(call.callResult().isKnown()).isFalse();
        assertThat(call.answerTime()).isEqualTo(Instant.parse("2024-06-06T16:57:52Z"));
        assertThat(call.endTime()).isNull();
        assertThat(call.createTime()).isEqualTo(Instant.parse("2024-06-06T16:57:45Z"));
        assertThat(call.pcapId()).isEqualTo("01W4FFL35P4NC4K35PCAP00001");
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void createdBlockingRule_readsLowerCaseDirectionAndNulls() throws IOException {
        assertThat(read("blocking-rule-created.json", Rule.class).toModel()).isEqualTo(
                new CallBlockingRule("01W4FFL35P4NC4K35BLOCKING03", "Block calls from US", Direction.INBOUND, "US",
                        "123", null, null, Instant.parse("2024-06-06T14:42:42.252663248Z"), null,
                        "tinyfrog-jump-high-over-lilypadbasin"));
    }

    @Test
    void blockingRulesAsTheSpecsBareArray_readAsOneCompletePage() throws IOException {
        Page<CallBlockingRule> page = Paging.toPage(read("blocking-rules-spec-array.json", RulePage.class), 1, 1,
                Rule::toModel);

        assertThat(page.items()).extracting(CallBlockingRule::direction)
                .containsExactly(Direction.INBOUND, Direction.OUTBOUND);
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void addedProjects_readAsIds() throws IOException {
        assertThat(read("projects-added.json", AddedProjects.class).addedProjects())
                .containsExactly("babywolf-howl-over-hill-silverforest");
    }
}
