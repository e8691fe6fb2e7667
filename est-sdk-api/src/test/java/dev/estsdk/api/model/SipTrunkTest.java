package dev.estsdk.api.model;

import dev.estsdk.api.exception.FieldViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static dev.estsdk.api.model.BuildFailures.failureOf;
import static dev.estsdk.api.model.BuildFailures.fieldsOf;
import static dev.estsdk.api.model.BuildFailures.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;

class SipTrunkTest {

    private static CreateSipTrunkRequest.Builder valid() {
        return CreateSipTrunkRequest.builder().name("Acme HQ").hostName("acme-hq");
    }

    @Test
    void build_whenOnlyNameAndHostName_usesServerDefaults() {
        CreateSipTrunkRequest trunk = valid().build();

        assertThat(trunk.enableCallerName()).isFalse();
        assertThat(trunk.enableCallForward()).isFalse();
        assertThat(trunk.callForwardNumber()).isNull();
    }

    @Test
    void build_whenHostNameHasDot_failsNamingFieldAndRule() {
        assertThat(failureOf(() -> valid().hostName("acme.example").build()))
                .hasMessageContaining("hostName: must contain only letters, digits and hyphens (one DNS label, no dots) (was \"acme.example\")");
    }

    @ParameterizedTest
    @ValueSource(strings = {"acme_hq", "acme hq", "acmé", "acme.pstn.sinch.com"})
    void build_whenHostNameHasForbiddenCharacter_failsOnHostName(String hostName) {
        assertThat(fieldsOf(() -> valid().hostName(hostName).build())).containsExactly("hostName");
    }

    @Test
    void build_whenHostNameLongerThan63_failsWithLength() {
        assertThat(violationsOf(() -> valid().hostName("a".repeat(64)).build()))
                .containsExactly(new FieldViolation("hostName", "must be at most 63 characters long (was 64)"));
    }

    @Test
    void build_whenHostNameIs63LettersDigitsAndHyphens_succeeds() {
        String hostName = "a-1".repeat(21);

        assertThat(valid().hostName(hostName).build().hostName()).hasSize(63);
    }

    @Test
    void build_whenNameBlank_failsNamingFieldAndRule() {
        assertThat(violationsOf(() -> valid().name("  ").build()))
                .containsExactly(new FieldViolation("name", "must not be blank"));
    }

    @Test
    void build_whenNameAndHostNameMissing_reportsBothAsRequired() {
        assertThat(violationsOf(() -> CreateSipTrunkRequest.builder().build())).containsExactly(
                new FieldViolation("name", "is required"),
                new FieldViolation("hostName", "is required"));
    }

    @Test
    void build_whenCallForwardNumberIsNotE164_failsNamingFieldAndRule() {
        assertThat(failureOf(() -> valid().callForwardNumber("0046701234567").build()))
                .hasMessageContaining("callForwardNumber: must be an E.164 number");
    }

    @Test
    void build_whenCallForwardEnabledWithoutNumber_failsOnCallForwardNumber() {
        assertThat(violationsOf(() -> valid().enableCallForward(true).build())).containsExactly(
                new FieldViolation("callForwardNumber", "is required when enableCallForward is true"));
    }

    @Test
    void build_whenCallForwardDisabledAndNumberEmpty_storesNoNumber() {
        // The server reports an unset forward number as "", which must survive a read-modify-write.
        assertThat(valid().callForwardNumber("").build().callForwardNumber()).isNull();
    }

    @Test
    void build_whenCallForwardEnabledWithE164Number_succeeds() {
        CreateSipTrunkRequest trunk = valid().enableCallForward(true).callForwardNumber("+15551234567").build();

        assertThat(trunk.enableCallForward()).isTrue();
        assertThat(trunk.callForwardNumber()).isEqualTo("+15551234567");
    }

    @Test
    void build_whenSeveralRulesBroken_reportsAllInOneException() {
        assertThat(fieldsOf(() -> CreateSipTrunkRequest.builder().name("").hostName("a.b").enableCallForward(true).build()))
                .containsExactly("name", "hostName", "callForwardNumber");
    }

    private static final SipTrunk FETCHED = new SipTrunk("01TRUNK", "Acme", "acme", "pstn.sinch.com",
            "acme.pstn.sinch.com", 5, true, "", false, Instant.parse("2024-06-06T14:42:42Z"), null, "p");

    @Test
    void toUpdate_carriesTheIdAndEveryWritableValueOfTheFetchedTrunk() {
        assertThat(FETCHED.toUpdate().build())
                .isEqualTo(new UpdateSipTrunkRequest("01TRUNK", "Acme", "acme", true, null, false));
    }

    @Test
    void toUpdate_keepsWhatTheChangeLeavesAlone() {
        UpdateSipTrunkRequest request = FETCHED.toUpdate().name("Acme HQ").build();

        assertThat(request.name()).isEqualTo("Acme HQ");
        assertThat(request.hostName()).isEqualTo("acme");
        assertThat(request.enableCallerName()).isTrue();
    }

    @Test
    void update_whenTrunkIdIsAPath_failsNamingTrunkId() {
        assertThat(fieldsOf(() -> UpdateSipTrunkRequest.builder("../x").name("Acme").hostName("acme").build()))
                .containsExactly("trunkId");
    }

    @Test
    void update_whenSeveralRulesBroken_reportsAllInOneException() {
        assertThat(fieldsOf(() -> UpdateSipTrunkRequest.builder(" ").name("").hostName("-acme")
                .enableCallForward(true).build()))
                .containsExactly("trunkId", "name", "hostName", "callForwardNumber");
    }

    @Test
    void outputConstructor_acceptsWhateverTheServerSent() {
        SipTrunk odd = new SipTrunk(null, "", "a.b", null, null, 50, false, "not a number", true, null, null, null);

        assertThat(odd.hostName()).isEqualTo("a.b");
        assertThat(odd.callsPerSecond()).isEqualTo(50);
    }

    @Test
    void filterByDomain_whenNotADnsName_failsNamingDomain() {
        assertThat(fieldsOf(() -> SipTrunkFilter.byDomain("acme\r\n.pstn.sinch.com"))).containsExactly("domain");
        assertThat(fieldsOf(() -> SipTrunkFilter.byDomain(null))).containsExactly("domain");
    }

    @Test
    void filterAll_hasNoCondition() {
        assertThat(SipTrunkFilter.all().domain()).isNull();
    }
}
