package dev.estsdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generated resources for load tests: the spec, the seed file, the builder, the running simulator, the jar. */
class BulkSeedingTest {

    @TempDir
    Path dir;

    @Test
    void builderSeed_createsTheCountsAskedFor_inForceAtTheEdgeFromTheStart_andSurvivesReset() {
        try (EstSimulator sim = EstSimulator.builder().seed(
                "trunks=20,endpoints=30,accessControlLists=4,credentialLists=3,numbers=50,assignedNumbers=10,"
                        + "calls=7,callBlockingRules=2").sampleCalls(false).start()) {
            ResourceCounts expected = new ResourceCounts(20, 30, 4, 3, 10, 2);
            EstHttp http = new EstHttp(sim);

            assertThat(sim.counts()).isEqualTo(expected);
            JsonNode numbers = http.get("/phoneNumbers?size=500").json();
            assertThat(numbers.get("totalItems").asInt()).as("6 default numbers plus 50").isEqualTo(56);
            assertThat(http.get("/calls").json().get("totalItems").asInt()).isEqualTo(7);
            JsonNode trunk = http.get("/trunks?domain=seed-00001.pstn.sinch.com").json().at("/trunks/0");
            assertThat(trunk.get("name").asText()).isEqualTo("Seeded trunk 1");
            assertThat(http.get("/trunks/" + trunk.get("id").asText() + "/endpoints").json().get("totalItems").asInt())
                    .isEqualTo(2);
            assertThat(http.get("/credentialLists").text()).doesNotContain("Seed-Passw0rd");
            SipResult invite = sim.sip().invite(SipInvite.outbound("198.51.100.9",
                    "sip:+12025550101@seed-00001.pstn.sinch.com", "+12025550199", "seed-00001.pstn.sinch.com"));
            assertThat(invite.status()).as("the edge knows the seeded trunk at once: " + invite.explanation())
                    .isEqualTo(403);

            http.trunk("extra");
            sim.reset();

            assertThat(sim.counts()).isEqualTo(expected);
        }
    }

    @Test
    void builderSeed_skipsHostNamesAndNumbersAlreadyTaken() {
        try (EstSimulator sim = EstSimulator.builder().ownedNumbers("+12015550000").seed("trunks=2,numbers=2")
                .start()) {
            sim.seed().resources("trunks=2,numbers=2");

            assertThat(sim.counts().trunks()).isEqualTo(4);
            JsonNode numbers = new EstHttp(sim).get("/phoneNumbers").json().get("phoneNumbers");
            assertThat(numbers.findValuesAsText("phoneNumber")).containsExactly("+12015550000", "+12015550001",
                    "+12015550002", "+12015550003", "+12015550004");
            assertThat(new EstHttp(sim).get("/trunks?domain=seed-00004.pstn.sinch.com").json().get("totalItems")
                    .asInt()).isEqualTo(1);
        }
    }

    @Test
    void runtimeSeed_propagatesLikeAnyChange_andResetDropsIt() {
        try (EstSimulator sim = EstSimulator.start()) {
            sim.seed().resources("trunks=1");
            SipInvite invite = SipInvite.outbound("198.51.100.9", "sip:+12025550101@seed-00001.pstn.sinch.com",
                    "+12025550199", "seed-00001.pstn.sinch.com");

            assertThat(sim.sip().invite(invite).status()).isEqualTo(404);
            sim.advance(sim.propagationDelay());
            assertThat(sim.sip().invite(invite).status()).isEqualTo(403);
            sim.reset();
            assertThat(sim.counts().trunks()).isZero();
        }
    }

    @Test
    void seedFile_readsTheSameCounts() throws IOException {
        Path file = Files.writeString(dir.resolve("seed.json"), "{\"trunks\": 3, \"numbers\": 4}");

        try (EstSimulator sim = EstSimulator.builder().seedFile(file).start()) {
            sim.seed().project("second").resourcesFrom(file);

            assertThat(sim.counts().trunks()).isEqualTo(3);
            assertThat(sim.counts("second").trunks()).isEqualTo(3);
        }
    }

