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
import dev.estsdk.api.exception.EstException;
import dev.estsdk.client.CapturedLogs;
import dev.estsdk.client.EstCredentials;
import dev.estsdk.core.RetryPolicy;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Reliability properties 16 and 17: no secret in logs, messages or {@code toString()}. */
@WireMockTest
class SecrecyPropertiesTest {

    private static final String KEY_SECRET = "secret-0123456789";
    private static final String TOKEN = "tok-Zq8XvP2mN4";
    private static final String PASSWORD = "Sup3rSecretPassw0rd";
    private static final String LISTS = "/v1/projects/p1/credentialLists";

    @BeforeEach
    void clearLogs() {
        CapturedLogs.clear();
    }

    private static List<String> forbidden() {
        return List.of(KEY_SECRET, TOKEN, PASSWORD,
                Base64.getEncoder().encodeToString(("key:" + KEY_SECRET).getBytes()), "Bearer ", "Basic ");
    }

    @Test
    @DisplayName("P16: with every SDK logger at TRACE, a credential create, a token fetch and a failed call log no secret")
    void traceLogs_containNoSecret(WireMockRuntimeInfo wm) {
        stubFor(post("/oauth2/token").willReturn(okJson("{\"access_token\":\"" + TOKEN + "\",\"expires_in\":3600}")));
        stubFor(post(LISTS).willReturn(okJson("{\"id\":\"cl1\",\"name\":\"users\"}").withStatus(201)));
        stubFor(get("/v1/projects/p1/trunks/t1").willReturn(aResponse().withStatus(500)
                .withBody("{\"message\":\"failed for " + PASSWORD + "\"}")));
        try (Harness client = new Harness(wm.getHttpBaseUrl(), Harness.Config::oauth)) {
            client.createCredentials(PASSWORD);
            assertThatThrownBy(() -> client.get("t1")).isInstanceOf(EstException.class);
        }

        assertThat(CapturedLogs.lines()).as("the calls were logged").hasSizeGreaterThanOrEqualTo(2);
        assertThat(CapturedLogs.text()).contains("POST " + LISTS + " -> 201")
                .contains("Fetched an access token valid for 3600 s")
                .contains("GET /v1/projects/p1/trunks/t1 -> 500");
        for (String secret : forbidden()) {
            assertThat(CapturedLogs.text()).doesNotContain(secret);
        }
    }

    @Test
    @DisplayName("P17: an error body that echoes the password never reaches the exception message")
    void errorEchoingThePassword_isRedacted(WireMockRuntimeInfo wm) {
        stubFor(post(LISTS).willReturn(aResponse().withStatus(400).withBody("{\"code\":400,\"status\":\"VALIDATION_FAILED\","
                + "\"message\":\"password " + PASSWORD + " is too weak\",\"details\":[{\"type\":\"BadRequest\","
                + "\"fieldViolations\":[{\"field\":\"credentials[0].password\",\"description\":\"" + PASSWORD
                + " is weak\"}]}]}")));
        try (Harness client = new Harness(wm.getHttpBaseUrl(), c -> c)) {
            assertThatThrownBy(() -> client.createCredentials(PASSWORD))
                    .isInstanceOfSatisfying(BadRequestException.class, e -> {
                        assertThat(e.getMessage()).doesNotContain(PASSWORD).contains("password *** is too weak");
                        assertThat(e.serverMessage()).doesNotContain(PASSWORD);
                        assertThat(e.fieldViolations().get(0).description()).isEqualTo("*** is weak");
                    });
        }
    }

    @Test
    @DisplayName("P17: an error body that echoes the key secret is redacted too")
    void errorEchoingTheKeySecret_isRedacted(WireMockRuntimeInfo wm) {
        stubFor(get("/v1/projects/p1/trunks/t1").willReturn(aResponse().withStatus(403)
                .withBody("{\"message\":\"key " + KEY_SECRET + " may not\"}")));
        try (Harness client = new Harness(wm.getHttpBaseUrl(), c -> c.attempts(1))) {
            assertThatThrownBy(() -> client.get("t1")).satisfies(e -> assertThat(e.getMessage())
                    .doesNotContain(KEY_SECRET).contains("key *** may not"));
        }
    }

    @Test
    @DisplayName("P17: toString() of credentials, settings and tokens never shows a secret")
    void toStrings_showNoSecret() {
        EstCredentials credentials = EstCredentials.oauth("key", KEY_SECRET);
        ClientConfig config = new ClientConfig("p1", credentials, URI.create("https://x"), URI.create("https://y"),
                Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1), RetryPolicy.defaults(), "ua",
                null, null, dev.estsdk.core.CallListener.NONE, false, Clock.systemUTC(), d -> { });

        List<String> printed = List.of(credentials.toString(), EstCredentials.basic("key", KEY_SECRET).toString(),
                config.toString(), new TokenEndpoint.Token(TOKEN, Duration.ofSeconds(1)).toString(),
                new BasicAuthorizer(credentials).toString());

        assertThat(printed).allSatisfy(text -> assertThat(text).doesNotContain(KEY_SECRET).doesNotContain(TOKEN));
        assertThat(credentials.toString()).isEqualTo("EstCredentials[OAUTH keyId=key, keySecret=***]");
    }

    @Test
    @DisplayName("P17: a secret with a control character is refused without echoing it")
    void badSecret_isRefusedWithoutEcho() {
        assertThatThrownBy(() -> EstCredentials.oauth("key", "abc\r\ndef"))
                .hasMessageContaining("keySecret").hasMessageNotContaining("abc");
    }
}
