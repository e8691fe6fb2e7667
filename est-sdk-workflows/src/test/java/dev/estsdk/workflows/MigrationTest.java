package dev.estsdk.workflows;

import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.testkit.EstSimulator;
import dev.estsdk.testkit.SipInvite;
import dev.estsdk.testkit.SipResult;
import dev.estsdk.testkit.twilio.TwilioCounts;
import dev.estsdk.testkit.twilio.TwilioSimulator;
import dev.estsdk.testkit.twilio.TwilioSipInvite;
import dev.estsdk.testkit.twilio.TwilioSipResult;
import dev.estsdk.twilio.TwilioClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A trunk moves Sinch → Twilio → Sinch on the two simulators: the source ends empty, the target
 * passes its SIP checks, numbers are mapped or reported as needing a port before any write.
 */
class MigrationTest {

    static final String SBC_IP = "203.0.113.10";
    static final String PBX_IP = "203.0.113.20";
    static final String NUMBER = "+12025550101";
    static final String TWILIO_NUMBER = "+14155550101";

    EstSimulator sinchSim;
    Harness sinch;
    TwilioSimulator twilioSim;
    TwilioClient twilioClient;
    TrunkProvisioner twilio;

    void start(String... twilioNumbers) {
        sinchSim = EstSimulator.builder().start();
        sinch = Harness.on(sinchSim);
        twilioSim = TwilioSimulator.builder().ownedNumbers(twilioNumbers).start();
        twilioClient = TwilioClient.builder().accountSid(twilioSim.accountSid()).authToken(twilioSim.authToken())
                .trunkingBaseUrl(twilioSim.trunkingBaseUrl()).apiBaseUrl(twilioSim.apiBaseUrl()).build();
        twilio = TrunkProvisioner.builder(Carrier.twilio(twilioClient)).clock(new VirtualClock(twilioSim::now))
                .sleeper(twilioSim::advance).build();
    }

    @BeforeEach
    void none() {
        sinchSim = null;
    }

    @AfterEach
    void stop() {
        if (sinchSim != null) {
            sinch.close();
            sinchSim.close();
            twilioClient.close();
            twilioSim.close();
        }
    }

    /** The example plan file, provisioned on Sinch and propagated. */
    String provisionExampleOnSinch() {
        PlanDocument doc = PlanFiles.read(PlanFilesTest.EXAMPLES.resolve("trunk.yaml"));
        ProvisioningResult result = sinch.provisioner.apply(doc.toPlan(SecretResolver.of(Map.of())));
        result.awaitPropagation();
        return result.trunkId();
    }

    @Test
    void aTrunkMovesSinchToTwilioAndBackLeavingEachSourceEmptyAndEachTargetWorking() {
        start(NUMBER);
        String sinchTrunk = provisionExampleOnSinch();

        MigrationResult toTwilio = Migration.from(sinch.provisioner).to(twilio).teardownSource(true).run(sinchTrunk);

        assertThat(toTwilio.target().domain()).isEqualTo("acme-pbx.pstn.twilio.com");
        String exportedYaml = PlanFiles.toString(toTwilio.exported(), PlanFiles.Format.YAML);
        assertThat(PlanSchemaTest.validate(exportedYaml, true)).as("schema errors of the export").isEmpty();
        assertThat(PlanFiles.parse("export.yaml", exportedYaml)).isEqualTo(toTwilio.exported());
        assertThat(toTwilio.numbersToPort()).isEmpty();
        assertThat(toTwilio.targetCheck().isHealthy()).isTrue();
        assertThat(toTwilio.teardown()).isPresent();
        assertThat(sinchSim.counts().isEmpty()).as("Sinch after the move: %s", sinchSim.counts()).isTrue();
        TwilioSipResult outbound = twilioSim.sip().invite(TwilioSipInvite.termination(SBC_IP, "+15551230000",
                "acme-pbx.pstn.twilio.com"));
        TwilioSipResult inbound = twilioSim.sip().invite(TwilioSipInvite.origination("+15551230000", NUMBER));
        assertThat(outbound.isSuccess()).as("termination: %s", outbound).isTrue();
        assertThat(inbound.isSuccess()).as("origination: %s", inbound).isTrue();
        assertThat(inbound.deliveredTo()).contains(PBX_IP);

        MigrationResult back = Migration.from(twilio).to(sinch.provisioner).teardownSource(true)
                .run(toTwilio.target().trunkId());

        assertThat(back.target().domain()).isEqualTo("acme-pbx." + sinchSim.sipDomainSuffix());
        assertThat(back.exported().trunk()).isEqualTo(toTwilio.exported().trunk());
        String backYaml = PlanFiles.toString(back.exported(), PlanFiles.Format.YAML);
        assertThat(PlanSchemaTest.validate(backYaml, true)).as("schema errors of the Twilio export").isEmpty();
        assertThat(PlanFiles.parse("export.yaml", backYaml)).isEqualTo(back.exported());
        TwilioCounts left = twilioSim.counts();
        assertThat(left.trunks() + left.originationUrls() + left.ipAccessControlLists() + left.credentialLists()
                + left.numbersOnTrunks()).as("Twilio after the move back: %s", left).isZero();
        SipResult out = sinchSim.sip().invite(SipInvite.outbound(SBC_IP, NUMBER, "+15551230000", back.target().domain()));
        SipResult in = sinchSim.sip().invite(SipInvite.inbound("+15551230000", NUMBER));
        assertThat(out.isSuccess()).as("outbound: %s", out).isTrue();
        assertThat(in.isSuccess()).as("inbound: %s", in).isTrue();
        assertThat(in.endpointId()).isEqualTo(back.target().endpoints().get(0).id());
    }

