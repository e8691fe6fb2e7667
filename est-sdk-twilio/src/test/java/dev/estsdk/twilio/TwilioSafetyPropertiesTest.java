package dev.estsdk.twilio;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.estsdk.api.exception.BadRequestException;
import dev.estsdk.api.exception.EstClientException;
import dev.estsdk.api.exception.EstException;
import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.FieldViolation;
import dev.estsdk.api.model.Secret;
import dev.estsdk.core.testing.CapturedLogs;
import dev.estsdk.twilio.model.CreateCredentialRequest;
import dev.estsdk.twilio.model.UpdateCredentialRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.net.ssl.SSLException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static dev.estsdk.twilio.TwilioHarness.ACCOUNT;
import static dev.estsdk.twilio.TwilioHarness.CL;
import static dev.estsdk.twilio.TwilioHarness.CR;
import static dev.estsdk.twilio.TwilioHarness.CREDENTIALS;
import static dev.estsdk.twilio.TwilioHarness.TK;
import static dev.estsdk.twilio.TwilioHarness.TOKEN;
import static dev.estsdk.twilio.TwilioHarness.TRUNK;
import static dev.estsdk.twilio.TwilioHarness.trunkJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Property 31 for properties 16–23 on the Twilio client: no secret in logs, messages or
 * {@code toString()}; https only; TLS checked; no control characters; no path escape; no
 * redirect followed; bad settings refused at {@code build()}, all at once.
 */
@WireMockTest(httpsEnabled = true)
class TwilioSafetyPropertiesTest {

    private static final String PASSWORD = "Sup3rSecretPassw0rd";
    private static final String KEY_SECRET = "api-key-secret-0123456789";

    @BeforeEach
    void clearLogs() {
        CapturedLogs.clear();
    }

    private static List<String> forbidden() {
        return List.of(TOKEN, PASSWORD, KEY_SECRET, Base64.getEncoder()
                .encodeToString((ACCOUNT + ":" + TOKEN).getBytes(StandardCharsets.UTF_8)), "Basic ");
    }

    private static CreateCredentialRequest alice() {
        return CreateCredentialRequest.builder().username("alice").password(Secret.of(PASSWORD)).build();
    }

    @Test
    @DisplayName("P16: with every SDK logger at TRACE, a credential create and a failed call log no secret")
    void traceLogs_containNoSecret(WireMockRuntimeInfo wm) {
        stubFor(post(CREDENTIALS).willReturn(okJson(TwilioHarness.credentialJson()).withStatus(201)));
        stubFor(get(TRUNK).willReturn(aResponse().withStatus(500).withBody(TwilioHarness.errorJson(500, 20500,
                "failed for " + PASSWORD + " and " + TOKEN))));
        try (TwilioHarness client = new TwilioHarness(wm.getHttpBaseUrl())) {
            client.twilio.credentialLists().createCredential(CL, alice());
            assertThatThrownBy(client::get).isInstanceOf(EstException.class)
                    .satisfies(e -> assertThat(e.getMessage()).as("the client's own secret").doesNotContain(TOKEN));
        }

        assertThat(CapturedLogs.text()).contains("POST " + CREDENTIALS + " -> 201").contains("GET " + TRUNK + " -> 500");
        for (String secret : forbidden()) {
            assertThat(CapturedLogs.text()).doesNotContain(secret);
        }
    }

