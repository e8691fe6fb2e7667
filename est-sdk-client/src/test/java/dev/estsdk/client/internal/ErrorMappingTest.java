package dev.estsdk.client.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.estsdk.api.exception.BadRequestException;
import dev.estsdk.api.exception.EstClientException;
import dev.estsdk.api.exception.EstException;
import dev.estsdk.api.exception.EstServiceException;
import dev.estsdk.api.exception.FieldViolation;
import dev.estsdk.api.exception.NotFoundException;
import dev.estsdk.api.exception.ServerErrorException;
import feign.FeignException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The one error decoder and the mapping of every failure to the exception tree. */
@WireMockTest
class ErrorMappingTest {

    private static final String TRUNK = "/v1/projects/p1/trunks/t1";
    private static final String TRUNKS = "/v1/projects/p1/trunks";

    private Harness client;

    @BeforeEach
    void start(WireMockRuntimeInfo wm) {
        client = new Harness(wm.getHttpBaseUrl(), c -> c.attempts(1));
    }

    @AfterEach
    void stop() {
        client.close();
    }

    private static EstException thrown(ThrowingCallable call) {
        try {
            call.call();
        } catch (EstException e) {
            assertThat(e).hasNoSuppressedExceptions();
            Throwable t = e;
            while (t != null) {
                assertThat(t).as("no Feign type escapes").isNotInstanceOf(FeignException.class);
                t = t.getCause();
            }
            return e;
        } catch (Throwable other) {
            throw new AssertionError("expected an EstException, got " + other, other);
        }
        throw new AssertionError("expected an exception");
    }

    @Test
    void flatErrorBody_becomesATypedExceptionWithCodeAndMessage() {
        stubFor(get(TRUNK).willReturn(aResponse().withStatus(404)
                .withBody("{\"code\":404,\"status\":\"NO_RESOURCE_FOUND\",\"message\":\"SIP trunk not found\"}")));

        EstException e = thrown(() -> client.get("t1"));

        assertThat(e).isInstanceOfSatisfying(NotFoundException.class, nf -> {
            assertThat(nf.status()).isEqualTo(404);
            assertThat(nf.errorCode()).isEqualTo("NO_RESOURCE_FOUND");
            assertThat(nf.serverMessage()).isEqualTo("SIP trunk not found");
            assertThat(nf.method()).isEqualTo("GET");
            assertThat(nf.path()).isEqualTo(TRUNK);
            assertThat(nf.requestId()).isNotBlank();
            assertThat(nf.getMessage())
                    .isEqualTo("HTTP 404 GET " + TRUNK + ": SIP trunk not found (code=NO_RESOURCE_FOUND)");
        });
    }

    @Test
    void wrappedErrorBody_withStringCodeAndFieldViolations_isRead() {
        stubFor(post(TRUNKS).willReturn(aResponse().withStatus(400).withBody("{\"error\":{\"code\":\"VALIDATION_FAILED\","
                + "\"message\":\"invalid trunk\",\"details\":[{\"type\":\"BadRequest\",\"fieldViolations\":"
                + "[{\"field\":\"hostName\",\"description\":\"already taken\"}]}]}}")));

        EstException e = thrown(() -> client.create());

        assertThat(e).isInstanceOfSatisfying(BadRequestException.class, bad -> {
            assertThat(bad.errorCode()).isEqualTo("VALIDATION_FAILED");
            assertThat(bad.fieldViolations()).containsExactly(new FieldViolation("hostName", "already taken"));
            assertThat(bad.isOutcomeUnknown()).isFalse();
            assertThat(bad.getMessage()).contains("[hostName: already taken]");
        });
    }

    @Test
    void plainTextBody_givesItsFirstLineAsTheMessage() {
        stubFor(get(TRUNK).willReturn(aResponse().withStatus(502).withBody("upstream unavailable\nmore")));

        EstException e = thrown(() -> client.get("t1"));

        assertThat(e).isInstanceOf(ServerErrorException.class);
        assertThat(e.getMessage()).isEqualTo("HTTP 502 GET " + TRUNK + ": upstream unavailable");
    }

    @Test
    void htmlBody_fallsBackToTheReasonPhrase() {
        stubFor(get(TRUNK).willReturn(aResponse().withStatus(503).withBody("<html><body>Down</body></html>")));

        EstException e = thrown(() -> client.get("t1"));

        assertThat(e.getMessage()).isEqualTo("HTTP 503 GET " + TRUNK + ": Service Unavailable");
    }

    @Test
    void otherStatus_becomesThePlainServiceException() {
        stubFor(get(TRUNK).willReturn(aResponse().withStatus(405)));

        EstException e = thrown(() -> client.get("t1"));

        assertThat(e).isExactlyInstanceOf(EstServiceException.class);
        assertThat(((EstServiceException) e).status()).isEqualTo(405);
    }

    @Test
    void undecodableSuccess_isAClientFailure_andAWriteReportsOutcomeUnknown() {
        stubFor(get(TRUNK).willReturn(okJson("{not json")));
        stubFor(post(TRUNKS).willReturn(okJson("[1,2").withStatus(201)));

        EstException read = thrown(() -> client.get("t1"));
        EstException write = thrown(() -> client.create());

        assertThat(read).isInstanceOf(EstClientException.class);
        assertThat(read.getMessage()).contains("response could not be decoded");
        assertThat(read.isOutcomeUnknown()).isFalse();
        assertThat(write.isOutcomeUnknown()).isTrue();
    }
}
