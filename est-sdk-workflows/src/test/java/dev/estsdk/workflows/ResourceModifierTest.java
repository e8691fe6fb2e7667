package dev.estsdk.workflows;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.estsdk.api.model.AccessControlList;
import dev.estsdk.api.model.CallBlockingRule;
import dev.estsdk.api.model.CountryPermission;
import dev.estsdk.api.model.CredentialList;
import dev.estsdk.api.model.Direction;
import dev.estsdk.api.model.IpRange;
import dev.estsdk.api.model.RegisteredEndpoint;
import dev.estsdk.api.model.SipTrunk;
import dev.estsdk.api.model.StaticEndpoint;
import dev.estsdk.api.model.Transport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Read-modify-write sends the whole object, keeps untouched fields and re-applies on a concurrent change. */
class ResourceModifierTest extends SimulatorTest {

    private ResourceModifier modify;
    private SipTrunk trunk;

    @BeforeEach
    void start() {
        modify = h.provisioner.modifier();
        trunk = h.est.sipTrunks().create(t -> t.name("Acme").hostName("acme-modify").enableCallerName(true)
                .callForwardNumber("+14165550101").enableCallForward(true));
    }

    private String lastPutBody() {
        return h.sim.wireMock().getAllServeEvents().stream().map(ServeEvent::getRequest)
                .filter(r -> r.getMethod().value().equals("PUT")).findFirst().orElseThrow().getBodyAsString();
    }

    @Test
    void trunk_sendsTheWholeObjectAndPreservesUntouchedFields() {
        SipTrunk renamed = modify.trunk(trunk.id(), t -> t.name("Acme renamed"));

        assertThat(renamed.name()).isEqualTo("Acme renamed");
        assertThat(h.est.sipTrunks().get(trunk.id())).satisfies(t -> {
            assertThat(t.hostName()).isEqualTo("acme-modify");
            assertThat(t.enableCallerName()).isTrue();
            assertThat(t.callForwardNumber()).isEqualTo("+14165550101");
            assertThat(t.enableCallForward()).isTrue();
        });
        assertThat(lastPutBody()).contains("\"hostName\"", "\"enableCallerName\"", "\"callForwardNumber\"",
                "\"enableCallForward\"");
    }

    @Test
    void trunk_concurrentChangeBetweenReadAndWrite_isReappliedNotLost() {
        AtomicInteger calls = new AtomicInteger();

        SipTrunk result = modify.trunk(trunk.id(), t -> {
            if (calls.incrementAndGet() == 1) {
                h.est.sipTrunks().update(h.est.sipTrunks().get(trunk.id()), c -> c.name("Renamed elsewhere"));
            }
            t.enableCallerName(false);
        });

        assertThat(calls).hasValue(2);
        assertThat(result.name()).isEqualTo("Renamed elsewhere");
        assertThat(result.enableCallerName()).isFalse();
        assertThat(h.est.sipTrunks().get(trunk.id()).name()).isEqualTo("Renamed elsewhere");
    }

    @Test
    void trunk_changingEveryTime_givesUpAfterTheAttemptLimit() {
        AtomicInteger calls = new AtomicInteger();

        assertThatThrownBy(() -> modify.trunk(trunk.id(), t -> {
            h.est.sipTrunks().update(h.est.sipTrunks().get(trunk.id()), c -> c.name("Race " + calls.incrementAndGet()));
        }))
                .isInstanceOf(ModificationConflictException.class)
                .hasMessageContaining("changed between read and write in each of 3 attempts");
        assertThat(calls).hasValue(3);
    }

    @Test
    void trunk_changeThatAltersNothing_writesNothing() {
        h.forgetRequests();

        modify.trunk(trunk.id(), t -> t.enableCallerName(true));

        assertThat(h.writeRequests()).isEmpty();
    }

    @Test
    void staticEndpoint_keepsAddressPortAndTransport() {
        StaticEndpoint created = (StaticEndpoint) h.est.sipEndpoints().createStatic(trunk.id(), e -> e.name("sbc")
                .address("203.0.113.10").port(5061).transport(Transport.TLS));

        StaticEndpoint changed = modify.staticEndpoint(trunk.id(), created.id(), e -> e.priority(2));

        assertThat(changed.priority()).isEqualTo(2);
        assertThat(changed.address()).isEqualTo("203.0.113.10");
        assertThat(changed.port()).isEqualTo(5061);
        assertThat(changed.transport()).isEqualTo(Transport.TLS);
    }

