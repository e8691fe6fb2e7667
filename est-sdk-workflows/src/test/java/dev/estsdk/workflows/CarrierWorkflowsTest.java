package dev.estsdk.workflows;

import dev.estsdk.api.model.StaticEndpoint;
import dev.estsdk.testkit.twilio.TwilioSipInvite;
import dev.estsdk.testkit.twilio.TwilioSipResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static dev.estsdk.workflows.Harness.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/** Workflows A, B, C and E on both carriers, with the guarantees the engine gives on each. */
class CarrierWorkflowsTest {

    private static final CarrierRig SINCH = CarrierRig.sinch();
    private static final CarrierRig TWILIO = CarrierRig.twilio();

    @BeforeEach
    void reset() {
        SINCH.reset();
        TWILIO.reset();
    }

    @AfterAll
    static void close() {
        SINCH.close();
        TWILIO.close();
    }

    static Stream<CarrierRig> carriers() {
        return Stream.of(SINCH, TWILIO);
    }

    static Stream<Arguments> workflowsOnBothCarriers() {
        return carriers().flatMap(rig -> Stream.of(Plans.a(), Plans.b(), Plans.c(), Plans.e())
                .map(plan -> Arguments.of(rig, plan)));
    }

    @ParameterizedTest(name = "{0}: workflow {1}")
    @MethodSource("workflowsOnBothCarriers")
    void apply_createsTheTrunkOnTheCarrier_andASecondApplyMakesNoWrite(CarrierRig rig, ProvisioningPlan plan) {
        rig.forgetRequests();
        ProvisioningResult first = rig.provisioner.apply(plan);

        assertThat(rig.writeRequests()).hasSizeGreaterThanOrEqualTo(first.changes().size());

        assertThat(first.domain()).isEqualTo(rig.provisioner.carrier().sipDomain(plan.trunk().hostName()));
        assertThat(first.changes()).isNotEmpty();
        rig.forgetRequests();

        ProvisioningResult second = rig.provisioner.apply(plan);

        assertThat(rig.writeRequests()).isEmpty();
        assertThat(second.isUnchanged()).isTrue();
        assertThat(second.trunkId()).isEqualTo(first.trunkId());
        assertThat(rig.provisioner.plan(plan)).isEmpty();
        assertThat(rig.provisioner.drift(plan).inSync()).isTrue();
    }