    @Test
    @DisplayName("P17: an error body that echoes the password or the Auth Token never reaches the exception")
    void errorEchoingSecrets_isRedacted(WireMockRuntimeInfo wm) {
        String path = CREDENTIALS.replace("Credentials.json", "Credentials/" + CR + ".json");
        stubFor(post(CREDENTIALS).willReturn(aResponse().withStatus(400).withBody(TwilioHarness.errorJson(400, 20001,
                "Password " + PASSWORD + " is too weak"))));
        stubFor(post(path).willReturn(aResponse().withStatus(400).withBody(TwilioHarness.errorJson(400, 20001,
                "token " + TOKEN + " and N3wPassw0rd!x refused"))));
        try (TwilioHarness client = new TwilioHarness(wm.getHttpBaseUrl())) {
            assertThatThrownBy(() -> client.twilio.credentialLists().createCredential(CL, alice()))
                    .isInstanceOfSatisfying(BadRequestException.class, e -> {
                        assertThat(e.getMessage()).doesNotContain(PASSWORD).contains("Password *** is too weak");
                        assertThat(e.serverMessage()).doesNotContain(PASSWORD);
                    });
            assertThatThrownBy(() -> client.twilio.credentialLists().updateCredential(CL, CR,
                    UpdateCredentialRequest.of(Secret.of("N3wPassw0rd!x"))))
                    .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.getMessage())
                            .doesNotContain(TOKEN).doesNotContain("N3wPassw0rd!x").contains("token *** and *** refused"));
        }
    }

    @Test
    @DisplayName("P17: an error whose more_info link echoes the Auth Token or the password keeps neither")
    void errorMoreInfoEchoingSecrets_isRedacted(WireMockRuntimeInfo wm) {
        stubFor(post(CREDENTIALS).willReturn(aResponse().withStatus(400).withBody("{\"code\":20001,\"message\":\"weak\","
                + "\"more_info\":\"https://www.twilio.com/docs/errors/20001?token=" + TOKEN + "&pw=" + PASSWORD
                + "\",\"status\":400}")));
        try (TwilioHarness client = new TwilioHarness(wm.getHttpBaseUrl())) {
            assertThatThrownBy(() -> client.twilio.credentialLists().createCredential(CL, alice()))
                    .isInstanceOfSatisfying(BadRequestException.class, e -> {
                        assertThat(e.details().moreInfo()).isEqualTo("https://www.twilio.com/docs/errors/20001?token=***&pw=***");
                        assertThat(e.details().toString()).doesNotContain(TOKEN).doesNotContain(PASSWORD);
                    });
        }
    }

    @Test
    @DisplayName("P17: toString() of the client, its builder, its async view and credential requests hide every secret")
    void toString_hidesSecrets(WireMockRuntimeInfo wm) {
        TwilioClient.Builder builder = TwilioClient.builder().accountSid(ACCOUNT).apiKey("SK" + "a".repeat(32), KEY_SECRET)
                .baseUrl(wm.getHttpBaseUrl());
        try (TwilioClient twilio = builder.build()) {
            for (Object shown : List.of(builder, twilio, twilio.async(), alice(),
                    UpdateCredentialRequest.of(Secret.of(PASSWORD)))) {
                assertThat(shown.toString()).doesNotContain(KEY_SECRET).doesNotContain(PASSWORD);
            }
            assertThat(twilio.toString()).contains(ACCOUNT).contains("***");
        }
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"http://trunking.example.com", "https://user:pw@trunking.twilio.com",
            "https://trunking.twilio.com?x=1", "https://trunking.twilio.com#top", "ftp://trunking.twilio.com", " "})
    @DisplayName("P18: a base URL that is plain http off loopback, or carries user info, a query or a fragment, is refused")
    void unsafeBaseUrls_areRefused(String url) {
        assertThatThrownBy(() -> TwilioClient.builder().accountSid(ACCOUNT).authToken(TOKEN).trunkingBaseUrl(url).build())
                .isInstanceOfSatisfying(EstValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("trunkingBaseUrl"));
    }

    @Test
    @DisplayName("P18: http is accepted for loopback hosts")
    void loopbackHttp_isAccepted() {
        TwilioClient.builder().accountSid(ACCOUNT).authToken(TOKEN).baseUrl("http://127.0.0.1:1").build().close();
        TwilioClient.builder().accountSid(ACCOUNT).authToken(TOKEN).baseUrl("http://localhost:1").build().close();
    }

    @Test
    @DisplayName("P19: TLS certificate checks are on; a self-signed server fails the call without a retry")
    void selfSignedServer_failsTheCall(WireMockRuntimeInfo wm) {
        stubFor(get(TRUNK).willReturn(okJson(trunkJson(TK))));
        try (TwilioHarness client = new TwilioHarness("https://127.0.0.1:" + wm.getHttpsPort())) {
            assertThatThrownBy(client::get).isInstanceOfSatisfying(EstClientException.class, e -> {
                assertThat(e.attempts()).isEqualTo(1);
                assertThat(e.getCause()).isInstanceOf(SSLException.class);
            });
        }
        assertThat(wm.getWireMock().find(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    @DisplayName("P20: CR/LF or control characters in credentials or the User-Agent suffix are refused at build()")
    void controlCharactersInSettings_areRefused() {
        assertThatThrownBy(() -> TwilioClient.builder().accountSid(ACCOUNT).authToken("tok\r\nX-Evil: 1").build())
                .isInstanceOfSatisfying(EstValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("authToken"));
        assertThatThrownBy(() -> TwilioClient.builder().accountSid(ACCOUNT).apiKey("SK" + "a".repeat(32), "sec\u0000ret")
                .build()).isInstanceOfSatisfying(EstValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("apiKey.secret"));
        assertThatThrownBy(() -> TwilioClient.builder().accountSid(ACCOUNT).authToken(TOKEN)
                .userAgentSuffix("app\r\nX-Evil: 1").build())
                .isInstanceOfSatisfying(EstValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("userAgentSuffix"));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"../x", "a/b", "a%2Fb", ".", "..", "TK0123456789abcdef0123456789abcde/", ""})
    @DisplayName("P21: path ids that could leave their segment are refused before any request")
    void traversalIds_areRefused(String id, WireMockRuntimeInfo wm) {
        try (TwilioHarness client = new TwilioHarness(wm.getHttpBaseUrl())) {
            assertThatThrownBy(() -> client.twilio.trunks().get(id))
                    .isInstanceOfSatisfying(EstValidationException.class, e -> assertThat(e.violations())
                            .extracting(FieldViolation::field).containsExactly("trunkSid"));
            assertThatThrownBy(() -> client.twilio.async().originationUrls().delete(TK, id))
                    .isInstanceOfSatisfying(EstValidationException.class, e -> assertThat(e.violations())
                            .extracting(FieldViolation::field).containsExactly("originationUrlSid"));
            assertThatThrownBy(() -> client.twilio.credentialLists().listCredentials(id))
                    .isInstanceOf(EstValidationException.class);
        }
        assertThat(wm.getWireMock().find(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    @DisplayName("P21: a number that is not E.164 is refused before any request")
    void nonE164Lookup_isRefused(WireMockRuntimeInfo wm) {
        try (TwilioHarness client = new TwilioHarness(wm.getHttpBaseUrl())) {
            assertThatThrownBy(() -> client.twilio.incomingPhoneNumbers().findByPhoneNumber("4155551234&Evil=1"))
                    .isInstanceOfSatisfying(EstValidationException.class, e -> assertThat(e.violations())
                            .extracting(FieldViolation::field).containsExactly("e164"));
        }
        assertThat(wm.getWireMock().find(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    @DisplayName("P22: a 302 is an error and nothing follows it to another host")
    void redirect_isAnError_andNotFollowed(WireMockRuntimeInfo wm) {
        WireMockServer elsewhere = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        elsewhere.start();
        try (TwilioHarness client = new TwilioHarness(wm.getHttpBaseUrl())) {
            elsewhere.stubFor(get(anyUrl()).willReturn(okJson(trunkJson(TK))));
            stubFor(get(TRUNK).willReturn(aResponse().withStatus(302).withHeader("Location", elsewhere.baseUrl() + TRUNK)));

            assertThatThrownBy(client::get).isInstanceOfSatisfying(EstClientException.class, e -> {
                assertThat(e.getMessage()).contains("redirect (HTTP 302) not followed");
                assertThat(e.attempts()).isEqualTo(1);
            });
            assertThat(elsewhere.findAll(anyRequestedFor(anyUrl()))).isEmpty();
        } finally {
            elsewhere.stop();
        }
    }

    @Test
    @DisplayName("P17: credentials swapped by mistake (token as Account SID, secret as key SID) are not echoed")
    void build_withSecretsInTheSidFields_neverEchoesThem() {
        String token = "0123456789abcdef0123456789abcdef";
        String keySecret = "KeySecret0123456789abcdefghijklm";
        assertThatThrownBy(() -> TwilioClient.builder().accountSid(token).authToken(ACCOUNT).build())
                .isInstanceOfSatisfying(EstValidationException.class, e -> {
                    assertThat(e.getMessage()).contains("accountSid: must be a AC SID").doesNotContain(token);
                    assertThat(e.violations()).extracting(FieldViolation::description)
                            .noneMatch(d -> d.contains(token));
                });
        assertThatThrownBy(() -> TwilioClient.builder().accountSid(ACCOUNT).apiKey(keySecret, "SK" + "a".repeat(32))
                .build())
                .isInstanceOfSatisfying(EstValidationException.class, e -> {
                    assertThat(e.getMessage()).contains("apiKey.sid: must be a SK SID").doesNotContain(keySecret);
                    assertThat(e.violations()).extracting(FieldViolation::description)
                            .noneMatch(d -> d.contains(keySecret));
                });
    }

    @Test
    @DisplayName("P23: build() names every broken setting at once, before any request")
    void build_reportsEveryBrokenSettingAtOnce() {
        assertThatThrownBy(() -> TwilioClient.builder().accountSid("AC123").trunkingBaseUrl("http://example.com")
                .readTimeout(java.time.Duration.ZERO).callListener(null).build())
                .isInstanceOfSatisfying(EstValidationException.class, e -> {
                    assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("accountSid",
                            "authToken", "trunkingBaseUrl", "readTimeout", "callListener");
                    assertThat(e.getMessage()).contains("accountSid: must be a AC SID");
                });
        assertThatThrownBy(() -> TwilioClient.builder().accountSid(ACCOUNT).authToken(TOKEN)
                .apiKey("SK" + "a".repeat(32), KEY_SECRET).build())
                .hasMessageContaining("authToken: must not be set together with apiKey");
        assertThatThrownBy(() -> TwilioClient.builder().accountSid(ACCOUNT).apiKey("AK1", KEY_SECRET).build())
                .hasMessageContaining("apiKey.sid: must be a SK SID");
    }
}
