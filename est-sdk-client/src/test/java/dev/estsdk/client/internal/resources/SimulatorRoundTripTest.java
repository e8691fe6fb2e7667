package dev.estsdk.client.internal.resources;

import dev.estsdk.api.exception.BadRequestException;
import dev.estsdk.api.exception.NotFoundException;
import dev.estsdk.api.model.AccessControlList;
import dev.estsdk.api.model.Call;
import dev.estsdk.api.model.CallBlockingRule;
import dev.estsdk.api.model.CallRecordsExport;
import dev.estsdk.api.model.CountryPermission;
import dev.estsdk.api.model.Credential;
import dev.estsdk.api.model.CredentialList;
import dev.estsdk.api.model.Direction;
import dev.estsdk.api.model.IpRange;
import dev.estsdk.api.model.NewIpRange;
import dev.estsdk.api.model.PhoneNumber;
import dev.estsdk.api.model.PhoneNumberFilter;
import dev.estsdk.api.model.RegisteredEndpoint;
import dev.estsdk.api.model.Secret;
import dev.estsdk.api.model.SipEndpoint;
import dev.estsdk.api.model.SipTrunk;
import dev.estsdk.api.model.SipTrunkFilter;
import dev.estsdk.api.model.StaticEndpoint;
import dev.estsdk.api.model.Transport;
import dev.estsdk.core.AttemptEvent;
import dev.estsdk.core.testing.Attempts;
import dev.estsdk.client.EstClient;
import dev.estsdk.client.EstCredentials;
import dev.estsdk.testkit.CallSeed;
import dev.estsdk.testkit.EstSimulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every one of the 49 operations through the real {@link EstClient} against the EST simulator:
 * the resources' paths, bodies and envelopes agree with a faithful model of the service, and
 * each operation reports itself under its reference name.
 */
class SimulatorRoundTripTest {

    private static final Instant NOW = Instant.parse("2026-06-06T12:00:00Z");
    private static final String NUMBER = "+12025550101";
    private static final String PASSWORD = "SecurePassword1234";

    private static EstSimulator simulator;
    private static EstClient est;
    private static final Set<String> OPERATIONS = ConcurrentHashMap.newKeySet();

    @BeforeAll
    static void start() {
        simulator = EstSimulator.builder().initialInstant(NOW).sampleCalls(false)
                .call(CallSeed.builder().callId("seeded-call").direction("INBOUND").withPcap(true)
                        .createTime(NOW.minusSeconds(3600)).build())
                .start();
        est = EstClient.builder()
                .projectId(simulator.projectId())
                .credentials(EstCredentials.oauth(simulator.keyId(), simulator.keySecret()))
                .baseUrl(simulator.baseUrl())
                .authUrl(simulator.authUrl())
                .callListener(Attempts.into(event -> OPERATIONS.add(event.operation())))
                .build();
    }

    @AfterAll
    static void stop() {
        est.close();
        simulator.close();
    }

