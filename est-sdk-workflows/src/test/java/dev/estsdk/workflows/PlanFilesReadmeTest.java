package dev.estsdk.workflows;

import dev.estsdk.api.exception.EstValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The README section "One plan, two carriers": its plan file and what it says about it hold. */
class PlanFilesReadmeTest {

    final MigrationTest sims = new MigrationTest();

    @BeforeEach
    void start() {
        sims.start(MigrationTest.NUMBER);
    }

    @AfterEach
    void stop() {
        sims.stop();
    }

    static String readmePlan() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        int section = readme.indexOf("## One plan, two carriers");
        int start = readme.indexOf("```yaml\n", section) + "```yaml\n".length();
        return readme.substring(start, readme.indexOf("```", start));
    }

    @Test
    void theReadmePlanAppliesOnBothCarriersWithEachCarriersDomain() throws IOException {
        PlanDocument doc = PlanFiles.parse("README.md", readmePlan());
        ProvisioningPlan plan = doc.toPlan(SecretResolver.of(Map.of("EST_SIP_PASSWORD_ALICE", Harness.PASSWORD)));

        ProvisioningResult sinch = sims.sinch.provisioner.apply(plan);
        ProvisioningResult twilio = sims.twilio.apply(plan);

        assertThat(sinch.domain()).isEqualTo("acme-pbx.pstn.sinch.com");
        assertThat(twilio.domain()).isEqualTo("acme-pbx.pstn.twilio.com");
    }

    @Test
    void sinchOnlyFieldsAreRefusedOnTwilioBeforeAnyRequest() {
        ProvisioningPlan plan = PlanFiles.parse("p.yaml", """
                version: 1
                trunk: { name: ACME, hostName: acme, callForwardNumber: "+12025550199" }
                endpoints: [{ name: pbx-1, address: 203.0.113.20 }]
                phoneNumbers: ["+12025550101"]
                """).toPlan(SecretResolver.of(Map.of()));

        EstValidationException e = catchThrowableOfType(EstValidationException.class,
                () -> sims.twilio.apply(plan));

        assertThat(e).hasMessageContaining("callForwardNumber");
        assertThat(sims.twilioSim.counts().trunks()).isZero();
    }

    @Test
    void twilioOnlyFieldsAreRefusedOnSinchBeforeAnyRequest() {
        ProvisioningPlan plan = PlanFiles.parse("p.yaml", """
                version: 1
                trunk: { name: ACME, hostName: acme }
                endpoints: [{ name: pbx-1, address: 203.0.113.20, weight: 20 }]
                phoneNumbers: ["+12025550101"]
                twilio: { transferMode: enable-all }
                """).toPlan(SecretResolver.of(Map.of()));

        EstValidationException e = catchThrowableOfType(EstValidationException.class,
                () -> sims.sinch.provisioner.apply(plan));

        assertThat(e).hasMessageContaining("transferMode");
        assertThat(sims.sinchSim.counts().trunks()).isZero();
    }

    @Test
    void aPlanBuiltInCodeIsWrittenWithReferencesAndReadsBack(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("trunk.yaml");

        PlanFiles.write(PlanDocument.from(Plans.e()), file);

        assertThat(Files.readString(file)).contains("password: \"${env:EST_SIP_PASSWORD_ALICE}\"")
                .doesNotContain(Harness.PASSWORD);
        assertThat(PlanFiles.read(file).toPlan(SecretResolver.of(Map.of("EST_SIP_PASSWORD_ALICE",
                Harness.PASSWORD)))).isEqualTo(Plans.e());
    }
}
