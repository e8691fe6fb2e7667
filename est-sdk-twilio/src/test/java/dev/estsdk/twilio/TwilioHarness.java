package dev.estsdk.twilio;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.estsdk.core.AttemptEvent;
import dev.estsdk.core.testing.Attempts;
import dev.estsdk.core.testing.TestTime;
import dev.estsdk.twilio.model.Trunk;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * A {@link TwilioClient} against a loopback WireMock on test time, recording its attempt events,
 * with Twilio-shaped SIDs, paths and bodies for the property tests.
 */
final class TwilioHarness implements AutoCloseable {

    static final String ACCOUNT = "AC0123456789abcdef0123456789abcdef";
    static final String TOKEN = "twilio-auth-token-0123456789";
    static final String TK = "TK0123456789abcdef0123456789abcdef";
    static final String OU = "OU0123456789abcdef0123456789abcdef";
    static final String AL = "AL0123456789abcdef0123456789abcdef";
    static final String IP = "IP0123456789abcdef0123456789abcdef";
    static final String CL = "CL0123456789abcdef0123456789abcdef";
    static final String CR = "CR0123456789abcdef0123456789abcdef";
    static final String PN = "PN0123456789abcdef0123456789abcdef";
    static final String TRUNKS = "/v1/Trunks";
    static final String TRUNK = TRUNKS + "/" + TK;
    static final String ACCOUNT_PATH = "/2010-04-01/Accounts/" + ACCOUNT;
    static final String CREDENTIAL_LISTS = ACCOUNT_PATH + "/SIP/CredentialLists.json";
    static final String CREDENTIALS = ACCOUNT_PATH + "/SIP/CredentialLists/" + CL + "/Credentials.json";

    final TestTime time = new TestTime();
    final List<AttemptEvent> events = new CopyOnWriteArrayList<>();
    final TwilioClient twilio;

    TwilioHarness(String baseUrl) {
        this(baseUrl, b -> b);
    }

    TwilioHarness(String baseUrl, UnaryOperator<TwilioClient.Builder> customize) {
        twilio = customize.apply(TwilioClient.builder().accountSid(ACCOUNT).authToken(TOKEN).baseUrl(baseUrl)
                .readTimeout(Duration.ofSeconds(5)).callTimeout(Duration.ofSeconds(60))
                .callListener(Attempts.into(events::add)).clock(time).sleeper(time)).build();
    }

    /** A Trunking v1 trunk body. */
    static String trunkJson(String sid) {
        return "{\"sid\":\"" + sid + "\",\"account_sid\":\"" + ACCOUNT + "\",\"friendly_name\":\"Acme\","
                + "\"domain_name\":\"acme.pstn.twilio.com\",\"disaster_recovery_url\":null,"
                + "\"disaster_recovery_method\":\"POST\",\"secure\":false,\"cnam_lookup_enabled\":true,"
                + "\"symmetric_rtp_enabled\":false,\"recording\":{\"mode\":\"do-not-record\",\"trim\":\"do-not-trim\"},"
                + "\"transfer_mode\":\"disable-all\",\"transfer_caller_id\":\"from-transferee\",\"auth_type\":\"\","
                + "\"auth_type_set\":[],\"date_created\":\"2018-05-07T20:20:46Z\",\"date_updated\":\"2018-05-07T20:20:46Z\","
                + "\"url\":\"https://trunking.twilio.com/v1/Trunks/" + sid + "\",\"links\":{}}";
    }

    /** A 2010 credential body (no password, as Twilio answers). */
    static String credentialJson() {
        return "{\"sid\":\"" + CR + "\",\"account_sid\":\"" + ACCOUNT + "\",\"credential_list_sid\":\"" + CL + "\","
                + "\"username\":\"alice\",\"date_created\":\"Wed, 19 Aug 2015 19:48:45 +0000\","
                + "\"date_updated\":\"Wed, 19 Aug 2015 19:48:45 +0000\",\"uri\":\"" + CREDENTIALS + "\"}";
    }

    /** Twilio's error body. */
    static String errorJson(int status, int code, String message) {
        return "{\"code\":" + code + ",\"message\":\"" + message + "\",\"more_info\":\"https://www.twilio.com/docs/errors/"
                + code + "\",\"status\":" + status + "}";
    }

    /** {@code GET /v1/Trunks/TK…}. */
    Trunk get() {
        return twilio.trunks().get(TK);
    }

    /** {@code POST /v1/Trunks} (a create: never re-sent once it may have arrived). */
    Trunk create() {
        return twilio.trunks().create(t -> t.friendlyName("Acme").domainName("acme.pstn.twilio.com"));
    }

    /** {@code POST /v1/Trunks/TK…} (a partial update: idempotent). */
    Trunk update() {
        return twilio.trunks().update(TK, t -> t.friendlyName("Acme 2"));
    }

    /** Stubs {@code method path} to answer the responses in order, the last one from then on. */
    static void sequence(String method, String path, ResponseDefinitionBuilder... responses) {
        sequenceOn(null, method, path, responses);
    }

    /** As {@link #sequence}, on a given server (null: the {@code @WireMockTest} one). */
    static void sequenceOn(com.github.tomakehurst.wiremock.junit5.WireMockExtension server, String method, String path,
                           ResponseDefinitionBuilder... responses) {
        String state = Scenario.STARTED;
        for (int i = 0; i < responses.length; i++) {
            String next = i == responses.length - 1 ? state : "step-" + (i + 1);
            var mapping = WireMock.request(method, urlPathEqualTo(path)).inScenario(method + path)
                    .whenScenarioStateIs(state).willReturn(responses[i]);
            if (!next.equals(state)) {
                mapping = mapping.willSetStateTo(next);
            }
            if (server == null) {
                WireMock.stubFor(mapping);
            } else {
                server.stubFor(mapping);
            }
            state = next;
        }
    }

    /** The requests the server received for {@code method path}. */
    static List<LoggedRequest> requests(WireMockRuntimeInfo wm, String method, String path) {
        return wm.getWireMock().find(anyRequestedFor(urlPathEqualTo(path))).stream()
                .filter(r -> r.getMethod().getName().equals(method)).toList();
    }

    @Override
    public void close() {
        twilio.close();
    }
}
