package dev.estsdk.workflows;

import dev.estsdk.api.exception.EstServiceException;
import dev.estsdk.api.exception.NotFoundException;
import dev.estsdk.api.model.PhoneNumber;
import dev.estsdk.api.model.PhoneNumberFilter;
import dev.estsdk.api.model.SipTrunk;
import dev.estsdk.testkit.EstSimulatorExtension;
import dev.estsdk.testkit.SipInvite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The code of the project README's workflow sections, as written there, so the README cannot
 * drift from what the SDK does. Only the provisioner is built on the simulator's clock.
 */
class ReadmeSnippetsTest {

    private static final String NUMBER = "+15551234567";

    @RegisterExtension
    static EstSimulatorExtension simulator = EstSimulatorExtension.create(b -> b.ownedNumbers(NUMBER));

    private final String password = Harness.PASSWORD;
    private Harness h;
    private TrunkProvisioner provisioner;

    @BeforeEach
    void start() {
        h = Harness.on(simulator.simulator());
        provisioner = h.provisioner;
    }

    @AfterEach
    void stop() {
        h.close();
    }

    @Test
    void workflowC_asShown_plansAppliesWaitsAndTakesCalls() {
        ProvisioningPlan plan = ProvisioningPlan.builder()
                .trunk(t -> t.name("Acme HQ").hostName("acme-hq"))
                .outboundAuth(TrunkAuth.acl(acl -> acl.name("HQ SBC").ipRange("203.0.113.10", 32)))
                .staticEndpoint(e -> e.name("sbc-1").address("203.0.113.10"))
                .staticEndpoint(e -> e.name("sbc-2").address("203.0.113.11").priority(2))
                .phoneNumbers(NUMBER)
                .build();

        List<Change> changes = provisioner.plan(plan);
        ProvisioningResult result = provisioner.apply(plan);
        PropagationReport report = result.awaitPropagation();

        assertThat(plan.workflow()).isEqualTo(Workflow.C);
        assertThat(changes).extracting(Change::type).containsExactly(ChangeType.CREATE, ChangeType.CREATE,
                ChangeType.LINK, ChangeType.CREATE, ChangeType.CREATE, ChangeType.ASSIGN);
        assertThat(result.changes()).hasSameSizeAs(changes);
        assertThat(report.waited()).isEqualTo(Duration.ofSeconds(60));
        assertThat(result.domain()).isEqualTo("acme-hq.pstn.sinch.com");
        assertThat(h.sim.sip().invite(SipInvite.inbound("+14165550199", NUMBER)).endpointId())
                .isEqualTo(result.endpoints().get(0).id());
        h.forgetRequests();
        assertThat(provisioner.apply(plan).changes()).isEmpty();
        assertThat(h.writeRequests()).isEmpty();
    }

    @Test
    void workflowsABDE_asShown_nameTheirLetterAndApply() {
        ProvisioningPlan a = ProvisioningPlan.builder().trunk(t -> t.name("Acme out").hostName("acme-out"))
                .outboundAuth(TrunkAuth.acl(acl -> acl.name("HQ SBC").ipRange("203.0.113.10", 32))).build();
        ProvisioningPlan b = ProvisioningPlan.builder().trunk(t -> t.name("Acme in").hostName("acme-in"))
                .staticEndpoint(e -> e.name("sbc-1").address("203.0.113.10")).phoneNumbers(NUMBER).build();
        ProvisioningPlan d = ProvisioningPlan.builder().trunk(t -> t.name("Desk").hostName("acme-desk"))
                .registrationCredentials(TrunkAuth.credentials(l -> l.name("Desk users").credential("alice", password)))
                .registeredEndpoint(e -> e.name("alice-phone").credentialUsername("alice"))
                .phoneNumbers(NUMBER).build();
        ProvisioningPlan e = ProvisioningPlan.builder().trunk(t -> t.name("Digest").hostName("acme-digest"))
                .outboundAuth(TrunkAuth.credentials(l -> l.name("PBX users").credential("pbx", password))).build();

        assertThat(List.of(a, b, d, e)).extracting(ProvisioningPlan::workflow)
                .containsExactly(Workflow.A, Workflow.B, Workflow.D, Workflow.E);
        for (ProvisioningPlan plan : List.of(a, b, d, e)) {
            ProvisioningResult result = provisioner.apply(plan);
            assertThat(result.workflow()).isEqualTo(plan.workflow());
            assertThat(result.toString()).doesNotContain(password);
        }
        assertThat(h.sim.counts().trunks()).isEqualTo(4);
    }

