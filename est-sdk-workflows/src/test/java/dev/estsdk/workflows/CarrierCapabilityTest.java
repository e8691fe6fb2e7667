package dev.estsdk.workflows;

import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.FieldViolation;
import dev.estsdk.api.model.AccessControlList;
import dev.estsdk.api.model.IpRange;
import dev.estsdk.twilio.model.HttpMethod;
import dev.estsdk.twilio.model.RecordingMode;
import dev.estsdk.twilio.model.TransferMode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URI;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import static dev.estsdk.workflows.Harness.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A plan asking for what the carrier lacks is refused by apply, plan and drift before any request,
 * naming the field and the carrier; the carriers declare what they offer.
 */
class CarrierCapabilityTest {

    private static final CarrierRig SINCH = CarrierRig.sinch();
    private static final CarrierRig TWILIO = CarrierRig.twilio();

    @BeforeEach
    void reset() {
        SINCH.reset();
        TWILIO.reset();
        SINCH.forgetRequests();
        TWILIO.forgetRequests();
    }

    @AfterAll
    static void close() {
        SINCH.close();
        TWILIO.close();
    }

    static ProvisioningPlan withTwilio(Consumer<TwilioOptions.Builder> options) {
        return Plans.c().toBuilder().twilio(options).build();
    }

    static Stream<Arguments> refusedOnTwilio() {
        return Stream.of(
                Arguments.of("workflow D", Plans.d(), "endpoints[0]",
                        "Twilio trunks do not accept SIP REGISTER; use a static endpoint"),
                Arguments.of("registration credentials", Plans.d(), "registrationCredentials[0]",
                        "Twilio trunks do not accept SIP REGISTER"),
                Arguments.of("call-forward number", ProvisioningPlan.builder()
                        .trunk(t -> t.name("Acme").hostName("acme-f").callForwardNumber("+12025550199")
                                .enableCallForward(true))
                        .staticEndpoint(e -> e.name("sbc-1").address(Plans.PBX_IP)).build(),
                        "trunk.callForwardNumber", "Twilio trunks have no call-forward number"));
    }

    static Stream<Arguments> refusedOnSinch() {
        return Stream.of(
                Arguments.of("secure trunking", withTwilio(t -> t.secure(true)), "twilio.secure",
                        "Sinch trunks have no secure trunking"),
                Arguments.of("recording", withTwilio(t -> t.recordingMode(RecordingMode.RECORD_FROM_ANSWER)),
                        "twilio.recordingMode", "Sinch trunks have no call recording"),
                Arguments.of("disaster-recovery URL", withTwilio(t -> t.disasterRecoveryUrl(
                        URI.create("https://example.com/twiml")).disasterRecoveryMethod(HttpMethod.POST)),
                        "twilio.disasterRecoveryUrl", "Sinch trunks have no disaster-recovery URL"),
                Arguments.of("transfer mode", withTwilio(t -> t.transferMode(TransferMode.ENABLE_ALL)),
                        "twilio.transferMode", "Sinch trunks have no SIP REFER transfer setting"),
                Arguments.of("origination weight", withTwilio(t -> t.originationWeight("sbc-1", 20)),
                        "twilio.originationWeights[sbc-1]", "Sinch endpoints have no origination weight"));
    }

