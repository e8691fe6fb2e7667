package dev.estsdk.workflows;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * docs/plan.schema.json against the reader: every example plan file in the repository and every
 * file PlanFiles writes validates; every document of a table of bad ones is refused by both.
 */
class PlanSchemaTest {

    static final Path REPO = Path.of("..");
    static final Schema SCHEMA = schema();

    static Schema schema() {
        try {
            String text = Files.readString(REPO.resolve("docs/plan.schema.json"));
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(text, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Error> validate(String content, boolean yaml) {
        return SCHEMA.validate(content, yaml ? InputFormat.YAML : InputFormat.JSON);
    }

    /** Every JSON or YAML file in a directory named {@code plans} anywhere in the repository. */
    static Stream<Path> examplePlanFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(REPO.normalize().toAbsolutePath())) {
            return walk.filter(p -> !p.toString().matches(".*/(target|\\.git|node_modules)/.*"))
                    .filter(p -> p.getParent() != null && p.getParent().getFileName() != null
                            && p.getParent().getFileName().toString().equals("plans"))
                    .filter(p -> p.getFileName().toString().matches(".*\\.(ya?ml|json)$"))
                    .sorted().toList().stream();
        }
    }

    @Test
    void theRepositoryHasTheDocumentedExamplePlans() throws IOException {
        assertThat(examplePlanFiles().map(p -> p.getFileName().toString()))
                .contains("trunk.yaml", "desk-phones.yaml");
    }

    @ParameterizedTest
    @MethodSource("examplePlanFiles")
    void everyExamplePlanFileValidatesAgainstTheSchemaAndReads(Path file) throws IOException {
        String content = Files.readString(file);

        assertThat(validate(content, !file.toString().endsWith(".json"))).isEmpty();
        assertThat(PlanFiles.read(file).version()).isEqualTo(1);
    }

    @Test
    void documentsWrittenByPlanFilesValidate() {
        List<PlanDocument> docs = new java.util.ArrayList<>();
        docs.add(PlanFiles.parse("full.yaml", PlanFilesTest.FULL));
        Plans.all().map(PlanDocument::from).forEach(docs::add);

        for (PlanDocument doc : docs) {
            assertThat(validate(PlanFiles.toString(doc, PlanFiles.Format.YAML), true)).as("YAML of %s", doc)
                    .isEmpty();
            assertThat(validate(PlanFiles.toString(doc, PlanFiles.Format.JSON), false)).as("JSON of %s", doc)
                    .isEmpty();
        }
    }

    static final String TRUNK = "version: 1\ntrunk: { name: ACME, hostName: acme }\n";
    static final String ACL = "accessControlLists: [{ name: SBC, ipRanges: [\"203.0.113.10/32\"] }]\n";
    static final String ENDPOINT = "endpoints: [{ name: pbx-1, address: 203.0.113.20 }]\n";
    static final String NUMBER = "phoneNumbers: [\"+12025550101\"]\n";
    static final String VALID = TRUNK + ACL + ENDPOINT + NUMBER;

    static Stream<Arguments> badDocuments() {
        return Stream.of(
                bad("an unknown top-level field", VALID + "carrier: sinch\n", "carrier"),
                bad("an unknown trunk field", "version: 1\ntrunk: { name: ACME, hostname: acme }\n" + ACL,
                        "trunk.hostname"),
                bad("no version", VALID.replace("version: 1\n", ""), "version"),
                bad("an unknown version", VALID.replace("version: 1", "version: 2"), "version"),
                bad("no trunk", "version: 1\n" + ACL, "trunk"),
                bad("a dotted host name", VALID.replace("hostName: acme", "hostName: acme.example"),
                        "trunk.hostName"),
                bad("a caller-name flag as a string", VALID.replace("hostName: acme", "hostName: acme, callerName: \"true\""),
                        "trunk.callerName"),
                bad("an unknown direction", VALID + "direction: sideways\n", "direction"),
                bad("a new access control list without ranges",
                        TRUNK + "accessControlLists: [{ name: SBC }]\n", "accessControlLists[0].ipRanges"),
                bad("a range that is not an address",
                        TRUNK + "accessControlLists: [{ name: SBC, ipRanges: [\"not-an-ip\"] }]\n",
                        "accessControlLists[0].ipRanges[0]"),
                bad("an existing list with a name too",
                        TRUNK + "accessControlLists: [{ name: SBC, existing: 01HA2E80QCBX185VVP21PJG9CT }]\n",
                        "accessControlLists[0]"),
                bad("a literal password", TRUNK + "credentialLists:\n  - name: PBX\n    credentials:\n"
                        + "      - { username: alice, password: Alice-Passw0rd-1 }\n",
                        "credentialLists[0].credentials[0].password"),
                bad("a credential list without users", TRUNK + "credentialLists: [{ name: PBX, credentials: [] }]\n",
                        "credentialLists[0].credentials"),
                bad("an unknown credential use", TRUNK + "credentialLists:\n  - name: PBX\n    use: inbound\n"
                        + "    credentials: [{ username: alice, password: \"${env:P}\" }]\n", "credentialLists[0].use"),
                bad("a port out of range", VALID.replace("address: 203.0.113.20", "address: 203.0.113.20, port: 70000"),
                        "endpoints[0].port"),
                bad("a port as a string", VALID.replace("address: 203.0.113.20", "address: 203.0.113.20, port: \"5060\""),
                        "endpoints[0].port"),
                bad("an unknown endpoint type", VALID.replace("name: pbx-1,", "name: pbx-1, type: dynamic,"),
                        "endpoints[0].type"),
                bad("an unknown transport", VALID.replace("address: 203.0.113.20", "address: 203.0.113.20, transport: sctp"),
                        "endpoints[0].transport"),
                bad("a transport in mixed case", VALID.replace("address: 203.0.113.20", "address: 203.0.113.20, transport: Udp"),
                        "endpoints[0].transport"),
                bad("a priority below one", VALID.replace("address: 203.0.113.20", "address: 203.0.113.20, priority: 0"),
                        "endpoints[0].priority"),
                bad("a static endpoint without an address", TRUNK + ACL + "endpoints: [{ name: pbx-1 }]\n" + NUMBER,
                        "endpoints[0].address"),
                bad("a registered endpoint with an address", TRUNK + "credentialLists:\n  - name: Desk\n"
                        + "    use: registration\n    credentials: [{ username: alice, password: \"${env:P}\" }]\n"
                        + "endpoints: [{ name: phone, type: registered, credentialUsername: alice, address: 203.0.113.5 }]\n",
                        "endpoints[0].address"),
                bad("a registered endpoint without a username", TRUNK + "credentialLists:\n  - name: Desk\n"
                        + "    use: registration\n    credentials: [{ username: alice, password: \"${env:P}\" }]\n"
                        + "endpoints: [{ name: phone, type: registered }]\n", "endpoints[0].credentialUsername"),
                bad("a weight of zero", VALID.replace("address: 203.0.113.20", "address: 203.0.113.20, weight: 0"),
                        "endpoints[0].weight"),
                bad("a number that is not E.164", VALID.replace("+12025550101", "5550101"), "phoneNumbers[0]"),
                bad("a number written as an integer", VALID.replace("[\"+12025550101\"]", "[12025550101]"),
                        "phoneNumbers[0]"),
                bad("a number listed twice", VALID.replace("[\"+12025550101\"]", "[\"+12025550101\", \"+12025550101\"]"),
                        "phoneNumbers[1]"),
                bad("an unknown recording mode", VALID + "twilio: { recording: { mode: always } }\n",
                        "twilio.recording.mode"),
                bad("an unknown Twilio option", VALID + "twilio: { edge: ashburn }\n", "twilio.edge"),
                bad("a disaster-recovery method without its URL", VALID + "twilio: { disasterRecoveryMethod: POST }\n",
                        "twilio.disasterRecoveryMethod"),
                bad("a disaster-recovery URL that is not http", VALID + "twilio: { disasterRecoveryUrl: ftp://x.example/dr }\n",
                        "twilio.disasterRecoveryUrl"),
                bad("a transfer mode in upper case", VALID + "twilio: { transferMode: DISABLE-ALL }\n",
                        "twilio.transferMode"));
    }

    static Arguments bad(String what, String yaml, String field) {
        return Arguments.of(what, yaml, field);
    }

    @Test
    void theValidBaseOfTheTableIsAcceptedByBoth() {
        assertThat(validate(VALID, true)).isEmpty();
        assertThat(PlanFiles.parse("valid.yaml", VALID).phoneNumbers()).containsExactly("+12025550101");
    }

    @Test
    void anUnquotedPlusNumberIsAPhoneNumberToBoth() {
        String unquoted = VALID.replace("[\"+12025550101\"]", "[+12025550101]");

        assertThat(validate(unquoted, true)).isEmpty();
        assertThat(PlanFiles.parse("valid.yaml", unquoted).phoneNumbers()).containsExactly("+12025550101");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badDocuments")
    void schemaAndReaderBothRefuse(String what, String yaml, String field) {
        List<Error> schemaErrors = validate(yaml, true);
        PlanFileException readerError = catchThrowableOfType(PlanFileException.class,
                () -> PlanFiles.parse("bad.yaml", yaml, PlanFiles.Format.YAML));

        assertThat(schemaErrors).as("schema errors for %s", what).isNotEmpty();
        assertThat(readerError).as("reader refusal of %s", what).isNotNull();
        assertThat(readerError.problems()).extracting(PlanFileException.Problem::field).contains(field);
    }
}
