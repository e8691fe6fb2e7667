package dev.estsdk.workflows;

import org.junit.jupiter.api.Test;

import static dev.estsdk.workflows.PlanFilesTest.refused;
import static org.assertj.core.api.Assertions.assertThat;

/** Odd and hostile plan files end in one PlanFileException, never another exception or a value echoed. */
class PlanFileHostileInputTest {

    @Test
    void anEmptyFileIsNotAPlan() {
        assertThat(refused("empty.yaml", "").problems()).singleElement()
                .satisfies(p -> assertThat(p.rule()).startsWith("is empty"));
        assertThat(refused("blank.json", "  \n").problems()).singleElement()
                .satisfies(p -> assertThat(p.rule()).startsWith("is empty"));
    }

    @Test
    void aListAtTheTopIsNotAPlan() {
        assertThat(refused("list.yaml", "- version: 1\n").problems()).singleElement()
                .hasToString("must be an object (was a list) (line 1, column 1)");
    }

    @Test
    void aSecondYamlDocumentIsRefused() {
        PlanFileException e = refused("two.yaml", """
                version: 1
                trunk: { name: A, hostName: a }
                accessControlLists: [{ name: SBC, ipRanges: ["203.0.113.10/32"] }]
                ---
                version: 1
                """);

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).contains("more than one document");
            assertThat(p.line()).isEqualTo(5);
        });
    }

    @Test
    void anIntegerBeyondIntIsOutOfRange() {
        PlanFileException e = refused("big.yaml", """
                version: 1
                trunk: { name: A, hostName: a }
                endpoints: [{ name: pbx-1, address: 203.0.113.20, port: 99999999999999999999 }]
                """);

        assertThat(e.problems()).extracting(PlanFileException.Problem::field).contains("endpoints[0].port");
        assertThat(e.problems()).filteredOn(p -> p.field().equals("endpoints[0].port")).singleElement()
                .satisfies(p -> assertThat(p.rule()).startsWith("is out of range"));
    }

    @Test
    void deepNestingEndsInAPlanFileException() {
        String deep = "{\"version\": 1, \"trunk\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";

        PlanFileException e = refused("deep.json", deep);

        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.rule()).startsWith("is not valid JSON"));
    }

    @Test
    void aPasswordWrittenAsANumberIsRefusedWithoutItsValue() {
        PlanFileException e = refused("num.yaml", """
                version: 1
                trunk: { name: A, hostName: a }
                credentialLists: [{ name: PBX, credentials: [{ username: alice, password: 918273645546 }] }]
                """);

        assertThat(e.getMessage()).doesNotContain("918273645546")
                .contains("credentialLists[0].credentials[0].password: must be a reference");
    }

    @Test
    void nullRequiredFieldsAreReportedAsRequired() {
        PlanFileException e = refused("null.yaml", """
                version: 1
                trunk: { name: ~, hostName: a }
                endpoints: ~
                accessControlLists: [{ name: SBC, ipRanges: ["203.0.113.10/32"] }]
                """);

        assertThat(e.problems()).singleElement().hasToString("trunk.name: is required (was null) (line 2, column 16)");
    }

    @Test
    void controlCharactersInANameAreRefusedByField() {
        PlanFileException e = refused("ctl.json", """
                {"version": 1, "trunk": {"name": "A\\u0000B", "hostName": "a"},
                 "accessControlLists": [{"name": "SBC", "ipRanges": ["203.0.113.10/32"]}]}
                """);

        assertThat(e.problems()).extracting(PlanFileException.Problem::field).containsExactly("trunk.name");
    }
}
