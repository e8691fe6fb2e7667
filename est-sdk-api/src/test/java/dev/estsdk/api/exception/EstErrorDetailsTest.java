package dev.estsdk.api.exception;

import dev.estsdk.api.model.Secret;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class EstErrorDetailsTest {

    @Test
    void builder_whenNothingSet_describesOneAttemptWithoutResponse() {
        EstErrorDetails details = EstErrorDetails.builder().build();

        assertThat(details.attempts()).isEqualTo(1);
        assertThat(details.status()).isZero();
        assertThat(details.retryAfter()).isEmpty();
        assertThat(details.fieldViolations()).isEmpty();
        assertThat(details.outcomeUnknown()).isFalse();
    }

    @Test
    void toBuilder_keepsEveryValue() {
        EstErrorDetails details = EstErrorDetails.builder().method("PUT").path("/v1/x").requestId("r").status(409)
                .errorCode("CONFLICT").serverMessage("taken").fieldViolations(List.of(new FieldViolation("a", "b")))
                .attempts(2).outcomeUnknown(true).retryAfter(Duration.ofMillis(1500)).build();

        EstErrorDetails copy = details.toBuilder().build();

        assertThat(copy).usingRecursiveComparison().isEqualTo(details);
        assertThat(details.toBuilder().attempts(3).build().attempts()).isEqualTo(3);
    }

    @Test
    void redact_replacesEverySecretInCodeMessageAndViolations() {
        Secret first = Secret.of("Correct1Horse");
        Secret second = Secret.of("Battery2Staple");

        EstErrorDetails details = EstErrorDetails.builder()
                .errorCode("BAD_Correct1Horse")
                .serverMessage("Correct1Horse and Battery2Staple, again Correct1Horse")
                .fieldViolations(List.of(new FieldViolation("password=Battery2Staple", "was Correct1Horse")))
                .redact(List.of(first, second))
                .build();

        assertThat(details.errorCode()).isEqualTo("BAD_***");
        assertThat(details.serverMessage()).isEqualTo("*** and ***, again ***");
        assertThat(details.fieldViolations()).containsExactly(new FieldViolation("password=***", "was ***"));
    }

    @Test
    void redact_ignoresNullCollectionAndNullElements() {
        List<Secret> secrets = new ArrayList<>();
        secrets.add(null);

        EstErrorDetails details = EstErrorDetails.builder().serverMessage("fine").redact(null).redact(secrets).build();

        assertThat(details.serverMessage()).isEqualTo("fine");
    }

    @Test
    void builder_refusesImpossibleValues() {
        assertThatIllegalArgumentException().isThrownBy(() -> EstErrorDetails.builder().status(-1));
        assertThatIllegalArgumentException().isThrownBy(() -> EstErrorDetails.builder().status(1000));
        assertThatIllegalArgumentException().isThrownBy(() -> EstErrorDetails.builder().attempts(-1));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> EstErrorDetails.builder().retryAfter(Duration.ofSeconds(-1)));
    }

    @Test
    void fieldViolations_areACopyTheCallerCannotChange() {
        List<FieldViolation> given = new ArrayList<>(List.of(new FieldViolation("a", "b")));
        EstErrorDetails details = EstErrorDetails.builder().fieldViolations(given).build();

        given.clear();

        assertThat(details.fieldViolations()).hasSize(1);
    }
}