    @Test
    void badSpecs_failNamingTheKindAndTheRule() {
        EstSimulator.Builder b = EstSimulator.builder();

        assertThatThrownBy(() -> b.seed("trunk=10").start()).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("EstSimulator.Builder: seed: unknown kind 'trunk'; known: trunks, endpoints, accessControlLists, "
                        + "credentialLists, numbers, assignedNumbers, calls, callBlockingRules");
        assertThatThrownBy(() -> b.seed("trunks=lots").start()).hasMessage(
                "EstSimulator.Builder: seed trunks: must be a whole number from 0 to 1000000 (was 'lots')");
        assertThatThrownBy(() -> b.seed("numbers=-1").start()).hasMessage(
                "EstSimulator.Builder: seed numbers: must be a whole number from 0 to 1000000 (was -1)");
        assertThatThrownBy(() -> b.seed("trunks=2000000").start()).hasMessageStartingWith("EstSimulator.Builder: seed trunks:");
        assertThatThrownBy(() -> b.seed("trunks").start()).hasMessage("EstSimulator.Builder: seed: 'trunks' is not kind=count (e.g. trunks=10000)");
        assertThatThrownBy(() -> b.seed("trunks=1,trunks=2").start()).hasMessage("EstSimulator.Builder: seed trunks: given twice");
        assertThatThrownBy(() -> b.seed("endpoints=5").start()).hasMessage(
                "EstSimulator.Builder: seed endpoints: needs trunks to attach to (add trunks=N)");
        assertThatThrownBy(() -> b.seed("trunks=1,numbers=2,assignedNumbers=3").start()).hasMessage(
                "EstSimulator.Builder: seed assignedNumbers: must not exceed numbers (3 > 2)");
        assertThatThrownBy(() -> b.seed(" ").start()).hasMessageStartingWith("EstSimulator.Builder: seed: must name at least one kind=count");
    }

    @Test
    void badSeedFiles_failNamingTheFileAndTheKey() throws IOException {
        EstSimulator.Builder b = EstSimulator.builder();
        Path missing = dir.resolve("missing.json");
        Path array = Files.writeString(dir.resolve("array.json"), "[1]");
        Path text = Files.writeString(dir.resolve("text.json"), "{\"trunks\": \"ten\"}");
        Path unknown = Files.writeString(dir.resolve("unknown.json"), "{\"routes\": 1}");
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"trunks\": ");

        assertThatThrownBy(() -> b.seedFile(missing).start()).hasMessage("EstSimulator.Builder: seed file " + missing + ": no such file");
        assertThatThrownBy(() -> b.seedFile(array).start()).hasMessageContaining("must be a JSON object of counts");
        assertThatThrownBy(() -> b.seedFile(text).start()).hasMessage("EstSimulator.Builder: seed file " + text
                + ": trunks must be a whole number from 0 to 1000000 (was \"ten\")");
        assertThatThrownBy(() -> b.seedFile(unknown).start()).hasMessageStartingWith("EstSimulator.Builder: seed file " + unknown
                + ": unknown kind 'routes'");
        assertThatThrownBy(() -> b.seedFile(broken).start()).hasMessageStartingWith("EstSimulator.Builder: seed file " + broken
                + ": not readable JSON");
    }

    @Test
    void standaloneFlags_seedAndRefuseBoth() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Path file = Files.writeString(dir.resolve("seed.json"), "{\"trunks\": 1}");

        EstSimulator sim = Main.start(new String[] {"--port", "0", "--seed", "trunks=5,numbers=10"},
                new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertThat(sim.counts().trunks()).isEqualTo(5);
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("seeded      trunks=5,numbers=10");
        } finally {
            sim.close();
        }
        assertThatThrownBy(() -> Main.start(new String[] {"--port", "0", "--seed", "trunks=1", "--seed-file",
                file.toString()}, System.out)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--seed and --seed-file cannot be combined");
        assertThatThrownBy(() -> Main.start(new String[] {"--port", "0", "--seed", "trunk=1"}, System.out))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("EstSimulator.Builder: seed: unknown kind 'trunk'");
    }
}