    @Test
    void modifierTeardownAndTroubleshooting_asShown_behaveAsDescribed() {
        ProvisioningResult result = provisioner.apply(ProvisioningPlan.builder()
                .trunk(t -> t.name("Acme in").hostName("acme-in"))
                .staticEndpoint(e -> e.name("sbc-1").address("203.0.113.10")).build());
        String trunkId = result.trunkId();

        SipTrunk modified = provisioner.modifier().trunk(trunkId, t -> t.enableCallerName(true));
        Diagnosis diagnosis = provisioner.check(trunkId);
        Iterable<PhoneNumber> numbers = h.est.phoneNumbers().list(PhoneNumberFilter.forTrunk(trunkId));

        assertThat(modified.enableCallerName()).isTrue();
        assertThat(modified.name()).isEqualTo("Acme in");
        assertThat(diagnosis.has(FindingType.NO_PHONE_NUMBERS)).isTrue();
        assertThat(diagnosis.has(FindingType.RECENT_CHANGE)).isTrue();
        assertThat(numbers).isEmpty();

        TeardownResult first = provisioner.teardown(trunkId, ListCleanup.DELETE_UNUSED_LISTS);
        h.forgetRequests();
        TeardownResult second = provisioner.teardown(trunkId, ListCleanup.DELETE_UNUSED_LISTS);

        assertThat(first.changes()).isNotEmpty();
        assertThat(second.changes()).isEmpty();
        assertThat(h.writeRequests()).isEmpty();
        assertThatThrownBy(() -> provisioner.check(trunkId)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void steps_asShown_refuseAnEndpointBeforeTheTrunk() {
        ProvisioningSteps steps = provisioner.steps();

        assertThatThrownBy(() -> steps.createStaticEndpoint(e -> e.name("sbc-1").address("203.0.113.10")))
                .isInstanceOf(OrderViolationException.class);
        assertThat(h.writeRequests()).isEmpty();
    }

    @Test
    void serviceErrors_asShown_nameMethodPathAndStatus() {
        assertThatThrownBy(() -> h.est.sipTrunks().get("01HXXXXXXXXXXXXXXXXXXXXXXX"))
                .isInstanceOf(EstServiceException.class)
                .hasMessageStartingWith("HTTP 404 GET /v1/projects/" + h.sim.projectId() + "/trunks/01HXXXXXXXXXXXXXXXXXXXXXXX: ");
    }

    @Test
    void oneplanTwoCarriers_asShown_appliesOnTwilioWithTlsAndWeight_andExportsWithoutSecrets() {
        dev.estsdk.testkit.twilio.TwilioSimulator sim = dev.estsdk.testkit.twilio.TwilioSimulator.start();
        try (dev.estsdk.twilio.TwilioClient twilioClient = CarrierRig.TwilioRig.client(sim)) {
            TrunkProvisioner twilio = TrunkProvisioner.of(Carrier.twilio(twilioClient));

            ProvisioningPlan plan = ProvisioningPlan.builder()
                    .trunk(t -> t.name("Acme HQ").hostName("acme-hq"))
                    .outboundAuth(TrunkAuth.acl(acl -> acl.name("HQ SBC").ipRange("203.0.113.10", 32)))
                    .staticEndpoint(e -> e.name("sbc-1").address("203.0.113.10").port(5061))
                    .phoneNumbers("+14155550101")
                    .twilio(o -> o.secure(true).originationWeight("sbc-1", 60))
                    .build();

            ProvisioningResult result = twilio.apply(plan);
            Drift drift = twilio.drift(plan);
            PlanDocument doc = twilio.export(result.trunkId());

            assertThat(result.domain()).isEqualTo("acme-hq.pstn.twilio.com");
            assertThat(twilioClient.originationUrls().list(result.trunkId()).stream().toList())
                    .singleElement().satisfies(u -> {
                        assertThat(u.sipUrl()).isEqualTo("sip:203.0.113.10:5061;transport=tls");
                        assertThat(u.weight()).isEqualTo(60);
                    });
            assertThat(drift.inSync()).isTrue();
            assertThat(doc.endpoints()).singleElement().satisfies(e -> assertThat(e.weight()).isEqualTo(60));
            assertThatThrownBy(() -> twilio.apply(Plans.d()))
                    .isInstanceOf(UnsupportedCapabilityException.class)
                    .hasMessageContaining("endpoints[0]: Twilio trunks do not accept SIP REGISTER; use a static "
                            + "endpoint");
        } finally {
            sim.close();
        }
    }
}
