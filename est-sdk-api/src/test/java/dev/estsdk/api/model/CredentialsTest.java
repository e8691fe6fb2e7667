package dev.estsdk.api.model;

import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.FieldViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static dev.estsdk.api.model.BuildFailures.failureOf;
import static dev.estsdk.api.model.BuildFailures.fieldsOf;
import static dev.estsdk.api.model.BuildFailures.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;

class CredentialsTest {

    private static final String GOOD = "Correct1Horse";

    @ParameterizedTest
    @CsvSource({"Short1Aa, length", "alllowercase123, upper-case letter", "ALLUPPERCASE123, lower-case letter",
                "NoDigitsHereAtAll, digit", "aaaaaa, 'length, upper-case letter, digit'"})
    void build_whenPasswordUnderPolicy_failsNamingIndexedFieldAndRuleWithoutThePassword(String weak, String missing) {
        EstValidationException e = failureOf(() -> CreateCredentialListRequest.builder()
                .name("HQ phones").credential("alice", weak).build());

        assertThat(e.violations()).containsExactly(new FieldViolation("credentials[0].password",
                "must have at least 12 characters, an upper-case letter, a lower-case letter and a digit"
                        + " (missing: " + missing + ")"));
        assertThat(e.getMessage()).doesNotContain(weak);
    }

    @Test
    void build_whenPasswordMeetsPolicy_keepsItAsSecret() {
        CreateCredentialListRequest request = CreateCredentialListRequest.builder()
                .name("HQ phones").credential("alice", GOOD).credential("bob", Secret.of("Another1Password")).build();

        assertThat(request.credentials()).extracting(NewCredential::username).containsExactly("alice", "bob");
        assertThat(request.credentials().get(0).password()).isEqualTo(Secret.of(GOOD));
    }

    @Test
    void build_whenPasswordEmptyOrNull_reportsItAsRequired() {
        assertThat(violationsOf(() -> CreateCredentialListRequest.builder().name("HQ")
                .credential("alice", "").credential("bob", (String) null).build())).containsExactly(
                        new FieldViolation("credentials[0].password", "is required"),
                        new FieldViolation("credentials[1].password", "is required"));
    }

    @Test
    void build_whenPasswordHasLineBreak_isRefusedWithoutEchoingIt() {
        assertThat(failureOf(() -> CreateCredentialListRequest.builder().name("HQ")
                .credential("alice", "Correct1Horse\r\nX: y").build()))
                .hasMessageNotContaining("Correct1Horse");
    }

    @Test
    void build_whenPasswordHasControlCharacter_namesTheFieldAmongAllViolations() {
        assertThat(violationsOf(() -> CreateCredentialListRequest.builder().credential("alice", "Correct1Horse1")
                .credential("bob", "Correct1\tHorse").build())).containsExactly(
                        new FieldViolation("name", "is required"),
                        new FieldViolation("credentials[1].password", "must not contain white space or control characters"));
    }

    @Test
    void build_whenNoCredential_failsOnCredentials() {
        assertThat(violationsOf(() -> CreateCredentialListRequest.builder().name("HQ").build()))
                .containsExactly(new FieldViolation("credentials", "must contain at least one credential"));
    }

    @Test
    void build_whenUsernameRepeats_namesTheRepeatAndTheFirst() {
        assertThat(violationsOf(() -> CreateCredentialListRequest.builder().name("HQ")
                .credential("alice", GOOD).credential("bob", GOOD).credential("alice", GOOD).build()))
                .containsExactly(new FieldViolation("credentials[2].username",
                        "must be unique in the list (same as credentials[0])"));
    }

    @Test
    void build_whenUsernameBlankAndNameMissing_reportsBoth() {
        assertThat(fieldsOf(() -> CreateCredentialListRequest.builder().credential(" ", GOOD).build()))
                .containsExactly("name", "credentials[0].username");
    }

    @Test
    void build_whenCredentialIsNull_namesItsIndex() {
        assertThat(fieldsOf(() -> CreateCredentialListRequest.builder().name("HQ")
                .credentials(Arrays.asList(NewCredential.of("alice", Secret.of(GOOD)), null)).build()))
                .containsExactly("credentials[1]");
    }

    @Test
    void passwordPolicy_acceptsExactlyTwelveCharactersWithEachClass() {
        assertThat(PasswordPolicy.isSatisfiedBy(Secret.of("Abcdefghij12"))).isTrue();
        assertThat(PasswordPolicy.isSatisfiedBy(Secret.of("Abcdefghij1"))).isFalse();
    }

    @Test
    void passwordPolicy_requireSatisfiedBy_namesTheGivenFieldWithoutThePassword() {
        EstValidationException e = failureOf(() -> PasswordPolicy.requireSatisfiedBy("password", Secret.of("weakpass")));

        assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("password");
        assertThat(e.getMessage()).doesNotContain("weakpass");
    }

    @Test
    void passwordPolicy_requireSatisfiedBy_whenNull_failsAsRequired() {
        assertThat(violationsOf(() -> PasswordPolicy.requireSatisfiedBy("password", null)))
                .containsExactly(new FieldViolation("password", "is required"));
    }

    @Test
    void updateCredentialList_whenNameBlankAndIdMissing_reportsBoth() {
        assertThat(violationsOf(() -> UpdateCredentialListRequest.builder(null).name("").build()))
                .containsExactly(new FieldViolation("credentialListId", "is required"),
                        new FieldViolation("name", "must not be blank"));
    }

    @Test
    void credentialListToUpdate_carriesTheIdAndName() {
        CredentialList fetched = new CredentialList("01CL", "Phones", List.of(new Credential("01C", "alice")),
                null, null, "p");

        assertThat(fetched.toUpdate().build()).isEqualTo(new UpdateCredentialListRequest("01CL", "Phones"));
    }

    @Test
    void createCredentialListRequestConstructor_checksLikeTheBuilder() {
        assertThat(fieldsOf(() -> new CreateCredentialListRequest(" ", List.of(NewCredential.of("a b",
                Secret.of("Correct1Horse")), NewCredential.of("a b", Secret.of("Correct1Horse"))))))
                .containsExactly("name", "credentials[0].username", "credentials[1].username",
                        "credentials[1].username");
    }
}
