package dev.estsdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AuthTest {

    private static final Map<String, String> FORM = Map.of("Content-Type", "application/x-www-form-urlencoded");

    @RegisterExtension
    static EstSimulatorExtension est = EstSimulatorExtension.create(b -> b.tokenTtl(Duration.ofMinutes(5)));

    private EstHttp http;

    @BeforeEach
    void setUp() {
        http = new EstHttp(est.simulator());
    }

    @Test
    void tokenEndpoint_issuesBearerTokenWithConfiguredExpiry() {
        Reply r = http.send("POST", "/oauth2/token", "grant_type=client_credentials", FORM);

        assertThat(r.status()).isEqualTo(200);
        JsonNode body = r.json();
        assertThat(body.get("token_type").asText()).isEqualTo("bearer");
        assertThat(body.get("expires_in").asLong()).isEqualTo(300);
        assertThat(body.has("scope")).isTrue();
        String[] jwt = body.get("access_token").asText().split("\\.");
        assertThat(jwt).hasSize(3);
        String payload = new String(Base64.getUrlDecoder().decode(jwt[1]), StandardCharsets.UTF_8);
        assertThat(payload).contains("\"exp\":" + est.simulator().now().plusSeconds(300).getEpochSecond());
        assertThat(est.authUrl()).isEqualTo(est.baseUrl() + "/oauth2/token");
    }

    @Test
    void tokenEndpoint_withWrongSecret_returns401InvalidClient() {
        Reply r = http.withAuthorization(EstHttp.basic("sim-key", "wrong"))
                .send("POST", "/oauth2/token", "grant_type=client_credentials", FORM);

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.json().get("error").asText()).isEqualTo("invalid_client");
    }

    @Test
    void tokenEndpoint_withOtherGrantType_returns400() {
        Reply r = http.send("POST", "/oauth2/token", "grant_type=password", FORM);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("error").asText()).isEqualTo("unsupported_grant_type");
    }

    @Test
    void apiCall_withBearerToken_succeeds() {
        String token = http.token();

        assertThat(http.withAuthorization("Bearer " + token).get("/trunks").status()).isEqualTo(200);
    }

    @Test
    void apiCall_withBasicKeyIdAndSecret_succeeds() {
        assertThat(http.get("/trunks").status()).isEqualTo(200);
    }

    @Test
    void apiCall_withoutCredentials_returns401WithChallenge() {
        Reply r = http.withAuthorization(null).get("/trunks");

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.errorStatus()).isEqualTo("UNAUTHENTICATED");
        assertThat(r.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void apiCall_withWrongBasicOrUnknownToken_returns401NotMentioningExpiry() {
        Reply basic = http.withAuthorization(EstHttp.basic("sim-key", "nope")).get("/trunks");
        Reply bearer = http.withAuthorization("Bearer not-a-token").get("/trunks");

        assertThat(basic.status()).isEqualTo(401);
        assertThat(bearer.status()).isEqualTo(401);
        assertThat(bearer.header("WWW-Authenticate")).contains("invalid_token").doesNotContain("expired");
    }

    @Test
    void apiCall_withExpiredToken_returns401WithWwwAuthenticateMentioningExpired() {
        String token = http.token();
        EstHttp bearer = http.withAuthorization("Bearer " + token);
        est.simulator().advance(Duration.ofMinutes(5).minusSeconds(1));
        assertThat(bearer.get("/trunks").status()).as("still valid one second before expiry").isEqualTo(200);

        est.simulator().advance(Duration.ofSeconds(1));
        Reply r = bearer.get("/trunks");

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.header("WWW-Authenticate")).contains("expired");
        assertThat(http.withAuthorization("Bearer " + http.token()).get("/trunks").status())
                .as("a fresh token works again").isEqualTo(200);
    }

    @Test
    void simulatorControlEndpoints_needNoAuth() {
        assertThat(http.withAuthorization(null).get("/_simulator/clock").status()).isEqualTo(200);
    }
}
