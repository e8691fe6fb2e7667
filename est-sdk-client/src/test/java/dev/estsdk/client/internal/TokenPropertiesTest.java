package dev.estsdk.client.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.estsdk.api.exception.AuthenticationException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Reliability properties 13–15 and the rest of the OAuth2 token cache's contract. */
@WireMockTest
class TokenPropertiesTest {

    private static final String TRUNK = "/v1/projects/p1/trunks/t1";
    private static final String TOKEN = "/oauth2/token";

    private WireMockRuntimeInfo wm;
    private Harness client;

    @BeforeEach
    void start(WireMockRuntimeInfo wm) {
        this.wm = wm;
        this.client = new Harness(wm.getHttpBaseUrl(), Harness.Config::oauth);
    }

    @AfterEach
    void stop() {
        client.close();
    }

    private static ResponseDefinitionBuilder token(String value) {
        return okJson("{\"access_token\":\"" + value + "\",\"expires_in\":3600,\"token_type\":\"bearer\"}");
    }

    private static void tokens(ResponseDefinitionBuilder... responses) {
        String state = Scenario.STARTED;
        for (int i = 0; i < responses.length; i++) {
            String next = i == responses.length - 1 ? state : "token-" + (i + 1);
            var mapping = post(TOKEN).inScenario("token").whenScenarioStateIs(state).willReturn(responses[i]);
            stubFor(next.equals(state) ? mapping : mapping.willSetStateTo(next));
            state = next;
        }
    }

    private List<LoggedRequest> tokenRequests() {
        return wm.getWireMock().find(postRequestedFor(urlPathEqualTo(TOKEN)));
    }

    private List<String> apiAuthorizations() {
        return wm.getWireMock().find(getRequestedFor(urlPathEqualTo(TRUNK))).stream()
                .map(r -> r.getHeader("Authorization")).toList();
    }

    @Test
    @DisplayName("The token request is a client-credentials grant with the key as HTTP Basic")
    void tokenRequest_isAClientCredentialsGrant() {
        tokens(token("tok-1"));
        stubFor(get(TRUNK).willReturn(okJson("{}")));

        client.get("t1");

        LoggedRequest request = tokenRequests().get(0);
        assertThat(request.getBodyAsString()).isEqualTo("grant_type=client_credentials");
        assertThat(request.getHeader("Authorization")).isEqualTo("Basic "
                + Base64.getEncoder().encodeToString("key:secret-0123456789".getBytes()));
        assertThat(apiAuthorizations()).containsExactly("Bearer tok-1");
    }

    /** Releases 50 threads at once into {@code GET t1} and checks that every call succeeds. */
    private void getFromFiftyThreadsAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch gate = new CountDownLatch(1);
        try {
            List<Future<dev.estsdk.api.model.SipTrunk>> results = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                results.add(pool.submit(() -> {
                    gate.await();
                    return client.get("t1");
                }));
            }
            gate.countDown();
            for (Future<dev.estsdk.api.model.SipTrunk> result : results) {
                assertThat(result.get(30, TimeUnit.SECONDS).id()).isEqualTo("t1");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("50 threads inside the refresh window make exactly 1 refresh; nobody fails while it runs")
    void concurrentCallsInTheRefreshWindow_shareOneRefresh() throws Exception {
        tokens(token("tok-1"), token("tok-2").withFixedDelay(300));
        stubFor(get(TRUNK).willReturn(okJson("{\"id\":\"t1\"}")));
        client.get("t1");
        client.time.advance(Duration.ofMinutes(56));
        getFromFiftyThreadsAtOnce();
        assertThat(tokenRequests()).hasSize(2);
        assertThat(apiAuthorizations()).hasSize(51).containsOnly("Bearer tok-1", "Bearer tok-2");
        client.get("t1");
        assertThat(apiAuthorizations()).last().isEqualTo("Bearer tok-2");
    }

    @Test
    @DisplayName("P13: 50 threads with an empty token cache make exactly 1 token request and all succeed")
    void concurrentCalls_shareOneTokenFetch() throws Exception {
        stubFor(post(TOKEN).willReturn(token("tok-1").withFixedDelay(300)));
        stubFor(get(TRUNK).willReturn(okJson("{\"id\":\"t1\"}")));
        getFromFiftyThreadsAtOnce();
        assertThat(tokenRequests()).hasSize(1);
        assertThat(apiAuthorizations()).hasSize(50).containsOnly("Bearer tok-1");
    }

    @Test
    @DisplayName("P14: the token is refreshed ahead of expiry on the virtual clock, and not before")
    void token_isRefreshedAheadOfExpiry_andNotBefore() {
        tokens(token("tok-1"), token("tok-2"));
        stubFor(get(TRUNK).willReturn(okJson("{}")));

        client.get("t1");
        client.time.advance(Duration.ofMinutes(54).plusSeconds(59));
        client.get("t1");
        assertThat(tokenRequests()).as("55 minutes in: still fresh").hasSize(1);

        client.time.advance(Duration.ofSeconds(2));
        client.get("t1");

        assertThat(tokenRequests()).as("5 minutes before expiry: refreshed").hasSize(2);
        assertThat(apiAuthorizations()).containsExactly("Bearer tok-1", "Bearer tok-1", "Bearer tok-2");
    }

    @Test
    @DisplayName("P15: 401 once costs 1 extra token request and 2 API requests, then succeeds")
    void unauthorizedOnce_refreshesAndReplays() {
        tokens(token("tok-1"), token("tok-2"));
        stubFor(get(TRUNK).inScenario("api").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(401).withHeader("WWW-Authenticate",
                        "Bearer error=\"invalid_token\", error_description=\"token expired\""))
                .willSetStateTo("ok"));
        stubFor(get(TRUNK).inScenario("api").whenScenarioStateIs("ok").willReturn(okJson("{\"id\":\"t1\"}")));

        assertThat(client.get("t1").id()).isEqualTo("t1");

        assertThat(tokenRequests()).hasSize(2);
        assertThat(apiAuthorizations()).containsExactly("Bearer tok-1", "Bearer tok-2");
        assertThat(client.time.sleeps()).as("a replay, not a backoff").isEmpty();
    }

