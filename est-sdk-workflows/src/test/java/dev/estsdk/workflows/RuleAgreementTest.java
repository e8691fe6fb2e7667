package dev.estsdk.workflows;

import dev.estsdk.api.model.NewIpRange;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.estsdk.api.model.FieldRules;
import dev.estsdk.api.model.IpRange;
import dev.estsdk.api.model.Secret;
import dev.estsdk.testkit.EstSimulator;
import dev.estsdk.testkit.EstSimulatorExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SDK's input rules and the simulator's are written independently on purpose (the simulator
 * must be able to catch the SDK's mistakes). This table sends the same values through both and
 * fails when they disagree, except in the rows marked {@code SDK_STRICTER}: limits the SDK sets
 * on its own where the service is silent or lenient (control characters, lengths, CIDR host
 * bits, octets with leading zeros, which some parsers read as octal, white space in passwords),
 * which the simulator, like the service, accepts.
 */
class RuleAgreementTest {

    @RegisterExtension
    static EstSimulatorExtension est = EstSimulatorExtension.create();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static HttpClient http;

    enum Expect { AGREE, SDK_STRICTER }

    /** One rule: how the SDK judges a value, and the request that puts the value to the simulator. */
    private record Rule(String name, Predicate<String> sdkAccepts, RequestFor request) {
        @Override
        public String toString() {
            return name;
        }
    }

    @FunctionalInterface
    private interface RequestFor {
        Map.Entry<String, Object> pathAndBody(String value);
    }

    private static final Rule HOST_NAME = new Rule("hostName", v -> FieldRules.hostName(v).isEmpty(),
            v -> Map.entry("/trunks", Map.of("name", "Acme", "hostName", v)));
    private static final Rule E164 = new Rule("callForwardNumber", v -> FieldRules.e164(v).isEmpty(),
            v -> Map.entry("/trunks", Map.of("name", "Acme", "hostName", "acme-fwd", "callForwardNumber", v,
                    "enableCallForward", true)));
    private static final Rule PASSWORD = new Rule("password", v -> FieldRules.password(Secret.of(v)).isEmpty(),
            v -> Map.entry("/credentialLists", Map.of("name", "Users", "credentials",
                    List.of(Map.of("username", "alice", "password", v)))));
    private static final Rule IP_RANGE = new Rule("ipAddress/range", RuleAgreementTest::sdkAcceptsCidr,
            v -> Map.entry("/accessControlLists", Map.of("name", "HQ", "enabled", true, "ipRanges", List.of(Map.of(
                    "ipAddress", v.substring(0, v.indexOf('/')), "range", Integer.parseInt(v.substring(v.indexOf('/') + 1)))))));

    static Stream<Arguments> values() {
        return Stream.of(
                row(HOST_NAME, "acme-pbx", Expect.AGREE),
                row(HOST_NAME, "a", Expect.AGREE),
                row(HOST_NAME, "h".repeat(63), Expect.AGREE),
                row(HOST_NAME, "h".repeat(64), Expect.AGREE),
                row(HOST_NAME, "acme.pbx", Expect.AGREE),
                row(HOST_NAME, "acme_pbx", Expect.AGREE),
                row(HOST_NAME, "acme pbx", Expect.AGREE),
                row(HOST_NAME, "-acme", Expect.AGREE),
                row(HOST_NAME, "acme-", Expect.AGREE),
                row(HOST_NAME, "acmé", Expect.AGREE),
                row(HOST_NAME, "", Expect.AGREE),
                row(E164, "+12025550101", Expect.AGREE),
                row(E164, "+46", Expect.AGREE),
                row(E164, "+123456789012345", Expect.AGREE),
                row(E164, "+1234567890123456", Expect.AGREE),
                row(E164, "12025550101", Expect.AGREE),
                row(E164, "+02025550101", Expect.AGREE),
                row(E164, "+1 202 555 0101", Expect.AGREE),
                row(E164, "+1202555ABCD", Expect.AGREE),
                row(E164, "+١٢٣٤٥٦", Expect.AGREE),
                row(PASSWORD, "Correct1Horse", Expect.AGREE),
                row(PASSWORD, "Abcdefghij12", Expect.AGREE),
                row(PASSWORD, "Abcdefghij1", Expect.AGREE),
                row(PASSWORD, "abcdefghij12", Expect.AGREE),
                row(PASSWORD, "ABCDEFGHIJ12", Expect.AGREE),
                row(PASSWORD, "Abcdefghijkl", Expect.AGREE),
                row(PASSWORD, "Aa1😀😀😀😀😀😀😀😀", Expect.AGREE),
                row(PASSWORD, "Aa1😀😀😀😀", Expect.AGREE),
                row(PASSWORD, "            Aa1", Expect.SDK_STRICTER),
                row(PASSWORD, "Correct Horse 1", Expect.SDK_STRICTER),
                row(PASSWORD, "Aa1" + "x".repeat(200), Expect.SDK_STRICTER),
                row(IP_RANGE, "203.0.113.0/24", Expect.AGREE),
                row(IP_RANGE, "203.0.113.10/32", Expect.AGREE),
                row(IP_RANGE, "0.0.0.0/1", Expect.AGREE),
                row(IP_RANGE, "203.0.113.0/0", Expect.AGREE),
                row(IP_RANGE, "203.0.113.0/33", Expect.AGREE),
                row(IP_RANGE, "203.0.113.256/32", Expect.AGREE),
                row(IP_RANGE, "203.0.113.01/32", Expect.SDK_STRICTER),
                row(IP_RANGE, "203.0.113/24", Expect.AGREE),
                row(IP_RANGE, "203.0.113.5/24", Expect.SDK_STRICTER),
                row(IP_RANGE, "15.15.15.15/20", Expect.SDK_STRICTER));
    }

    @BeforeAll
    static void startHttp() {
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    @BeforeEach
    void reset() {
        est.simulator().reset();
    }

    @ParameterizedTest(name = "{0} \"{1}\": {2}")
    @MethodSource("values")
    void sdkRulesAndSimulatorRules_agreeOnEachValue(Rule rule, String value, Expect expect) throws Exception {
        boolean sdk = rule.sdkAccepts().test(value);
        boolean simulator = simulatorAccepts(est.simulator(), rule.request().pathAndBody(value));

        if (expect == Expect.AGREE) {
            assertThat(sdk).as("the SDK accepts %s \"%s\" exactly when the simulator does", rule, value)
                    .isEqualTo(simulator);
        } else {
            assertThat(sdk).as("the SDK refuses %s \"%s\" on its own", rule, value).isFalse();
            assertThat(simulator).as("the simulator, like the service, accepts %s \"%s\"", rule, value).isTrue();
        }
    }

    private static boolean simulatorAccepts(EstSimulator sim, Map.Entry<String, Object> request) throws Exception {
        String basic = Base64.getEncoder().encodeToString((sim.keyId() + ":" + sim.keySecret())
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create(sim.baseUrl() + "/v1/projects/" + sim.projectId() + request.getKey()))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(request.getValue())))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isIn(200, 201, 400);
        return response.statusCode() != 400;
    }

    private static boolean sdkAcceptsCidr(String cidr) {
        try {
            NewIpRange.ofCidr(cidr);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static Arguments row(Rule rule, String value, Expect expect) {
        return Arguments.of(rule, value, expect);
    }
}