    private static void assertRefused(CarrierRig rig, ProvisioningPlan plan, String field, String message,
                                      String carrier) {
        List<Function<ProvisioningPlan, Object>> calls = List.of(rig.provisioner::apply, rig.provisioner::plan,
                rig.provisioner::drift);
        for (Function<ProvisioningPlan, Object> call : calls) {
            UnsupportedCapabilityException e = catchThrowableOfType(UnsupportedCapabilityException.class,
                    () -> call.apply(plan));
            assertThat(e).isNotNull();
            assertThat(e).isInstanceOf(EstValidationException.class);
            assertThat(e.carrier()).isEqualTo(carrier);
            assertThat(e.violations()).extracting(FieldViolation::field).contains(field);
            assertThat(e.violations()).filteredOn(v -> v.field().equals(field))
                    .allSatisfy(v -> assertThat(v.description()).contains(message));
            assertThat(e.getMessage()).contains(carrier, field);
        }
        assertThat(rig.apiRequests()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedOnTwilio")
    void twilio_refusesBeforeAnyRequest(String what, ProvisioningPlan plan, String field, String message) {
        assertRefused(TWILIO, plan, field, message, "Twilio");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedOnSinch")
    void sinch_refusesTwilioOptionsBeforeAnyRequest(String what, ProvisioningPlan plan, String field,
                                                    String message) {
        assertRefused(SINCH, plan, field, message, "Sinch");
    }

    @Test
    void twilio_refusesIpv6RangesWhileThePlanIsBuilt_andReportsEveryTwilioRuleAtOnce() {
        EstValidationException ipv6 = catchThrowableOfType(EstValidationException.class,
                () -> TrunkAuth.acl(a -> a.name("v6 SBC").ipRange("2001:db8::10", 32).ipRange(Plans.PBX_IP, 32)));
        assertThat(ipv6.violations()).extracting(FieldViolation::field).containsExactly("ipRanges[0].ipAddress");

        ProvisioningPlan plan = ProvisioningPlan.builder()
                .trunk(t -> t.name("Acme").hostName("acme-6"))
                .outboundAuth(TrunkAuth.acl(a -> a.name("v4 SBC").ipRange(Plans.PBX_IP, 32).enabled(false)))
                .outboundAuth(TrunkAuth.credentials(c -> c.name("PBX users")
                        .credential("a-username-longer-than-thirty-two-chars", PASSWORD)))
                .build();

        EstValidationException e = catchThrowableOfType(EstValidationException.class,
                () -> TWILIO.provisioner.apply(plan));

        assertThat(e.violations()).extracting(FieldViolation::field).containsExactly(
                "outboundAuth[0].enabled", "outboundAuth[1].credentials[0].username");
        assertThat(TWILIO.apiRequests()).isEmpty();
    }

    @Test
    void twilio_refusesANumberTheAccountDoesNotOwn_beforeTheFirstWrite() {
        ProvisioningPlan plan = Plans.c().toBuilder().phoneNumbers("+19995550100").build();

        EstValidationException e = catchThrowableOfType(EstValidationException.class,
                () -> TWILIO.provisioner.apply(plan));

        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("phoneNumbers[2]");
            assertThat(v.description()).contains("does not own +19995550100", "never bought");
        });
        assertThat(TWILIO.writeRequests()).isEmpty();
        assertThat(TWILIO.isEmpty()).isTrue();
    }

    @Test
    void twilio_bulkAssignOfANumberTheAccountDoesNotOwn_writesNothing() {
        ProvisioningResult result = TWILIO.provisioner.apply(Plans.b());
        TWILIO.forgetRequests();

        assertThatThrownBy(() -> TWILIO.provisioner.assignNumbers(result.trunkId(),
                List.of(Plans.NUMBER_2, "+19995550100")))
                .isInstanceOf(EstValidationException.class).hasMessageContaining("numbers[1]");
        assertThat(TWILIO.writeRequests()).isEmpty();
    }

    @Test
    void twilio_sinchOnlyTools_sayTheyAreSinchTools() {
        assertThatThrownBy(TWILIO.provisioner::steps).isInstanceOf(WorkflowException.class)
                .hasMessageContaining("steps() is a Sinch tool").hasMessageContaining("Twilio");
        assertThatThrownBy(TWILIO.provisioner::modifier).isInstanceOf(WorkflowException.class)
                .hasMessageContaining("modifier() is a Sinch tool");
    }

    @Test
    void twilio_sipDomainSuffix_isASinchSetting() {
        CarrierRig.TwilioRig rig = (CarrierRig.TwilioRig) TWILIO;

        EstValidationException e = catchThrowableOfType(EstValidationException.class,
                () -> TrunkProvisioner.builder(Carrier.twilio(rig.twilio)).sipDomainSuffix("pstn.example.com").build());

        assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("sipDomainSuffix");
    }

    @Test
    void carriers_declareTheirCapabilities_domains_andPropagation() {
        Carrier sinch = SINCH.provisioner.carrier();
        Carrier twilio = TWILIO.provisioner.carrier();

        assertThat(sinch.id()).isEqualTo("sinch");
        assertThat(twilio.id()).isEqualTo("twilio");
        assertThat(sinch.displayName()).isEqualTo("Sinch");
        assertThat(twilio.displayName()).isEqualTo("Twilio");
        assertThat(sinch.supports(Capability.REGISTERED_ENDPOINTS)).isTrue();
        assertThat(twilio.supports(Capability.REGISTERED_ENDPOINTS)).isFalse();
        assertThat(twilio.capabilities()).containsExactlyInAnyOrder(Capability.ORIGINATION_WEIGHT,
                Capability.RECORDING, Capability.SECURE_TRUNKING, Capability.DISASTER_RECOVERY_URL,
                Capability.TRANSFER_MODE, Capability.SYMMETRIC_RTP);
        assertThat(sinch.capabilities()).doesNotContainAnyElementsOf(twilio.capabilities());
        assertThat(sinch.sipDomain("acme-pbx")).isEqualTo("acme-pbx.pstn.sinch.com");
        assertThat(twilio.sipDomain("acme-pbx")).isEqualTo("acme-pbx.pstn.twilio.com");
        assertThat(sinch.propagationWindow()).hasSeconds(60);
        assertThat(twilio.propagationWindow()).isZero();
        assertThat(Carrier.sinch(((CarrierRig.SinchRig) SINCH).h.est, "pstn.example.com").sipDomain("a"))
                .isEqualTo("a.pstn.example.com");
    }

    @Test
    void twilioOptions_builderReportsEveryBrokenFieldAtOnce() {
        EstValidationException e = catchThrowableOfType(EstValidationException.class, () -> TwilioOptions.builder()
                .originationWeight("sbc-1", 0).originationWeight("sbc-2", 70000)
                .disasterRecoveryUrl(URI.create("ftp://example.com/x")).build());

        assertThat(e.violations()).extracting(FieldViolation::field).containsExactly(
                "originationWeights[sbc-1]", "originationWeights[sbc-2]", "disasterRecoveryUrl");
    }

    @Test
    void plan_refusesWeightsForEndpointsItDoesNotHave_underTheTwilioPath() {
        EstValidationException e = catchThrowableOfType(EstValidationException.class, () -> Plans.c().toBuilder()
                .twilio(t -> t.originationWeight("nope", 20)).build());
        EstValidationException part = catchThrowableOfType(EstValidationException.class, () -> Plans.c().toBuilder()
                .twilio(t -> t.disasterRecoveryMethod(HttpMethod.GET)).build());

        assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("twilio.originationWeights[nope]");
        assertThat(part.violations()).extracting(FieldViolation::field).containsExactly("twilio.disasterRecoveryMethod");
    }
}