    @Test
    void everyOperation_roundTripsThroughTheSimulator() {
        CredentialList users = est.credentialLists().create(r -> r.name("HQ phones").credential("alice", PASSWORD));
        SipTrunk trunk = est.sipTrunks().create(t -> t.name("Acme HQ").hostName("acme-hq"));
        assertThat(trunk.domain()).isEqualTo("acme-hq.pstn.sinch.com");
        assertThat(est.sipTrunks().list()).extracting(SipTrunk::id).contains(trunk.id());
        assertThat(est.sipTrunks().list(SipTrunkFilter.byDomain("acme-hq.pstn.sinch.com")))
                .containsExactly(est.sipTrunks().get(trunk.id()));
        SipTrunk renamed = est.sipTrunks().update(trunk, t -> t.name("Acme Head Office"));
        assertThat(renamed.name()).isEqualTo("Acme Head Office");
        assertThat(renamed.hostName()).isEqualTo("acme-hq");

        AccessControlList acl = est.accessControlLists().create(a -> a.name("HQ SBC").ipRange("203.0.113.10", 32));
        assertThat(est.accessControlLists().list()).extracting(AccessControlList::id).contains(acl.id());
        AccessControlList fetchedAcl = est.accessControlLists().get(acl.id());
        AccessControlList disabled = est.accessControlLists().update(fetchedAcl, a -> a.enabled(false));
        assertThat(disabled.enabled()).isFalse();
        assertThat(disabled.ipRanges()).extracting(IpRange::ipAddress).containsExactly("203.0.113.10");
        assertThat(est.sipTrunks().addAccessControlLists(trunk.id(), List.of(acl.id()))).containsExactly(acl.id());
        assertThat(est.sipTrunks().listAccessControlLists(trunk.id())).containsExactly(acl.id());
        assertThat(est.accessControlLists().listTrunks(acl.id())).extracting(SipTrunk::id).containsExactly(trunk.id());
        IpRange range = est.accessControlLists().addIpRange(acl.id(), NewIpRange.ofCidr("198.51.100.0/24"));
        assertThat(est.accessControlLists().listIpRanges(acl.id())).hasSize(2);
        IpRange widened = est.accessControlLists().updateIpRange(range,
                r -> r.ipAddress("198.51.0.0").range(16).description("DR site"));
        assertThat(widened.range()).isEqualTo(16);
        est.accessControlLists().deleteIpRange(acl.id(), range.id());
        assertThat(est.accessControlLists().listIpRanges(acl.id())).hasSize(1);

        assertThat(est.sipTrunks().addCredentialLists(trunk.id(), List.of(users.id()))).containsExactly(users.id());
        assertThat(est.sipTrunks().listCredentialLists(trunk.id())).containsExactly(users.id());
        assertThat(est.sipTrunks().replaceCredentialLists(trunk.id(), List.of(users.id()))).containsExactly(users.id());
        assertThat(est.credentialLists().list()).extracting(CredentialList::id).contains(users.id());
        CredentialList fetchedUsers = est.credentialLists().get(users.id());
        assertThat(fetchedUsers.credentials()).extracting(Credential::username).containsExactly("alice");
        assertThat(est.credentialLists().update(fetchedUsers, l -> l.name("HQ desk phones"))
                .name()).isEqualTo("HQ desk phones");
        assertThat(est.credentialLists().listTrunks(users.id())).extracting(SipTrunk::id).containsExactly(trunk.id());
        assertThat(est.credentialLists().updateCredential(users.id(), "alice", Secret.of(PASSWORD + "9")).username())
                .isEqualTo("alice");

        SipEndpoint sbc = est.sipEndpoints().createStatic(trunk.id(), e -> e.name("sbc-1").address("203.0.113.10"));
        assertThat(sbc).isInstanceOfSatisfying(StaticEndpoint.class, s -> assertThat(s.port()).isEqualTo(5060));
        SipEndpoint desk = est.sipEndpoints().createRegistered(trunk.id(),
                e -> e.name("desk").credentialUsername("alice").transport(Transport.TLS).priority(2));
        assertThat(desk).isInstanceOf(RegisteredEndpoint.class);
        assertThat(est.sipEndpoints().list(trunk.id())).containsExactlyInAnyOrder(sbc, desk);
        StaticEndpoint fetchedSbc = (StaticEndpoint) est.sipEndpoints().get(trunk.id(), sbc.id());
        SipEndpoint moved = est.sipEndpoints().update(fetchedSbc,
                e -> e.address("203.0.113.11").port(5061).transport(Transport.TCP));
        assertThat(moved).isInstanceOfSatisfying(StaticEndpoint.class,
                s -> assertThat(s.address()).isEqualTo("203.0.113.11"));

        PhoneNumber assigned = est.phoneNumbers().assign(trunk.id(), NUMBER);
        assertThat(assigned.sipTrunkId()).isEqualTo(trunk.id());
        assertThat(est.phoneNumbers().list(PhoneNumberFilter.forTrunk(trunk.id())))
                .extracting(PhoneNumber::phoneNumber).containsExactly(NUMBER);
        assertThat(est.phoneNumbers().get(NUMBER).isAssigned()).isTrue();
        assertThatThrownBy(() -> est.sipTrunks().delete(trunk.id())).isInstanceOf(BadRequestException.class);
        est.phoneNumbers().unassign(NUMBER);
        assertThat(est.phoneNumbers().get(NUMBER).isAssigned()).isFalse();

        assertThat(est.countryPermissions().list()).extracting(CountryPermission::isoCode).contains("SE", "US");
        assertThat(est.countryPermissions().get("SE").isoCode()).isEqualTo("SE");
        assertThat(est.countryPermissions().update("SE", true).enabled()).isTrue();

        CallBlockingRule rule = est.callBlockingRules().create(r -> r.name("No US robocalls")
                .direction(Direction.INBOUND).callerCountry("US").callerMatch("+1900"));
        assertThat(rule.direction()).isEqualTo(Direction.INBOUND);
        assertThat(est.callBlockingRules().list()).extracting(CallBlockingRule::id).contains(rule.id());
        CallBlockingRule outbound = est.callBlockingRules().update(rule, r -> r
                .direction(Direction.OUTBOUND).callerCountry(null).callerMatch(null).calleeCountry("SE"));
        assertThat(outbound.callerMatch()).isNull();
        assertThat(outbound.calleeCountry()).isEqualTo("SE");
        est.callBlockingRules().delete(rule.id());

        assertThat(est.projects().add(List.of("second-project", simulator.projectId())))
                .containsExactly("second-project");

        List<Call> calls = est.calls().list(f -> f.createdOn(LocalDate.of(2026, 6, 6))).stream().toList();
        assertThat(calls).extracting(Call::callId).containsExactly("seeded-call");
        assertThat(est.calls().list(f -> f.createdFrom(NOW.minusSeconds(7200)).createdTo(NOW)).stream().toList())
                .extracting(Call::callId).containsExactly("seeded-call");
        CallRecordsExport export = est.calls().export(r -> r.filter(f -> f.createdOn(LocalDate.of(2026, 6, 6)))
                .fileName("june.csv"));
        assertThat(export.fileName()).isEqualTo("june.csv");
        assertThat(export.csv()).contains("seeded-call");
        assertThat(est.calls().downloadPcap(calls.get(0).pcapId(), Direction.INBOUND)).isNotEmpty();

        est.sipEndpoints().delete(trunk.id(), desk.id());
        est.sipEndpoints().delete(trunk.id(), sbc.id());
        est.sipTrunks().removeAccessControlList(trunk.id(), acl.id());
        est.sipTrunks().removeCredentialList(trunk.id(), users.id());
        est.credentialLists().deleteCredential(users.id(), "alice");
        est.sipTrunks().delete(trunk.id());
        est.accessControlLists().delete(acl.id());
        est.credentialLists().delete(users.id());
        assertThatThrownBy(() -> est.sipTrunks().get(trunk.id())).isInstanceOf(NotFoundException.class);

        assertThat(OPERATIONS).hasSize(50).contains("AssignPhoneNumber", "UnassignPhoneNumber", "GetPcap");
    }

    @Test
    void attemptEvents_carryTemplatesNotIds() {
        List<AttemptEvent> events = new CopyOnWriteArrayList<>();
        try (EstClient client = EstClient.builder().projectId(simulator.projectId())
                .credentials(EstCredentials.basic(simulator.keyId(), simulator.keySecret()))
                .baseUrl(simulator.baseUrl()).callListener(Attempts.into(events::add)).build()) {
            assertThatThrownBy(() -> client.phoneNumbers().get("+12025550199")).isInstanceOf(NotFoundException.class);
        }
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.operation()).isEqualTo("GetPhoneNumber");
            assertThat(e.pathTemplate()).isEqualTo("/v1/projects/{projectId}/phoneNumbers/{phoneNumber}");
            assertThat(e.status()).isEqualTo(404);
        });
    }
}
