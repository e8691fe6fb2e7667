package dev.estsdk.client;

import dev.estsdk.core.RetryPolicy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.FieldViolation;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The builder's defaults and rules (reliability properties 18 and 20 for the settings). */
class EstClientBuilderTest {

    private static EstClient.Builder valid() {
        return EstClient.builder().projectId("p1").credentials(EstCredentials.oauth("key", "secret-0123456789"));
    }

    private static FieldViolation onlyViolation(EstClient.Builder builder) {
        try (EstClient unexpected = builder.build()) {
            throw new AssertionError("expected the builder to refuse, built " + unexpected);
        } catch (EstValidationException e) {
            assertThat(e.violations()).hasSize(1);
            assertThat(e.attempts()).isZero();
            return e.violations().get(0);
        }
    }

    @Test
    void defaults_pointAtProductionAndIdentifyTheSdk() {
        try (EstClient client = valid().build()) {
            assertThat(client.projectId()).isEqualTo("p1");
            assertThat(client.userAgent()).isEqualTo("est-sdk-java/" + EstClient.version() + " Java/"
                    + System.getProperty("java.version"));
            assertThat(EstClient.version()).isEqualTo("0.1.0-SNAPSHOT");
            assertThat(client.toString()).contains("baseUrl=https://elastic-trunking.api.sinch.com")
                    .doesNotContain("secret-0123456789");
            assertThat(client.sipTrunks()).isNotNull();
            assertThat(client.calls()).isNotNull();
        }
    }

    @Test
    void userAgentSuffix_isAppended() {
        try (EstClient client = valid().userAgentSuffix("provisioner/2.1").build()) {
            assertThat(client.userAgent()).endsWith(" provisioner/2.1").startsWith("est-sdk-java/");
        }
    }

    @Test
    @DisplayName("P20: a CR/LF or control character in the user agent suffix is refused at build()")
    void userAgentSuffix_withControlCharacters_isRefused() {
        assertThat(onlyViolation(valid().userAgentSuffix("tool\r\nX-Injected: 1")).field()).isEqualTo("userAgentSuffix");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://elastic-trunking.api.sinch.com", "http://10.0.0.1:8080", "ftp://127.0.0.1"})
    @DisplayName("P18: a base URL that is not https is refused unless the host is loopback")
    void plainHttp_isRefusedOffLoopback(String url) {
        FieldViolation violation = onlyViolation(valid().baseUrl(url));
        assertThat(violation.field()).isEqualTo("baseUrl");
        assertThat(violation.description()).contains("https");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8089", "http://localhost:8089/", "http://[::1]:8089"})
    @DisplayName("P18: plain http is accepted for loopback hosts")
    void plainHttp_isAcceptedOnLoopback(String url) {
        try (EstClient client = valid().baseUrl(url).authUrl(url).build()) {
            assertThat(client.toString()).doesNotEndWith("/]");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://user:pw@elastic-trunking.api.sinch.com", "https://elastic-trunking.api.sinch.com?x=1",
                            "https://elastic-trunking.api.sinch.com#top"})
    @DisplayName("P18: user info, query or fragment in the base URL are refused")
    void userInfoQueryOrFragment_areRefused(String url) {
        FieldViolation violation = onlyViolation(valid().baseUrl(url));
        assertThat(violation.field()).isEqualTo("baseUrl");
        assertThat(violation.description()).containsAnyOf("user info", "query", "fragment");
        assertThat(violation.toString()).doesNotContain("pw@");
    }

    @Test
    @DisplayName("P17: an unparseable URL carrying user info is refused without echoing the password")
    void unparseableUrlWithUserInfo_isRefusedWithoutEcho() {
        FieldViolation violation = onlyViolation(valid().baseUrl("https://user:hunter2 x@elastic-trunking.api.sinch.com"));

        assertThat(violation.field()).isEqualTo("baseUrl");
        assertThat(violation.description()).isEqualTo("must be an absolute URL without user info")
                .doesNotContain("hunter2");
    }

    @Test
    void unparseableUrl_isEchoedToShowWhatWasWrong() {
        assertThat(onlyViolation(valid().baseUrl("https://bad host")).description())
                .isEqualTo("must be an absolute URL (was \"https://bad host\")");
    }

    @Test
    @DisplayName("P18: the auth URL follows the same rules")
    void authUrl_followsTheSameRules() {
        assertThat(onlyViolation(valid().authUrl("http://auth.sinch.com/oauth2/token")).field()).isEqualTo("authUrl");
    }

    @Test
    void missingAndBrokenSettings_areAllNamedAtOnce() {
        assertThatThrownBy(() -> EstClient.builder().projectId("a/b").readTimeout(Duration.ZERO)
                .callTimeout(Duration.ofSeconds(-1)).build())
                .isInstanceOfSatisfying(EstValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field)
                        .containsExactly("projectId", "credentials", "readTimeout", "callTimeout"))
                .hasMessageStartingWith("Invalid EstClient: projectId: must be an id");
    }

    @Test
    void httpClientThatFollowsRedirects_isRefused() {
        HttpClient following = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(1)).build();
        FieldViolation violation = onlyViolation(valid().httpClient(following));
        assertThat(violation.field()).isEqualTo("httpClient");
        assertThat(violation.description()).contains("must not follow redirects");
    }

    @Test
    void httpClientWithoutConnectTimeout_isRefused() {
        FieldViolation violation = onlyViolation(valid().httpClient(HttpClient.newBuilder().build()));
        assertThat(violation.description()).contains("connect timeout");
    }

    @Test
    void suitableHttpClient_isAccepted_butNotCombinedWithAProxy() {
        HttpClient suitable = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
        try (EstClient client = valid().httpClient(suitable).build()) {
            assertThat(client.projectId()).isEqualTo("p1");
        }
        assertThat(onlyViolation(valid().httpClient(suitable)
                .proxy(ProxySelector.of(new InetSocketAddress("proxy", 3128)))).field()).isEqualTo("proxy");
        assertThat(onlyViolation(valid().httpClient(suitable).connectTimeout(Duration.ofSeconds(9))).field())
                .isEqualTo("connectTimeout");
    }

    @Test
    void proxy_isAccepted() {
        try (EstClient client = valid().proxy(ProxySelector.of(new InetSocketAddress("proxy", 3128))).build()) {
            assertThat(client.projectId()).isEqualTo("p1");
        }
    }

    @Test
    void closedClient_refusesCalls() {
        EstClient client = valid().baseUrl("http://127.0.0.1:9").build();
        client.close();
        client.close();

        assertThatThrownBy(() -> client.sipTrunks().get("t1")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void retryPolicy_rulesAreChecked() {
        assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0).baseDelay(Duration.ofSeconds(-1)).build())
                .isInstanceOfSatisfying(EstValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("maxAttempts", "baseDelay"));
        assertThat(RetryPolicy.none().maxAttempts()).isEqualTo(1);
        assertThat(RetryPolicy.defaults()).isEqualTo(RetryPolicy.builder().build())
                .hasToString("RetryPolicy[maxAttempts=3, baseDelay=PT0.1S, maxDelay=PT20S, throttlingBaseDelay=PT1S, "
                        + "throttlingMaxDelay=PT20S, maxRetryAfter=PT1M]");
    }
}
