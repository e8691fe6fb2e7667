package dev.estsdk.api.model;

import dev.estsdk.api.exception.EstErrorDetails;
import dev.estsdk.api.exception.EstServiceException;
import dev.estsdk.api.exception.FieldViolation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.estsdk.api.model.BuildFailures.failureOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reliability property 17: no {@code toString()} of a type that can hold a password, and no
 * exception message, reveals it.
 */
class SecretRedactionTest {

    private static final String PASSWORD = "Correct1Horse";

    @Test
    void secret_toString_hidesTheValue() {
        assertThat(String.valueOf(Secret.of(PASSWORD))).isEqualTo("***");
    }

    @Test
    void newCredential_toString_showsUsernameButNotPassword() {
        assertThat(NewCredential.of("alice", Secret.of(PASSWORD)).toString())
                .isEqualTo("NewCredential[username=alice, password=***]")
                .doesNotContain(PASSWORD);
    }

    @Test
    void createCredentialListRequest_toString_hidesEveryPassword() {
        CreateCredentialListRequest request = CreateCredentialListRequest.builder().name("Phones")
                .credential("alice", PASSWORD).credential("bob", "Another1Password").build();

        assertThat(request.toString()).contains("alice", "bob", "***")
                .doesNotContain(PASSWORD).doesNotContain("Another1Password");
    }

    @Test
    void createCredentialListRequestBuilder_toString_hidesThePassword() {
        assertThat(CreateCredentialListRequest.builder().credential("alice", PASSWORD).toString())
                .doesNotContain(PASSWORD);
    }

    @Test
    void validationFailure_ofAWeakPassword_neverEchoesIt() {
        String weak = "weakpassword";

        assertThat(failureOf(() -> CreateCredentialListRequest.builder().name("Phones").credential("alice", weak)
                .build())).satisfies(e -> {
                    assertThat(e.getMessage()).doesNotContain(weak);
                    assertThat(e.toString()).doesNotContain(weak);
                    assertThat(e.violations()).allSatisfy(v -> assertThat(v.toString()).doesNotContain(weak));
                });
    }

    @Test
    void serviceException_whoseErrorBodyEchoesThePassword_redactsItEverywhere() {
        EstErrorDetails details = EstErrorDetails.builder()
                .method("POST").path("/v1/projects/p/credentialLists").status(400)
                .errorCode("VALIDATION_FAILED")
                .serverMessage("password '" + PASSWORD + "' rejected")
                .fieldViolations(List.of(new FieldViolation("credentials[0].password", "bad value " + PASSWORD)))
                .redact(List.of(Secret.of(PASSWORD)))
                .build();

        EstServiceException e = EstServiceException.forStatus(details);

        assertThat(e.getMessage()).contains("password '***' rejected", "bad value ***").doesNotContain(PASSWORD);
        assertThat(e.serverMessage()).doesNotContain(PASSWORD);
        assertThat(e.fieldViolations()).allSatisfy(v -> assertThat(v.description()).doesNotContain(PASSWORD));
    }
}
