package dev.estsdk.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estsdk.api.exception.EstErrorDetails;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which operations the pipeline may repeat after a failure that may have reached the server. */
class OperationTest {

    @ParameterizedTest
    @CsvSource({"GET,true", "HEAD,true", "PUT,true", "DELETE,true", "POST,false", "PATCH,false", "post,false"})
    void idempotent_byDefault_followsTheMethod(String method, boolean idempotent) {
        assertThat(new Operation("Op", method, "/v1/x").idempotent()).isEqualTo(idempotent);
    }

    @Test
    void idempotentWrite_marksAPostIdempotent_andKeepsItsMethod() {
        Operation update = Operation.idempotentWrite("UpdateTrunk", "post", "/v1/Trunks/{Sid}");

        assertThat(update.idempotent()).isTrue();
        assertThat(update.method()).isEqualTo("POST");
    }

    @Test
    void retryable_afterTheRequestWasSent_onlyForAnIdempotentOperation() {
        AttemptFailure reset = new AttemptFailure(AttemptFailure.Kind.IO, EstErrorDetails.builder().build(),
                "connection reset", true, new IOException("reset"));
        AttemptFailure serverError = new AttemptFailure(AttemptFailure.Kind.STATUS,
                EstErrorDetails.builder().status(500).build(), "HTTP 500", true, null);

        Operation create = new Operation("CreateTrunk", "POST", "/v1/Trunks");
        Operation update = Operation.idempotentWrite("UpdateTrunk", "POST", "/v1/Trunks/{Sid}");

        assertThat(Classifier.retryable(reset, create)).isFalse();
        assertThat(Classifier.retryable(serverError, create)).isFalse();
        assertThat(Classifier.retryable(reset, update)).isTrue();
        assertThat(Classifier.retryable(serverError, update)).isTrue();
    }
}