    @ParameterizedTest(name = "{0}: workflow {1}")
    @MethodSource("workflowsOnBothCarriers")
    void teardown_removesEverythingTheApplyMade(CarrierRig rig, ProvisioningPlan plan) {
        ProvisioningResult result = rig.provisioner.apply(plan);

        TeardownResult removed = rig.provisioner.teardown(result.trunkId(), ListCleanup.DELETE_UNUSED_LISTS);

        assertThat(rig.isEmpty()).isTrue();
        assertThat(removed.changes()).extracting(c -> c.resource().type()).contains(ResourceType.TRUNK);
        assertThat(rig.provisioner.teardown(result.trunkId()).changes()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("carriers")
    void apply_writesInDependencyOrder(CarrierRig rig) {
        ProvisioningResult result = rig.provisioner.apply(Plans.c());

        assertThat(result.changes()).extracting(c -> c.type() + " " + c.resource().type()).containsExactly(
                "CREATE TRUNK", "CREATE ACCESS_CONTROL_LIST", "LINK ACCESS_CONTROL_LIST_LINK", "CREATE ENDPOINT",
                "ASSIGN PHONE_NUMBER", "ASSIGN PHONE_NUMBER");
    }

    @Test
    void twilio_workflowC_passesTheSimulatedSipChecks() {
        ProvisioningResult result = TWILIO.provisioner.apply(Plans.c());
        CarrierRig.TwilioRig rig = (CarrierRig.TwilioRig) TWILIO;

        TwilioSipResult outbound = rig.sim.sip().invite(TwilioSipInvite.termination(Plans.PBX_IP, "+14155550199",
                result.domain()));
        TwilioSipResult inbound = rig.sim.sip().invite(TwilioSipInvite.origination("+14155550199", Plans.NUMBER_1));

        assertThat(outbound.isSuccess()).as(outbound.explanation()).isTrue();
        assertThat(inbound.isSuccess()).as(inbound.explanation()).isTrue();
        assertThat(result.domain()).isEqualTo("acme-c.pstn.twilio.com");
    }

    @Test
    void twilio_workflowE_admitsTheDigestUserOfTheCredentialList() {
        ProvisioningResult result = TWILIO.provisioner.apply(Plans.e());
        CarrierRig.TwilioRig rig = (CarrierRig.TwilioRig) TWILIO;

        TwilioSipResult withDigest = rig.sim.sip().invite(TwilioSipInvite.termination("198.51.100.7", "+14155550199",
                result.domain()).withDigest("alice", PASSWORD));
        TwilioSipResult wrong = rig.sim.sip().invite(TwilioSipInvite.termination("198.51.100.7", "+14155550199",
                result.domain()).withDigest("alice", "Wrong-Passw0rd-9"));

        assertThat(withDigest.isSuccess()).as(withDigest.explanation()).isTrue();
        assertThat(wrong.isSuccess()).isFalse();
    }

    @Test
    void twilio_propagationIsImmediate() {
        ProvisioningResult result = TWILIO.provisioner.apply(Plans.c());

        PropagationReport report = result.awaitPropagation();

        assertThat(report.waited()).isZero();
        assertThat(TWILIO.provisioner.propagationWindow()).isZero();
    }

    @Test
    void twilio_options_areSet_secureForcesTls_andASecondApplyMakesNoWrite() {
        ProvisioningPlan plan = Plans.c().toBuilder()
                .twilio(t -> t.secure(true).recordingMode(dev.estsdk.twilio.model.RecordingMode.RECORD_FROM_ANSWER)
                        .transferMode(dev.estsdk.twilio.model.TransferMode.ENABLE_ALL)
                        .disasterRecoveryUrl(java.net.URI.create("https://example.com/twiml"))
                        .originationWeight("sbc-1", 60))
                .build();
        CarrierRig.TwilioRig rig = (CarrierRig.TwilioRig) TWILIO;

        ProvisioningResult result = TWILIO.provisioner.apply(plan);
        TWILIO.forgetRequests();
        ProvisioningResult again = TWILIO.provisioner.apply(plan);

        var trunk = rig.twilio.trunks().get(result.trunkId());
        var url = rig.twilio.originationUrls().list(result.trunkId()).stream().toList().get(0);
        assertThat(trunk.secure()).isTrue();
        assertThat(trunk.transferMode()).isEqualTo(dev.estsdk.twilio.model.TransferMode.ENABLE_ALL);
        assertThat(trunk.disasterRecoveryUrl()).isEqualTo("https://example.com/twiml");
        assertThat(rig.twilio.trunks().getRecording(result.trunkId()).mode())
                .isEqualTo(dev.estsdk.twilio.model.RecordingMode.RECORD_FROM_ANSWER);
        assertThat(url.sipUrl()).isEqualTo("sip:" + Plans.PBX_IP + ":5060;transport=tls");
        assertThat(url.weight()).isEqualTo(60);
        assertThat(url.friendlyName()).isEqualTo("sbc-1");
        assertThat(again.isUnchanged()).isTrue();
        assertThat(TWILIO.writeRequests()).isEmpty();
    }

    @Test
    void twilio_optionsAddedToAnExistingTrunk_areOneUpdate_shownFieldByField() {
        TWILIO.provisioner.apply(Plans.c());
        ProvisioningPlan secured = Plans.c().toBuilder().twilio(t -> t.secure(true)
                .recordingMode(dev.estsdk.twilio.model.RecordingMode.RECORD_FROM_RINGING)).build();

        Drift drift = TWILIO.provisioner.drift(secured);
        ProvisioningResult result = TWILIO.provisioner.apply(secured);

        assertThat(drift.changes()).extracting(c -> c.type() + " " + c.resource().type())
                .containsExactly("UPDATE TRUNK", "UPDATE ENDPOINT");
        assertThat(drift.changes().get(0).fields()).containsExactly(
                new FieldChange("twilio.secure", "false", "true"),
                new FieldChange("twilio.recordingMode", "do-not-record", "record-from-ringing"));
        assertThat(drift.changes().get(1).fields()).containsExactly(new FieldChange("transport", "UDP", "TLS"));
        assertThat(result.changes()).hasSize(2);
        assertThat(TWILIO.provisioner.drift(secured).inSync()).isTrue();
    }

    @Test
    void twilio_originationUrl_defaultsToWeight10_andTheEndpointsTransport() {
        ProvisioningResult result = TWILIO.provisioner.apply(ProvisioningPlan.builder()
                .trunk(t -> t.name("Acme inbound").hostName("acme-b")).phoneNumbers(Plans.NUMBER_1)
                .staticEndpoint(e -> e.name("sbc-1").address("pbx.example.com").port(5080)
                        .transport(dev.estsdk.api.model.Transport.TCP).priority(2)).build());
        CarrierRig.TwilioRig rig = (CarrierRig.TwilioRig) TWILIO;

        var url = rig.twilio.originationUrls().list(result.trunkId()).stream().toList().get(0);

        assertThat(url.sipUrl()).isEqualTo("sip:pbx.example.com:5080;transport=tcp");
        assertThat(url.weight()).isEqualTo(10);
        assertThat(url.priority()).isEqualTo(2);
        assertThat(url.enabled()).isTrue();
    }

    @Test
    void twilio_bulkAssign_assignsOwnedNumbers() {
        ProvisioningResult result = TWILIO.provisioner.apply(Plans.b());

        BulkResult bulk = TWILIO.provisioner.assignNumbers(result.trunkId(), List.of(Plans.NUMBER_2,
                CarrierRig.NUMBER_3));
        BulkResult off = TWILIO.provisioner.unassignNumbers(List.of(Plans.NUMBER_2));

        assertThat(bulk.succeeded()).containsExactly(Plans.NUMBER_2, CarrierRig.NUMBER_3);
        assertThat(off.succeeded()).containsExactly(Plans.NUMBER_2);
        assertThat(((CarrierRig.TwilioRig) TWILIO).twilio.trunkPhoneNumbers().list(result.trunkId()).stream()
                .map(n -> n.phoneNumber()).toList()).containsExactlyInAnyOrder(Plans.NUMBER_1, CarrierRig.NUMBER_3);
    }

    @Test
    void twilio_bulkAssign_ofANumberAlreadyOnTheTrunk_succeedsWithoutASecondAssociation() {
        ProvisioningResult result = TWILIO.provisioner.apply(Plans.b());

        BulkResult again = TWILIO.provisioner.assignNumbers(result.trunkId(), List.of(Plans.NUMBER_1));

        assertThat(again.failed()).isEmpty();
        assertThat(again.succeeded()).containsExactly(Plans.NUMBER_1);
        assertThat(((CarrierRig.TwilioRig) TWILIO).twilio.trunkPhoneNumbers().list(result.trunkId()).stream()
                .map(n -> n.phoneNumber()).toList()).containsExactly(Plans.NUMBER_1);
    }

    // ---- export and drift -----------------------------------------------------------------------

    static ProvisioningPlan withDigestAndAcl() {
        return ProvisioningPlan.builder()
                .trunk(t -> t.name("Acme HQ").hostName("acme-x"))
                .outboundAuth(TrunkAuth.acl(acl -> acl.name("HQ SBC").ipRange(Plans.PBX_IP, 32)
                        .ipRange("198.51.100.0", 24)))
                .outboundAuth(TrunkAuth.credentials(c -> c.name("PBX users").credential("alice", PASSWORD)
                        .credential("bob", "Bob-Passw0rd-22")))
                .staticEndpoint(e -> e.name("sbc-2").address("198.51.100.20").priority(2))
                .staticEndpoint(e -> e.name("sbc-1").address(Plans.PBX_IP))
                .phoneNumbers(Plans.NUMBER_2, Plans.NUMBER_1)
                .build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("carriers")
    void export_thenApplyToAnEmptyAccount_thenExport_givesAnEqualDocument(CarrierRig rig) {
        ProvisioningResult result = rig.provisioner.apply(withDigestAndAcl());
        PlanDocument exported = rig.provisioner.export(result.trunkId());
        rig.provisioner.teardown(result.trunkId(), ListCleanup.DELETE_UNUSED_LISTS);
        assertThat(rig.isEmpty()).isTrue();
        rig.reset(); // a fresh account: Twilio keeps a deleted trunk's domain for 30 days

        SecretResolver secrets = SecretResolver.of(Map.of("EST_SIP_PASSWORD_ALICE", PASSWORD,
                "EST_SIP_PASSWORD_BOB", "Bob-Passw0rd-22"));
        ProvisioningResult again = rig.provisioner.apply(exported.toPlan(secrets));
        PlanDocument reexported = rig.provisioner.export(again.trunkId());

        assertThat(reexported).isEqualTo(exported);
        assertThat(exported.trunk().hostName()).isEqualTo("acme-x");
        assertThat(exported.endpoints()).extracting(PlanDocument.EndpointSpec::name).containsExactly("sbc-1", "sbc-2");
        assertThat(exported.phoneNumbers()).containsExactly(Plans.NUMBER_1, Plans.NUMBER_2);
        assertThat(exported.accessControlLists().get(0).ipRanges())
                .containsExactly("198.51.100.0/24", Plans.PBX_IP + "/32");
        assertThat(exported.credentialLists().get(0).credentials())
                .extracting(c -> c.username() + "=" + c.password().reference())
                .containsExactly("alice=${env:EST_SIP_PASSWORD_ALICE}", "bob=${env:EST_SIP_PASSWORD_BOB}");
        assertThat(exported.toString()).doesNotContain(PASSWORD);
    }

    @Test
    void export_fromSinch_appliesOnTwilio_andBack_givingTheSameDocument() {
        SecretResolver secrets = SecretResolver.of(Map.of("EST_SIP_PASSWORD_ALICE", PASSWORD,
                "EST_SIP_PASSWORD_BOB", "Bob-Passw0rd-22"));
        PlanDocument fromSinch = SINCH.provisioner.export(SINCH.provisioner.apply(withDigestAndAcl()).trunkId());

        PlanDocument onTwilio = TWILIO.provisioner.export(
                TWILIO.provisioner.apply(fromSinch.toPlan(secrets)).trunkId());
        SINCH.reset();
        PlanDocument backOnSinch = SINCH.provisioner.export(SINCH.provisioner.apply(onTwilio.toPlan(secrets)).trunkId());

        assertThat(onTwilio).isEqualTo(fromSinch);
        assertThat(backOnSinch).isEqualTo(fromSinch);
    }

    @Test
    void twilio_export_carriesTheTwilioOptionsAndWeights() {
        ProvisioningPlan plan = Plans.c().toBuilder().twilio(t -> t.secure(true).originationWeight("sbc-1", 60)
                .transferMode(dev.estsdk.twilio.model.TransferMode.SIP_ONLY)).build();
        ProvisioningResult result = TWILIO.provisioner.apply(plan);

        PlanDocument exported = TWILIO.provisioner.export(result.trunkId());
        TWILIO.reset();
        ProvisioningResult again = TWILIO.provisioner.apply(exported.toPlan(SecretResolver.of(Map.of())));

        assertThat(exported.twilio()).isNotNull();
        assertThat(exported.twilio().secure()).isTrue();
        assertThat(exported.twilio().transferMode()).isEqualTo(PlanDocument.TransferMode.SIP_ONLY);
        assertThat(exported.endpoints().get(0).weight()).isEqualTo(60);
        assertThat(exported.endpoints().get(0).transport()).isEqualTo(dev.estsdk.api.model.Transport.TLS);
        assertThat(TWILIO.provisioner.export(again.trunkId())).isEqualTo(exported);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("carriers")
    void drift_showsFieldsBeforeAndAfter_andWhatThePlanDoesNotMention(CarrierRig rig) {
        ProvisioningPlan plan = Plans.c();
        ProvisioningResult result = rig.provisioner.apply(plan);
        ProvisioningPlan extra = plan.toBuilder().staticEndpoint(e -> e.name("sbc-9").address("198.51.100.9"))
                .phoneNumbers(CarrierRig.NUMBER_3).build();
        rig.provisioner.apply(extra);
        StaticEndpoint sbc = (StaticEndpoint) result.endpoints().get(0);
        ProvisioningPlan moved = ProvisioningPlan.builder()
                .trunk(t -> t.name("Acme HQ").hostName("acme-c"))
                .outboundAuth(TrunkAuth.acl(acl -> acl.name("HQ SBC").ipRange(Plans.PBX_IP, 32)))
                .staticEndpoint(e -> e.name(sbc.name()).address(sbc.address()).port(5070))
                .phoneNumbers(Plans.NUMBER_1, Plans.NUMBER_2)
                .build();
        rig.forgetRequests();

        Drift drift = rig.provisioner.drift(moved);

        assertThat(rig.writeRequests()).isEmpty();
        assertThat(drift.inSync()).isFalse();
        assertThat(drift.changes()).hasSize(1);
        assertThat(drift.changes().get(0).fields()).containsExactly(new FieldChange("port", "5060", "5070"));
        assertThat(drift.unmanaged()).extracting(r -> r.type() + " " + r.label())
                .containsExactlyInAnyOrder("ENDPOINT sbc-9", "PHONE_NUMBER " + CarrierRig.NUMBER_3);

        rig.provisioner.apply(moved);
        assertThat(rig.provisioner.drift(moved).changes()).isEmpty();
        assertThat(rig.provisioner.drift(moved).unmanaged()).hasSize(2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("carriers")
    void plan_ofANewCredentialList_showsPasswordsAsStars(CarrierRig rig) {
        List<Change> changes = rig.provisioner.plan(Plans.e());

        assertThat(changes.get(1).fields()).contains(new FieldChange("credentials[alice].password", null, "***"));
        assertThat(changes.toString()).doesNotContain(PASSWORD);
    }

}