    @Test
    void aMappedNumberReplacesTheSourceNumberOnTheTarget() {
        start(TWILIO_NUMBER);
        String sinchTrunk = provisionExampleOnSinch();

        MigrationResult moved = Migration.from(sinch.provisioner).to(twilio)
                .numberMapping(Map.of(NUMBER, TWILIO_NUMBER)).run(sinchTrunk);

        assertThat(moved.target().phoneNumbers()).containsExactly(TWILIO_NUMBER);
        assertThat(moved.numberMapping()).containsExactly(Map.entry(NUMBER, TWILIO_NUMBER));
        assertThat(moved.allNumbersMoved()).isTrue();
        assertThat(moved.sourceKeptBecause()).contains("teardownSource was not asked for");
        assertThat(sinchSim.counts().trunks()).isEqualTo(1);
        assertThat(twilioSim.sip().invite(TwilioSipInvite.origination("+15551230000", TWILIO_NUMBER)).isSuccess())
                .isTrue();
    }

    @Test
    void aNumberTheTargetDoesNotOwnIsReportedForPortingAndLeftOut() {
        start(TWILIO_NUMBER);
        String sinchTrunk = provisionExampleOnSinch();

        MigrationResult moved = Migration.from(sinch.provisioner).to(twilio).teardownSource(true).run(sinchTrunk);

        assertThat(moved.numbersToPort()).containsExactly(NUMBER);
        assertThat(moved.target().phoneNumbers()).isEmpty();
        assertThat(moved.exported().phoneNumbers()).containsExactly(NUMBER);
        assertThat(moved.teardown()).isEmpty();
        assertThat(moved.sourceKeptBecause()).contains(NUMBER).contains("ported");
        assertThat(sinchSim.counts().assignedNumbers()).isEqualTo(1);
    }

    @Test
    void aMappingToANumberTheTargetDoesNotOwnIsRefusedBeforeAnyWrite() {
        start(TWILIO_NUMBER);
        String sinchTrunk = provisionExampleOnSinch();

        EstValidationException e = catchThrowableOfType(EstValidationException.class, () ->
                Migration.from(sinch.provisioner).to(twilio).numberMapping(Map.of(NUMBER, "+14155550199",
                        "+12025550777", TWILIO_NUMBER)).run(sinchTrunk));

        assertThat(e.violations()).extracting(v -> v.field())
                .containsExactlyInAnyOrder("numberMapping[" + NUMBER + "]", "numberMapping[+12025550777]");
        assertThat(twilioSim.counts().trunks()).isZero();
        assertThat(twilioSim.counts().ipAccessControlLists()).isZero();
    }

    @Test
    void registeredEndpointsAreRefusedOnTwilioBeforeAnyWriteAndTheSourceStays() {
        start(NUMBER);
        PlanDocument desk = PlanFiles.read(PlanFilesTest.EXAMPLES.resolve("desk-phones.yaml"));
        Map<String, String> passwords = Map.of("EST_SIP_PASSWORD_ALICE", "Alice-Passw0rd-1",
                "EST_SIP_PASSWORD_BOB", "Bob-Passw0rd-22", "EST_SIP_PASSWORD_DESK_TRUNK", "Desk-Trunk-Passw0rd");
        String sinchTrunk = sinch.provisioner.apply(desk.toPlan(SecretResolver.of(passwords))).trunkId();

        EstValidationException e = catchThrowableOfType(EstValidationException.class, () ->
                Migration.from(sinch.provisioner).to(twilio).secrets(SecretResolver.of(passwords))
                        .teardownSource(true).run(sinchTrunk));

        assertThat(e).hasMessageContaining("REGISTER");
        assertThat(twilioSim.counts().trunks()).isZero();
        assertThat(sinchSim.counts().trunks()).isEqualTo(1);
    }

    @Test
    void aPasswordVariableThatIsNotSetIsNamedBeforeAnyWrite() {
        start(NUMBER);
        PlanDocument digest = PlanFiles.parse("digest.yaml", """
                version: 1
                trunk: { name: ACME digest, hostName: acme-digest }
                credentialLists:
                  - name: PBX users
                    credentials: [{ username: alice, password: "${env:EST_SIP_PASSWORD_ALICE}" }]
                """);
        String sinchTrunk = sinch.provisioner.apply(digest.toPlan(SecretResolver.of(Map.of(
                "EST_SIP_PASSWORD_ALICE", "Alice-Passw0rd-1")))).trunkId();

        EstValidationException e = catchThrowableOfType(EstValidationException.class, () ->
                Migration.from(sinch.provisioner).to(twilio).secrets(SecretResolver.of(Map.of())).run(sinchTrunk));

        assertThat(e).hasMessageContaining("EST_SIP_PASSWORD_ALICE").hasMessageContaining("is not set");
        assertThat(twilioSim.counts().trunks()).isZero();
    }

    @Test
    void settingsAreValidatedTogether() {
        start(NUMBER);

        EstValidationException e = catchThrowableOfType(EstValidationException.class, () ->
                Migration.from(sinch.provisioner).numberMapping(Map.of("5550101", "x")).build());

        assertThat(e.violations()).extracting(v -> v.field())
                .containsExactly("to", "numberMapping", "numberMapping[5550101]");
    }

    /** A UTC clock reading a simulator's virtual time. */
    static final class VirtualClock extends Clock {
        private final Supplier<Instant> now;

        VirtualClock(Supplier<Instant> now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }
}
