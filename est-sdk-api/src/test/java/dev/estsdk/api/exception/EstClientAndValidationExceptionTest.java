package dev.estsdk.api.exception;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EstClientAndValidationExceptionTest {

    @Test
    void clientException_message_namesTheCallAndTheUnknownOutcome() {
        IOException reset = new IOException("Connection reset");
        EstErrorDetails details = EstErrorDetails.builder().method("POST").path("/v1/projects/p/trunks")
                .attempts(1).outcomeUnknown(true).build();

        EstClientException e = new EstClientException("connection reset after the request was sent", details, reset);

        assertThat(e).hasMessage("POST /v1/projects/p/trunks: connection reset after the request was sent"
                + " (outcome unknown: the request may have reached the server)").hasCause(reset);
        assertThat(e.isOutcomeUnknown()).isTrue();
    }

    @Test
    void timeoutException_isAClientExceptionThatCountsAttempts() {
        EstErrorDetails details = EstErrorDetails.builder().method("GET").path("/v1/projects/p/calls").attempts(3)
                .build();

        EstTimeoutException e = new EstTimeoutException("call deadline of 60s exceeded", details, null);

        assertThat(e).isInstanceOf(EstClientException.class)
                .hasMessage("GET /v1/projects/p/calls: call deadline of 60s exceeded (attempts=3)");
    }

    @Test
    void clientException_message_quotesTheRequestIdForSupport() {
        EstErrorDetails details = EstErrorDetails.builder().method("GET").path("/v1/projects/p/trunks/t")
                .requestId("req-7").attempts(3).build();

        assertThat(new EstTimeoutException("call deadline of 60s exceeded", details, null))
                .hasMessage("GET /v1/projects/p/trunks/t: call deadline of 60s exceeded (attempts=3, requestId=req-7)");
    }

    @Test
    void clientException_withoutRequest_isJustTheDescription() {
        assertThat(new EstClientException("token endpoint unreachable", EstErrorDetails.builder().build(), null))
                .hasMessage("token endpoint unreachable");
    }

    @Test
    void validationException_message_listsEveryViolationAndNoAttemptWasMade() {
        EstValidationException e = new EstValidationException("SipTrunk", List.of(
                new FieldViolation("name", "must not be blank"),
                new FieldViolation("hostName", "must contain only letters, digits and hyphens (was \"a.b\")")));

        assertThat(e).hasMessage("Invalid SipTrunk: name: must not be blank;"
                + " hostName: must contain only letters, digits and hyphens (was \"a.b\")");
        assertThat(e.attempts()).isZero();
        assertThat(e.method()).isNull();
        assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("name", "hostName");
    }

    @Test
    void validationException_keepsItsOwnCopyOfTheViolations() {
        List<FieldViolation> given = new ArrayList<>(List.of(new FieldViolation("name", "must not be blank")));
        EstValidationException e = new EstValidationException("SipTrunk", given);

        given.clear();

        assertThat(e.violations()).hasSize(1);
        assertThatThrownBy(() -> e.violations().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void validationException_withoutViolations_refuses() {
        assertThatIllegalArgumentException().isThrownBy(() -> new EstValidationException("SipTrunk", List.of()));
    }

    @Test
    void fieldViolation_withNullParts_staysPrintable() {
        assertThat(new FieldViolation(null, "is required")).hasToString("is required");
        assertThat(new FieldViolation("name", null)).hasToString("name: ");
    }
}
