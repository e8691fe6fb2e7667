package dev.estsdk.workflows;

import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.FieldViolation;
import dev.estsdk.twilio.model.HttpMethod;
import dev.estsdk.twilio.model.RecordingMode;
import dev.estsdk.twilio.model.RecordingTrim;
import dev.estsdk.twilio.model.TransferCallerId;
import dev.estsdk.twilio.model.TransferMode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Plans that pass the carrier-neutral checks but would break on one carrier are refused before any request. */
class RefusedBeforeAnyRequestTest {

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

    @Test
    void twilio_refusesAPriorityAbove65535_beforeAnyRequest() {
        ProvisioningPlan plan = ProvisioningPlan.builder().trunk(t -> t.name("Acme").hostName("acme-pr"))
                .staticEndpoint(e -> e.name("sbc-1").address(Plans.PBX_IP).priority(70000)).build();

        EstValidationException e = catchThrowableOfType(EstValidationException.class,
                () -> TWILIO.provisioner.apply(plan));

        assertThat(e).isNotNull();
        assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("endpoints[0].priority");
        assertThat(TWILIO.apiRequests()).isEmpty();
        assertThat(TWILIO.isEmpty()).isTrue();
    }

    @Test
    void sinch_namesEveryRefusedTwilioOption_notOnlyTheFirstOfEachPair() {
        ProvisioningPlan plan = Plans.c().toBuilder().twilio(t -> t.recordingMode(RecordingMode.RECORD_FROM_ANSWER)
                .recordingTrim(RecordingTrim.TRIM_SILENCE).disasterRecoveryUrl(URI.create("https://example.com/t"))
                .disasterRecoveryMethod(HttpMethod.POST).transferMode(TransferMode.ENABLE_ALL)
                .transferCallerId(TransferCallerId.FROM_TRANSFEROR)).build();

        UnsupportedCapabilityException e = catchThrowableOfType(UnsupportedCapabilityException.class,
                () -> SINCH.provisioner.apply(plan));

        assertThat(e.violations()).extracting(FieldViolation::field).containsExactlyInAnyOrder(
                "twilio.recordingMode", "twilio.recordingTrim", "twilio.disasterRecoveryUrl",
                "twilio.disasterRecoveryMethod", "twilio.transferMode", "twilio.transferCallerId");
        assertThat(SINCH.apiRequests()).isEmpty();
    }
}
