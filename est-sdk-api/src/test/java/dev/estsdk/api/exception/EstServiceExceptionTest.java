package dev.estsdk.api.exception;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EstServiceExceptionTest {

    private static EstErrorDetails.Builder notFound() {
        return EstErrorDetails.builder()
                .method("GET").path("/v1/projects/p/trunks/t").requestId("req-1")
                .status(404).errorCode("NO_RESOURCE_FOUND").serverMessage("SIP trunk not found");
    }

    @Test
    void message_readsStatusMethodPathServerMessageCodeAndRequestId() {
        assertThat(EstServiceException.forStatus(notFound().build())).hasMessage(
                "HTTP 404 GET /v1/projects/p/trunks/t: SIP trunk not found (code=NO_RESOURCE_FOUND, requestId=req-1)");
    }

    @Test
    void message_whenServerNamedTheRequest_quotesItsIdToo_andKeepsTheMoreInfoLink() {
        EstServiceException e = EstServiceException.forStatus(notFound()
                .serverRequestId("RQ0123456789abcdef0123456789abcdef")
                .moreInfo("https://www.twilio.com/docs/errors/20404").build());

        assertThat(e).hasMessage("HTTP 404 GET /v1/projects/p/trunks/t: SIP trunk not found (code=NO_RESOURCE_FOUND,"
                + " requestId=req-1, serverRequestId=RQ0123456789abcdef0123456789abcdef)");
        assertThat(e.details().moreInfo()).isEqualTo("https://www.twilio.com/docs/errors/20404");
        assertThat(e.details().toBuilder().build().serverRequestId()).isEqualTo("RQ0123456789abcdef0123456789abcdef");
        assertThat(e.details().toBuilder().build().moreInfo()).isEqualTo("https://www.twilio.com/docs/errors/20404");
    }

    @Test
    void message_whenServerMessageAlreadyQuotesTheViolation_doesNotRepeatIt() {
        EstErrorDetails details = EstErrorDetails.builder().method("POST").path("/v1/projects/p/trunks")
                .status(400).errorCode("VALIDATION_FAILED")
                .serverMessage("Validation failed: hostName: 'acme' is already in use")
                .fieldViolations(List.of(new FieldViolation("hostName", "'acme' is already in use"),
                        new FieldViolation("name", "must not be blank")))
                .build();

        assertThat(EstServiceException.forStatus(details)).hasMessage("HTTP 400 POST /v1/projects/p/trunks:"
                + " Validation failed: hostName: 'acme' is already in use (code=VALIDATION_FAILED)"
                + " [name: must not be blank]");
    }

    @Test
    void message_whenMoreThanOneAttempt_saysHowMany() {
        EstErrorDetails details = EstErrorDetails.builder().method("GET").path("/v1/projects/p/trunks")
                .status(500).serverMessage("boom").attempts(3).build();

        assertThat(EstServiceException.forStatus(details))
                .hasMessage("HTTP 500 GET /v1/projects/p/trunks: boom (attempts=3)");
    }

    @Test
    void message_whenBodyHadNoMessage_usesTheReasonPhrase() {
        EstErrorDetails details = EstErrorDetails.builder().method("DELETE").path("/v1/projects/p/trunks/t")
                .status(503).build();

        assertThat(EstServiceException.forStatus(details))
                .hasMessage("HTTP 503 DELETE /v1/projects/p/trunks/t: Service Unavailable");
    }

    @Test
    void message_whenRequestUnknown_startsWithTheStatusAlone() {
        assertThat(EstServiceException.forStatus(EstErrorDetails.builder().status(401).build()))
                .hasMessage("HTTP 401: Unauthorized");
    }

    @Test
    void message_listsFieldViolations() {
        EstErrorDetails details = EstErrorDetails.builder().method("POST").path("/v1/projects/p/accessControlLists")
                .status(400).errorCode("VALIDATION_FAILED").serverMessage("Failed to read HTTP message")
                .fieldViolations(List.of(new FieldViolation("ipRanges[0]", "must be an object"),
                        new FieldViolation("name", "must not be blank")))
                .build();

        assertThat(EstServiceException.forStatus(details)).hasMessage("HTTP 400 POST /v1/projects/p/accessControlLists:"
                + " Failed to read HTTP message (code=VALIDATION_FAILED)"
                + " [ipRanges[0]: must be an object; name: must not be blank]");
    }

    @Test
    void message_whenServerMessageHasLineBreaks_staysOnOneLine() {
        EstErrorDetails details = notFound().serverMessage("line one\r\nFAKE LOG ENTRY").build();

        assertThat(EstServiceException.forStatus(details).getMessage()).doesNotContain("\n", "\r")
                .contains("line one  FAKE LOG ENTRY");
    }

    @Test
    void message_whenServerMessageIsHuge_isCut() {
        EstErrorDetails details = notFound().serverMessage("<html>" + "x".repeat(10_000)).build();

        assertThat(EstServiceException.forStatus(details).getMessage()).hasSizeLessThan(700).contains("x...");
    }

    @Test
    void rateLimit_carriesRetryAfterAndSaysItInTheMessage() {
        EstErrorDetails details = EstErrorDetails.builder().method("GET").path("/v1/projects/p/calls").status(429)
                .retryAfter(Duration.ofSeconds(120)).build();

        EstServiceException e = EstServiceException.forStatus(details);

        assertThat(e).isInstanceOfSatisfying(RateLimitException.class,
                r -> assertThat(r.retryAfter()).contains(Duration.ofSeconds(120)));
        assertThat(e).hasMessage("HTTP 429 GET /v1/projects/p/calls: Too Many Requests (retryAfter=120s)");
    }

    @Test
    void rateLimit_withoutRetryAfter_hasEmptyRetryAfter() {
        RateLimitException e = new RateLimitException(EstErrorDetails.builder().status(429).build());

        assertThat(e.retryAfter()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"400, BadRequestException", "422, BadRequestException", "401, AuthenticationException",
                "403, PermissionDeniedException", "404, NotFoundException", "409, ConflictException",
                "429, RateLimitException", "500, ServerErrorException", "503, ServerErrorException",
                "599, ServerErrorException", "405, EstServiceException", "408, EstServiceException",
                "418, EstServiceException"})
    void forStatus_picksTheSubclassOfTheStatusFamily(int status, String expected) {
        EstServiceException e = EstServiceException.forStatus(EstErrorDetails.builder().status(status).build());

        assertThat(e.getClass().getSimpleName()).isEqualTo(expected);
        assertThat(e.status()).isEqualTo(status);
    }

    @Test
    void accessors_exposeTheDetails() {
        EstServiceException e = EstServiceException.forStatus(notFound().attempts(2).outcomeUnknown(false).build());

        assertThat(e.method()).isEqualTo("GET");
        assertThat(e.path()).isEqualTo("/v1/projects/p/trunks/t");
        assertThat(e.requestId()).isEqualTo("req-1");
        assertThat(e.errorCode()).isEqualTo("NO_RESOURCE_FOUND");
        assertThat(e.serverMessage()).isEqualTo("SIP trunk not found");
        assertThat(e.attempts()).isEqualTo(2);
        assertThat(e.isOutcomeUnknown()).isFalse();
        assertThat(e.fieldViolations()).isEmpty();
        assertThat(e).isInstanceOf(EstException.class).isInstanceOf(RuntimeException.class);
    }
}
