package dev.estsdk.workflows;

import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.model.CreateStaticEndpointRequest;
import dev.estsdk.api.model.Transport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PlanFilesTest {

    static final Path EXAMPLES = Path.of("..", "examples", "plans");

    static final String FULL = """
            version: 1
            trunk:
              name: ACME PBX
              hostName: acme-pbx
              callerName: true
              callForwardNumber: "+12025550199"
            direction: both
            accessControlLists:
              - name: HQ SBC
                ipRanges: ["203.0.113.10/32"]
              - existing: 01HA2E80QCBX185VVP21PJG9CT
            credentialLists:
              - name: Desk phones
                use: outbound
                credentials:
                  - username: alice
                    password: ${env:EST_SIP_PASSWORD}
            endpoints:
              - name: pbx-1
                type: static
                address: 203.0.113.20
                port: 5060
                transport: udp
                priority: 1
                weight: 10
                enabled: true
            phoneNumbers: ["+12025550101"]
            twilio:
              secure: false
              recording: { mode: do-not-record, trim: do-not-trim }
              disasterRecoveryUrl: https://example.com/dr
              disasterRecoveryMethod: POST
              transferMode: disable-all
              transferCallerId: from-transferee
            """;

    @Test
    void theDocumentedShapeReadsIntoEveryField() {
        PlanDocument doc = PlanFiles.parse("full.yaml", FULL);

        assertThat(doc.trunk()).isEqualTo(new PlanDocument.TrunkSpec("ACME PBX", "acme-pbx", true, "+12025550199"));
        assertThat(doc.direction()).isEqualTo(TrafficDirection.BOTH);
        assertThat(doc.accessControlLists()).containsExactly(
                PlanDocument.AclSpec.create("HQ SBC", List.of("203.0.113.10/32")),
                PlanDocument.AclSpec.existing("01HA2E80QCBX185VVP21PJG9CT"));
        assertThat(doc.credentialLists().get(0).credentials())
                .containsExactly(new PlanDocument.CredentialSpec("alice", SecretRef.env("EST_SIP_PASSWORD")));
        assertThat(doc.endpoints()).containsExactly(new PlanDocument.EndpointSpec("pbx-1",
                PlanDocument.EndpointType.STATIC, "203.0.113.20", 5060, Transport.UDP, 1, 10, true, null));
        assertThat(doc.phoneNumbers()).containsExactly("+12025550101");
        assertThat(doc.twilio()).isEqualTo(new PlanDocument.TwilioSpec(false,
                new PlanDocument.RecordingSpec(PlanDocument.RecordingMode.DO_NOT_RECORD,
                        PlanDocument.RecordingTrim.DO_NOT_TRIM),
                "https://example.com/dr", PlanDocument.HttpMethod.POST, PlanDocument.TransferMode.DISABLE_ALL,
                PlanDocument.TransferCallerId.FROM_TRANSFEREE));
    }

    @Test
    void yamlAndJsonWrittenFromADocumentReadBackEqual() {
        PlanDocument doc = PlanFiles.parse("full.yaml", FULL);

        String yaml = PlanFiles.toString(doc, PlanFiles.Format.YAML);
        String json = PlanFiles.toString(doc, PlanFiles.Format.JSON);

        assertThat(PlanFiles.parse("out.yaml", yaml)).isEqualTo(doc);
        assertThat(PlanFiles.parse("out.json", json)).isEqualTo(doc);
        assertThat(json).startsWith("{").contains("\"password\" : \"${env:EST_SIP_PASSWORD}\"");
    }

    @Test
    void writtenYamlKeepsTheDocumentedOrderLeavesOutUnsetFieldsAndQuotesNumbers() {
        PlanDocument doc = PlanDocument.builder(PlanDocument.TrunkSpec.of("ACME PBX", "acme-pbx"))
                .endpoint(PlanDocument.EndpointSpec.staticEndpoint("pbx-1", "203.0.113.20"))
                .phoneNumbers("+12025550101")
                .build();

        assertThat(PlanFiles.toString(doc, PlanFiles.Format.YAML)).isEqualTo("""
                version: 1
                trunk:
                  name: ACME PBX
                  hostName: acme-pbx
                endpoints:
                  - name: pbx-1
                    type: static
                    address: 203.0.113.20
                phoneNumbers:
                  - "+12025550101"
                """);
    }

    @Test
    void theFormatFollowsTheExtensionWhenReadingAndWriting(@TempDir Path dir) throws IOException {
        PlanDocument doc = PlanFiles.parse("full.yaml", FULL);
        Path json = dir.resolve("plan.json");
        Path yaml = dir.resolve("plan.yml");

        PlanFiles.write(doc, json);
        PlanFiles.write(doc, yaml);

        assertThat(Files.readString(json)).startsWith("{");
        assertThat(Files.readString(yaml)).startsWith("version: 1");
        assertThat(PlanFiles.read(json)).isEqualTo(doc);
        assertThat(PlanFiles.read(yaml)).isEqualTo(doc);
    }

    @Test
    void theExamplePlansReadAndBecomePlans() {
        PlanDocument trunk = PlanFiles.read(EXAMPLES.resolve("trunk.yaml"));
        PlanDocument desk = PlanFiles.read(EXAMPLES.resolve("desk-phones.yaml"));

        ProvisioningPlan trunkPlan = trunk.toPlan(SecretResolver.of(Map.of()));
        ProvisioningPlan deskPlan = desk.toPlan(SecretResolver.of(Map.of(
                "EST_SIP_PASSWORD_ALICE", "Alice-Passw0rd-1", "EST_SIP_PASSWORD_BOB", "Bob-Passw0rd-22",
                "EST_SIP_PASSWORD_DESK_TRUNK", "Desk-Trunk-Passw0rd")));

        assertThat(trunkPlan.workflow()).isEqualTo(Workflow.C);
        assertThat(trunkPlan.phoneNumbers()).containsExactly("+12025550101");
        assertThat(deskPlan.endpoints()).hasSize(2);
        assertThat(deskPlan.registrationCredentials()).hasSize(1);
    }

    @Test
    void anUnknownFieldIsRefusedWithTheClosestKnownNameAndItsPosition() {
        PlanFileException e = refused("bad.yaml", """
                version: 1
                trunk:
                  name: ACME PBX
                  hostname: acme-pbx
                """);

        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.field()).isEqualTo("trunk.hostname");
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.column()).isEqualTo(3);
            assertThat(p.rule()).contains("did you mean \"hostName\"");
        });
        assertThat(e.getMessage()).startsWith("Invalid plan file bad.yaml: ")
                .contains("trunk.hostname: is not a known field; did you mean \"hostName\"?")
                .contains("(line 4, column 3)");
    }

    @Test
    void aLiteralPasswordIsRefusedWithoutEchoingIt() {
        PlanFileException e = refused("bad.yaml", """
                version: 1
                trunk: { name: ACME, hostName: acme }
                credentialLists:
                  - name: PBX users
                    credentials:
                      - username: alice
                        password: Alice-Passw0rd-1
                """);

        assertThat(e.getMessage()).doesNotContain("Alice-Passw0rd-1")
                .contains("credentialLists[0].credentials[0].password: must be a reference such as "
                        + "${env:EST_SIP_PASSWORD_ALICE}, not the password itself")
                .contains("(line 7, column 19)");
    }

    @Test
    void everySemanticProblemIsReportedAtOnceAtItsField() {
        PlanFileException e = refused("bad.yaml", """
                version: 1
                trunk: { name: ACME, hostName: acme.example }
                direction: both
                endpoints:
                  - name: pbx-1
                    address: 203.0.113.20
                  - name: pbx-2
                    address: 203.0.113.21
                    port: 70000
                phoneNumbers: ["5550101"]
                """);

        assertThat(e.problems()).extracting(PlanFileException.Problem::field)
                .contains("trunk.hostName", "endpoints[1].port", "phoneNumbers[0]", "accessControlLists");
        assertThat(e.problems()).filteredOn(p -> p.field().equals("endpoints[1].port")).singleElement()
                .satisfies(p -> {
                    assertThat(p.line()).isEqualTo(9);
                    assertThat(p.rule()).contains("65535");
                });
    }

    @Test
    void wrongTypesAndUnknownValuesNameWhatIsAllowed() {
        PlanFileException e = refused("bad.yaml", """
                version: 1
                trunk: { name: ACME, hostName: acme }
                direction: sideways
                endpoints:
                  - name: pbx-1
                    type: dynamic
                    address: 203.0.113.20
                    port: "5060"
                    transport: sctp
                phoneNumbers: [12025550101]
                """);

        assertThat(e.problems()).extracting(Object::toString).contains(
                "direction: must be one of inbound, outbound, both (was \"sideways\") (line 3, column 12)",
                "endpoints[0].type: must be one of static, registered (was \"dynamic\") (line 6, column 11)",
                "endpoints[0].port: must be an integer (was a string) (line 8, column 11)",
                "endpoints[0].transport: must be one of udp, tcp, tls (was \"sctp\") (line 9, column 16)",
                "phoneNumbers[0]: must be a string (was an integer) (line 10, column 16)");
    }

    @Test
    void anUnsupportedVersionIsRefused() {
        PlanFileException e = refused("bad.json", """
                {"version": 2, "trunk": {"name": "ACME", "hostName": "acme"},
                 "accessControlLists": [{"name": "SBC", "ipRanges": ["203.0.113.10/32"]}]}
                """);

        assertThat(e.problems()).singleElement().hasToString(
                "version: is not supported (was 2): this SDK reads plan files of version 1 (line 1, column 13)");
    }

    @Test
    void aSyntaxErrorNamesTheFileLineAndColumn() {
        PlanFileException yaml = refused("bad.yaml", "version: 1\ntrunk: [unclosed\n");
        PlanFileException json = refused("bad.json", "{\"version\": 1,\n  \"trunk\": }");

        assertThat(yaml.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).startsWith("is not valid YAML");
            assertThat(p.line()).isGreaterThanOrEqualTo(2);
        });
        assertThat(json.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).startsWith("is not valid JSON");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo(12);
        });
        assertThat(json.getMessage()).startsWith("Invalid plan file bad.json: is not valid JSON");
    }

    @Test
    void aRepeatedKeyIsASyntaxError() {
        PlanFileException e = refused("bad.yaml", """
                version: 1
                version: 1
                trunk: { name: ACME, hostName: acme }
                """);

        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.rule()).contains("version"));
    }

    @Test
    void aPlanFileExceptionIsAValidationException() {
        PlanFileException e = refused("bad.yaml", "version: 1\n");

        assertThat(e).isInstanceOf(EstValidationException.class);
        assertThat(e.violations()).extracting(v -> v.field()).containsExactly("trunk", "");
        assertThat(e.violations().get(1).description()).startsWith("carries no calls: add accessControlLists");
        assertThat(e.file()).isEqualTo("bad.yaml");
    }

    @Test
    void aMissingFileIsReportedAsAPlanFileProblem(@TempDir Path dir) {
        Path missing = dir.resolve("nope.yaml");

        assertThatThrownBy(() -> PlanFiles.read(missing)).isInstanceOf(PlanFileException.class)
                .hasMessageContaining("nope.yaml").hasMessageContaining("could not be read");
    }

    @Test
    void secretsResolveFromTheResolverAndAMissingVariableIsNamedWithItsField() {
        PlanDocument doc = PlanFiles.parse("full.yaml", FULL);

        ProvisioningPlan plan = doc.toPlan(SecretResolver.of(Map.of("EST_SIP_PASSWORD", "Alice-Passw0rd-1")));
        EstValidationException missing = catchThrowableOfType(EstValidationException.class,
                () -> doc.toPlan(SecretResolver.of(Map.of())));

        TrunkAuth.NewCredentialList list = (TrunkAuth.NewCredentialList) plan.outboundAuth().get(2);
        assertThat(list.definition().credentials().get(0).password().reveal()).isEqualTo("Alice-Passw0rd-1");
        assertThat(missing.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("credentialLists[0].credentials[0].password");
            assertThat(v.description()).contains("EST_SIP_PASSWORD").contains("is not set");
        });
    }

    @Test
    void aResolvedPasswordBelowThePolicyIsRefusedWithoutItsValue() {
        PlanDocument doc = PlanFiles.parse("full.yaml", FULL);

        assertThatThrownBy(() -> doc.toPlan(SecretResolver.of(Map.of("EST_SIP_PASSWORD", "short"))))
                .isInstanceOf(EstValidationException.class)
                .hasMessageContaining("credentialLists[0].credentials[0].password")
                .hasMessageNotContaining("short");
    }

    @Test
    void aPlanBuiltInCodeBecomesADocumentWithReferencesAndBackTheSamePlan() {
        for (ProvisioningPlan plan : Plans.all().toList()) {
            PlanDocument doc = PlanDocument.from(plan);
            String yaml = PlanFiles.toString(doc, PlanFiles.Format.YAML);

            assertThat(yaml).doesNotContain(Harness.PASSWORD);
            PlanDocument reread = PlanFiles.parse("plan.yaml", yaml);
            assertThat(reread).isEqualTo(doc);
            assertThat(reread.toPlan(SecretResolver.of(Map.of("EST_SIP_PASSWORD_ALICE", Harness.PASSWORD))))
                    .isEqualTo(plan);
        }
    }

    @Test
    void aUsernameInTwoListsGetsAReferencePerList() {
        ProvisioningPlan plan = ProvisioningPlan.builder()
                .trunk(t -> t.name("ACME").hostName("acme"))
                .outboundAuth(TrunkAuth.credentials(c -> c.name("PBX users").credential("alice", Harness.PASSWORD)))
                .registrationCredentials(TrunkAuth.credentials(c -> c.name("Desk users")
                        .credential("alice", Harness.PASSWORD)))
                .registeredEndpoint(e -> e.name("alice-phone").credentialUsername("alice"))
                .build();

        PlanDocument doc = PlanDocument.from(plan);

        assertThat(doc.credentialLists()).extracting(l -> l.credentials().get(0).password().variable())
                .containsExactly("EST_SIP_PASSWORD_PBX_USERS_ALICE", "EST_SIP_PASSWORD_DESK_USERS_ALICE");
    }

    @Test
    void staticEndpointDefaultsFillWhatTheFileLeavesOut() {
        PlanDocument doc = PlanFiles.parse("min.yaml", """
                version: 1
                trunk: { name: ACME, hostName: acme }
                endpoints: [{ name: pbx-1, address: 203.0.113.20 }]
                phoneNumbers: ["+12025550101"]
                """);

        CreateStaticEndpointRequest endpoint = (CreateStaticEndpointRequest) doc.toPlan(SecretResolver.of(Map.of()))
                .endpoints().get(0);

        assertThat(endpoint.port()).isEqualTo(5060);
        assertThat(endpoint.priority()).isEqualTo(1);
        assertThat(endpoint.enabled()).isTrue();
    }

    @Test
    void theTwilioBlockAndEndpointWeightsBecomeThePlansTwilioOptionsAndBack() {
        PlanDocument doc = PlanFiles.parse("full.yaml", FULL);

        ProvisioningPlan plan = doc.toPlan(SecretResolver.of(Map.of("EST_SIP_PASSWORD", "Alice-Passw0rd-1")));

        TwilioOptions twilio = plan.twilio();
        assertThat(twilio.secure()).isFalse();
        assertThat(twilio.recordingMode()).isEqualTo(dev.estsdk.twilio.model.RecordingMode.DO_NOT_RECORD);
        assertThat(twilio.recordingTrim()).isEqualTo(dev.estsdk.twilio.model.RecordingTrim.DO_NOT_TRIM);
        assertThat(twilio.disasterRecoveryUrl()).hasToString("https://example.com/dr");
        assertThat(twilio.disasterRecoveryMethod()).isEqualTo(dev.estsdk.twilio.model.HttpMethod.POST);
        assertThat(twilio.transferMode()).isEqualTo(dev.estsdk.twilio.model.TransferMode.DISABLE_ALL);
        assertThat(twilio.transferCallerId()).isEqualTo(dev.estsdk.twilio.model.TransferCallerId.FROM_TRANSFEREE);
        assertThat(twilio.originationWeights()).containsExactly(Map.entry("pbx-1", 10));
        PlanDocument back = PlanDocument.from(plan);
        assertThat(back.twilio()).isEqualTo(doc.twilio());
        assertThat(back.endpoints().get(0).weight()).isEqualTo(10);
    }

    @Test
    void aWeightOutOfRangeAndABadDisasterRecoveryUrlAreReportedAtTheirFields() {
        PlanFileException e = refused("bad.yaml", """
                version: 1
                trunk: { name: ACME, hostName: acme }
                endpoints:
                  - name: pbx-1
                    address: 203.0.113.20
                    weight: 0
                phoneNumbers: ["+12025550101"]
                twilio:
                  disasterRecoveryUrl: ftp://example.com/dr
                """);

        assertThat(e.problems()).extracting(Object::toString).containsExactly(
                "endpoints[0].weight: must be between 1 and 65535 (was 0) (line 6, column 13)",
                "twilio.disasterRecoveryUrl: must be an absolute http or https URL, e.g. https://example.com/twiml "
                        + "(was ftp://example.com/dr) (line 9, column 24)");
    }

    static PlanFileException refused(String name, String content) {
        return catchThrowableOfType(PlanFileException.class, () -> PlanFiles.parse(name, content,
                name.endsWith(".json") ? PlanFiles.Format.JSON : PlanFiles.Format.YAML));
    }
}
