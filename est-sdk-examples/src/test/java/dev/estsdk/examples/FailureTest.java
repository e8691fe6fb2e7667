package dev.estsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estsdk.api.exception.EstErrorDetails;
import dev.estsdk.api.exception.EstServiceException;
import dev.estsdk.api.exception.EstTimeoutException;
import dev.estsdk.workflows.WorkflowException;
import org.junit.jupiter.api.Test;

class FailureTest {

    private static EstServiceException status(int status) {
        return EstServiceException.forStatus(EstErrorDetails.builder().method("GET")
                .path("/v1/projects/p/trunks").status(status).attempts(1).build());
    }

    @Test
    void rateLimit_saysToWait() {
        Failure f = Failure.of(status(429));

        assertThat(f.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(f.message()).startsWith("HTTP 429 GET /v1/projects/p/trunks")
                .endsWith("wait a moment and try again");
    }

    @Test
    void serverError_saysToTryLater() {
        assertThat(Failure.of(status(503)).message()).endsWith("the service failed, try again later");
    }

    @Test
    void permissionDenied_pointsAtTheProjectVariable() {
        assertThat(Failure.of(status(403)).message()).contains("EST_PROJECT_ID");
    }

    @Test
    void timeout_meansUnavailable() {
        Failure f = Failure.of(new EstTimeoutException("call deadline of 60s exceeded",
                EstErrorDetails.builder().method("GET").path("/v1/projects/p/trunks").attempts(2).build(), null));

        assertThat(f.exitCode()).isEqualTo(ExitCode.UNAVAILABLE);
    }

    @Test
    void workflowFailure_keepsItsMessageAndTakesTheExitCodeOfItsCause() {
        Failure f = Failure.of(new WorkflowException("Provisioning failed at CREATE TRUNK. Rolled back: nothing.",
                status(401)));

        assertThat(f.exitCode()).isEqualTo(ExitCode.UNAVAILABLE);
        assertThat(f.message()).isEqualTo("Provisioning failed at CREATE TRUNK. Rolled back: nothing.");
    }

    @Test
    void unexpectedError_namesItsType() {
        assertThat(Failure.of(new IllegalStateException("boom")).message()).isEqualTo("IllegalStateException: boom");
    }

    @Test
    void message_isAlwaysOneLine() {
        assertThat(new Failure(ExitCode.FAILED, "first\n  second\r\nthird").message())
                .isEqualTo("first; second; third");
    }
}