    @Test
    void registeredEndpoint_onAStaticOne_isRefused() {
        String id = h.est.sipEndpoints().createStatic(trunk.id(), e -> e.name("sbc").address("203.0.113.10")).id();

        assertThatThrownBy(() -> modify.registeredEndpoint(trunk.id(), id, e -> e.priority(2)))
                .isInstanceOf(WorkflowException.class).hasMessageContaining("use the matching modify method");
    }

    @Test
    void registeredEndpoint_keepsTheUsername() {
        h.est.credentialLists().create(c -> c.name("Users").credential("alice", Harness.PASSWORD));
        String id = h.est.sipEndpoints().createRegistered(trunk.id(), e -> e.name("phone").credentialUsername("alice"))
                .id();

        RegisteredEndpoint changed = modify.registeredEndpoint(trunk.id(), id, e -> e.enabled(false));

        assertThat(changed.enabled()).isFalse();
        assertThat(changed.credentialUsername()).isEqualTo("alice");
    }

    @Test
    void accessControlList_keepsItsRanges() {
        AccessControlList acl = h.est.accessControlLists().create(a -> a.name("SBCs").ipRange("203.0.113.10", 32)
                .ipRange("198.51.100.0", 24));

        AccessControlList changed = modify.accessControlList(acl.id(), a -> a.enabled(false));

        assertThat(changed.enabled()).isFalse();
        assertThat(changed.ipRanges()).extracting(IpRange::ipAddress).containsExactlyInAnyOrder("203.0.113.10",
                "198.51.100.0");
    }

    @Test
    void ipRange_keepsTheAddressWhenTheDescriptionChanges() {
        AccessControlList acl = h.est.accessControlLists().create(a -> a.name("SBCs").ipRange("198.51.100.0", 24));
        String rangeId = acl.ipRanges().get(0).id();

        IpRange changed = modify.ipRange(acl.id(), rangeId, r -> r.description("Branch office"));

        assertThat(changed.description()).isEqualTo("Branch office");
        assertThat(changed.ipAddress()).isEqualTo("198.51.100.0");
        assertThat(changed.range()).isEqualTo(24);
    }

    @Test
    void ipRange_unknownId_isNotFound() {
        AccessControlList acl = h.est.accessControlLists().create(a -> a.name("SBCs").ipRange("198.51.100.0", 24));

        assertThatThrownBy(() -> modify.ipRange(acl.id(), "01NOPE", r -> r.range(25)))
                .isInstanceOf(dev.estsdk.api.exception.NotFoundException.class).hasMessageContaining("01NOPE");
    }

    @Test
    void credentialList_renamesAndKeepsItsUsers() {
        CredentialList list = h.est.credentialLists().create(c -> c.name("Users").credential("alice", Harness.PASSWORD));

        CredentialList changed = modify.credentialList(list.id(), l -> l.name("Desk users"));

        assertThat(changed.name()).isEqualTo("Desk users");
        assertThat(h.est.credentialLists().get(list.id()).credentials()).extracting(c -> c.username())
                .containsExactly("alice");
    }

    @Test
    void countryPermission_changesEnabledOnly() {
        CountryPermission se = modify.countryPermission("SE", c -> c.enabled(true));

        assertThat(se.enabled()).isTrue();
        assertThat(h.est.countryPermissions().get("SE").enabled()).isTrue();
    }

    @Test
    void callBlockingRule_keepsTheFieldsNotTouched() {
        CallBlockingRule rule = h.est.callBlockingRules().create(r -> r.name("No premium").direction(Direction.OUTBOUND)
                .calleeCountry("GB").calleeMatch("+449"));

        CallBlockingRule changed = modify.callBlockingRule(rule.id(), r -> r.name("No UK premium"));

        assertThat(changed.name()).isEqualTo("No UK premium");
        assertThat(changed.calleeCountry()).isEqualTo("GB");
        assertThat(changed.calleeMatch()).isEqualTo("+449");
        assertThat(changed.direction()).isEqualTo(Direction.OUTBOUND);
    }
}
