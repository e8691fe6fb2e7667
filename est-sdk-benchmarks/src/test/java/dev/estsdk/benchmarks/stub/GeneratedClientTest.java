package dev.estsdk.benchmarks.stub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.estsdk.benchmarks.Targets;
import dev.estsdk.benchmarks.generated.ApiClient;
import dev.estsdk.benchmarks.generated.api.AccessControlListApi;
import dev.estsdk.benchmarks.generated.api.CallBlockingRulesApi;
import dev.estsdk.benchmarks.generated.api.CallsApi;
import dev.estsdk.benchmarks.generated.api.CountryPermissionsApi;
import dev.estsdk.benchmarks.generated.api.CredentialListsApi;
import dev.estsdk.benchmarks.generated.api.CredentialsApi;
import dev.estsdk.benchmarks.generated.api.PhoneNumbersApi;
import dev.estsdk.benchmarks.generated.api.ProjectsApi;
import dev.estsdk.benchmarks.generated.api.SipEndpointsApi;
import dev.estsdk.benchmarks.generated.api.SipTrunksApi;
import dev.estsdk.benchmarks.generated.model.GetSipTrunks200Response;
import dev.estsdk.benchmarks.generated.model.SipEndpoint;
import dev.estsdk.benchmarks.generated.model.SipTrunk;
import dev.estsdk.benchmarks.generated.model.StaticEndpoint;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the openapi-generator baseline (generated from the published spec at build time) does
 * against the service's real answers: the claims that {@code bench/RESULTS.md} makes about it.
 */
class GeneratedClientTest {

    private static final List<Class<?>> APIS = List.of(AccessControlListApi.class, CallBlockingRulesApi.class,
            CallsApi.class, CountryPermissionsApi.class, CredentialListsApi.class, CredentialsApi.class,
            PhoneNumbersApi.class, ProjectsApi.class, SipEndpointsApi.class, SipTrunksApi.class);

    private static StubServer stub;
    private static SipTrunksApi trunks;

    @BeforeAll
    static void start() throws IOException {
        stub = StubServer.start();
        trunks = Targets.generated(stub.baseUrl(), Payloads.KEY_ID, Payloads.KEY_SECRET);
    }

    @AfterAll
    static void stop() {
        stub.close();
    }

    @Test
    void getSipTrunkById_decodesTheTrunkInOneRequest() throws Exception {
        long before = stub.requestCount();

        SipTrunk trunk = trunks.getSipTrunkById(Payloads.PROJECT_ID, Payloads.TRUNK_ID);

        assertThat(trunk.getId()).isEqualTo(Payloads.TRUNK_ID);
        assertThat(trunk.getDomain()).isEqualTo("bench-trunk-0000.pstn.sinch.com");
        assertThat(trunk.getCreateTime()).isEqualTo(OffsetDateTime.parse("2024-06-06T14:42:42.820177628Z"));
        assertThat(stub.requestCount() - before).isEqualTo(1);
    }

    @Test
    void getSipTrunks_findsNoTrunkOnAPageOfFiveHundred_becauseTheSpecNamesTheListSipTrunks() throws Exception {
        GetSipTrunks200Response page = trunks.getSipTrunks(Payloads.PROJECT_ID, 1, Payloads.MAX_PAGE_SIZE, null);

        assertThat(page.getTotalItems()).isEqualTo(Payloads.TRUNK_COUNT);
        assertThat(page.getSipTrunks()).isNullOrEmpty();
        assertThat(new String(Payloads.trunkPage(), java.nio.charset.StandardCharsets.UTF_8)).startsWith("{\"trunks\":[");
    }

    @Test
    void endpointIds_andTheNumberListsTrunkFilter_areTypedLong_soNoUlidFitsThem() {
        assertThat(parameterTypes(SipEndpointsApi.class, "getSipEndpointById")).containsExactly(String.class, String.class, Long.class);
        assertThat(parameterTypes(SipEndpointsApi.class, "updateSipEndpoint")).contains(Long.class);
        assertThat(parameterTypes(SipEndpointsApi.class, "deleteSipEndpoint")).containsExactly(String.class, String.class, Long.class);
        assertThat(parameterTypes(PhoneNumbersApi.class, "getPhoneNumbers").get(1)).isEqualTo(Long.class);
    }

    @Test
    void anEndpoint_ofEitherKind_cannotBeDecoded_becauseBothOneOfBranchesMatch() {
        String common = "\"id\":\"01JENDPOINT000000000000001\",\"sipTrunkId\":\"" + Payloads.TRUNK_ID
                + "\",\"name\":\"pbx\",\"transport\":\"UDP\",\"priority\":1,\"enabled\":true";
        String staticEndpoint = "{" + common + ",\"address\":\"203.0.113.10\",\"port\":5060}";
        String registeredEndpoint = "{" + common + ",\"isRegistered\":true,\"credentialUsername\":\"alice\"}";

        for (String json : List.of(staticEndpoint, registeredEndpoint)) {
            assertThatThrownBy(() -> ApiClient.createDefaultObjectMapper().readValue(json, SipEndpoint.class))
                    .hasMessageContaining("Failed deserialization for SipEndpoint: 2 classes match result, expected 1");
        }
        assertThat(Arrays.stream(StaticEndpoint.class.getMethods()).map(Method::getName))
                .contains("getAddress", "getPort")
                .doesNotContain("getId", "getName", "getPriority", "getSipTrunkId", "getEnabled");
    }

    @Test
    void operations_are46_missingCredentialListCreateAndListAndNumberAssignment() {
        Set<String> operations = APIS.stream().flatMap(api -> Arrays.stream(api.getDeclaredMethods()))
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
                .map(Method::getName)
                .filter(name -> !name.endsWith("WithHttpInfo") && !name.equals("getApiClient")
                        && !name.equals("downloadFileFromResponse"))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(operations).hasSize(46)
                .contains("getSipTrunks", "getSipTrunkById", "getPhoneNumbers", "addEstProjects")
                .doesNotContain("createCredentialList", "getCredentialLists", "addPhoneNumber", "assignPhoneNumber");
        assertThat(parameterTypes(CredentialListsApi.class, "getCredentialListById")).isNotEmpty();
        assertThat(Arrays.stream(PhoneNumbersApi.class.getDeclaredMethods()).map(Method::getName)
                .filter(n -> n.startsWith("add") || n.startsWith("create") || n.startsWith("assign"))).isEmpty();
    }

    private static List<Class<?>> parameterTypes(Class<?> api, String operation) {
        return Arrays.stream(api.getDeclaredMethods())
                .filter(m -> m.getName().equals(operation) && Modifier.isPublic(m.getModifiers()))
                .min((a, b) -> Integer.compare(a.getParameterCount(), b.getParameterCount()))
                .map(m -> List.<Class<?>>of(m.getParameterTypes()))
                .orElseThrow(() -> new AssertionError(api.getSimpleName() + " has no " + operation));
    }
}
