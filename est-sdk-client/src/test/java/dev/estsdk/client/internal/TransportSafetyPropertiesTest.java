package dev.estsdk.client.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.estsdk.api.exception.EstClientException;
import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.client.EstCredentials;
import javax.net.ssl.SSLException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Reliability properties 19, 20 and 22: TLS checks, header injection and redirects. */
@WireMockTest(httpsEnabled = true)
class TransportSafetyPropertiesTest {

    @Test
    @DisplayName("P19: TLS certificate checks are on; a self-signed server fails the call")
    void selfSignedServer_failsTheCall(WireMockRuntimeInfo wm) {
        stubFor(get("/v1/projects/p1/trunks/t1").willReturn(okJson("{}")));
        try (Harness client = new Harness("https://127.0.0.1:" + wm.getHttpsPort(), c -> c)) {
            assertThatThrownBy(() -> client.get("t1"))
                    .isInstanceOfSatisfying(EstClientException.class, e -> {
                        assertThat(e.getMessage()).contains("TLS handshake failed");
                        assertThat(e.attempts()).as("a certificate problem is not retried").isEqualTo(1);
                        assertThat(e.getCause()).isInstanceOf(SSLException.class);
                    });
        }
        assertThat(wm.getWireMock().find(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    @DisplayName("P20: a CR/LF in a header value is refused before any I/O")
    void headerInjection_isRefusedBeforeSending(WireMockRuntimeInfo wm) {
        stubFor(put("/v1/projects/p1/trunks/t1").willReturn(okJson("{}")));
        try (Harness client = new Harness(wm.getHttpBaseUrl(), c -> c)) {
            assertThatThrownBy(() -> client.update("t1", "note\r\nX-Injected: yes"))
                    .isInstanceOfSatisfying(EstValidationException.class, e -> {
                        assertThat(e.violations()).singleElement()
                                .satisfies(v -> assertThat(v.field()).isEqualTo("header X-Note"));
                        assertThat(e.attempts()).isZero();
                    });
        }
        assertThat(wm.getWireMock().find(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    @DisplayName("P20: CR/LF or control characters in the key id or secret are refused")
    void controlCharactersInCredentials_areRefused() {
        assertThatThrownBy(() -> EstCredentials.oauth("key\r\nX-Evil", "secret"))
                .isInstanceOfSatisfying(EstValidationException.class, e -> assertThat(e.violations())
                        .singleElement().satisfies(v -> assertThat(v.field()).isEqualTo("keyId")));
        assertThatThrownBy(() -> EstCredentials.basic("key", "sec\u0000ret"))
                .isInstanceOfSatisfying(EstValidationException.class, e -> assertThat(e.violations())
                        .singleElement().satisfies(v -> assertThat(v.field()).isEqualTo("keySecret")));
        assertThatThrownBy(() -> EstCredentials.basic("key:x", "secret"))
                .hasMessageContaining("keyId: must not contain ':'");
    }

    @Test
    @DisplayName("P22: a 302 is an error and nothing follows it to another host")
    void redirect_isAnError_andNotFollowed(WireMockRuntimeInfo wm) {
        WireMockServer elsewhere = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        elsewhere.start();
        try (Harness client = new Harness(wm.getHttpBaseUrl(), c -> c)) {
            elsewhere.stubFor(get(anyUrl()).willReturn(okJson("{\"id\":\"stolen\"}")));
            stubFor(get("/v1/projects/p1/trunks/t1").willReturn(aResponse().withStatus(302)
                    .withHeader("Location", elsewhere.baseUrl() + "/v1/projects/p1/trunks/t1")));

            assertThatThrownBy(() -> client.get("t1"))
                    .isInstanceOfSatisfying(EstClientException.class, e -> {
                        assertThat(e.getMessage()).contains("redirect (HTTP 302) not followed");
                        assertThat(e.attempts()).isEqualTo(1);
                        assertThat(e.details().status()).isEqualTo(302);
                    });
            assertThat(elsewhere.findAll(anyRequestedFor(anyUrl()))).isEmpty();
        } finally {
            elsewhere.stop();
        }
    }
}