    @Test
    @DisplayName("P15: 401 always ends in an authentication exception after the single replay, no loop")
    void unauthorizedAlways_failsAfterOneReplay() {
        tokens(token("tok-1"), token("tok-2"), token("tok-3"));
        stubFor(get(TRUNK).willReturn(aResponse().withStatus(401)
                .withBody("{\"code\":401,\"status\":\"UNAUTHENTICATED\",\"message\":\"token expired\"}")));

        assertThatThrownBy(() -> client.get("t1"))
                .isInstanceOfSatisfying(AuthenticationException.class, e -> {
                    assertThat(e.attempts()).isEqualTo(2);
                    assertThat(e.errorCode()).isEqualTo("UNAUTHENTICATED");
                });
        assertThat(tokenRequests()).hasSize(2);
        assertThat(apiAuthorizations()).containsExactly("Bearer tok-1", "Bearer tok-2");
    }

    @Test
    @DisplayName("A failed refresh keeps using the token that is still valid")
    void failedRefresh_keepsTheValidToken() {
        tokens(token("tok-1"), aResponse().withStatus(500));
        stubFor(get(TRUNK).willReturn(okJson("{}")));

        client.get("t1");
        client.time.advance(Duration.ofMinutes(57));
        client.get("t1");

        assertThat(tokenRequests()).hasSize(2);
        assertThat(apiAuthorizations()).containsExactly("Bearer tok-1", "Bearer tok-1");
    }

    @Test
    @DisplayName("429 from the token endpoint backs off for its Retry-After before asking again")
    void throttledTokenEndpoint_backsOff() {
        tokens(aResponse().withStatus(429).withHeader("Retry-After", "5"), token("tok-1"));
        stubFor(get(TRUNK).willReturn(okJson("{}")));

        client.get("t1");

        assertThat(tokenRequests()).hasSize(2);
        assertThat(client.time.slept()).isGreaterThanOrEqualTo(Duration.ofSeconds(5));
        assertThat(apiAuthorizations()).containsExactly("Bearer tok-1");
    }

    @Test
    @DisplayName("A refused key fails at once, with the token request named, and nothing reaches the API")
    void refusedKey_failsWithoutCallingTheApi() {
        stubFor(post(TOKEN).willReturn(aResponse().withStatus(401)
                .withBody("{\"error\":\"invalid_client\",\"error_description\":\"bad key\"}")));

        assertThatThrownBy(() -> client.get("t1"))
                .isInstanceOfSatisfying(AuthenticationException.class, e -> {
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.method()).isEqualTo("POST");
                    assertThat(e.path()).isEqualTo(TOKEN);
                    assertThat(e.getMessage()).doesNotContain("secret-0123456789");
                });
        assertThat(tokenRequests()).hasSize(1);
        assertThat(apiAuthorizations()).isEmpty();
    }

    @Test
    @DisplayName("A 401 carrying an old token does not drop the token a refresh put in its place")
    void rejected_dropsOnlyTheCurrentToken() {
        tokens(token("tok-1"), token("tok-2"), token("tok-3"));
        dev.estsdk.core.internal.JdkTransport transport = new dev.estsdk.core.internal.JdkTransport(
                java.net.http.HttpClient.newHttpClient(), false);
        TokenCache cache = new TokenCache(new TokenEndpoint(transport,
                java.net.URI.create(wm.getHttpBaseUrl() + TOKEN), dev.estsdk.client.EstCredentials.oauth("key", "s"),
                "agent", Duration.ofSeconds(5), EstJson.create(), client.time), client.time,
                dev.estsdk.api.model.Secret.of("s"));
        Duration budget = Duration.ofSeconds(5);
        String old = cache.authorization(budget).join();
        client.time.advance(Duration.ofMinutes(56));
        String refreshed = cache.authorization(budget).join();

        cache.rejected(old);

        assertThat(cache.authorization(budget).join()).isEqualTo(refreshed).isEqualTo("Bearer tok-2");
        cache.rejected(refreshed);
        assertThat(cache.authorization(budget).join()).isEqualTo("Bearer tok-3");
        assertThat(tokenRequests()).hasSize(3);
    }
}
