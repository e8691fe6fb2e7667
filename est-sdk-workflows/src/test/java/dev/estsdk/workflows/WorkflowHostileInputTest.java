package dev.estsdk.workflows;

import dev.estsdk.api.EstApi;
import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.FieldViolation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Property 30 for the workflow layer: a provisioner or a plan with hostile input is refused by
 * its {@code build()}, naming every broken field at once, before any request reaches the server.
 */
class WorkflowHostileInputTest extends SimulatorTest {

    private static final String LONG = "x".repeat(10_000);
    /** An API no test here may reach: building a provisioner must not call it. */
    private static final EstApi NO_API = (EstApi) Proxy.newProxyInstance(EstApi.class.getClassLoader(),
            new Class<?>[] {EstApi.class}, (proxy, method, args) -> {
                throw new AssertionError("no request expected, but " + method.getName() + " was called");
            });
    private static final List<String> HOSTILE_IDS = List.of("../x", "a/b", "..", ".", "a?b=c", "a#b", "a%2Fb",
            "id\r\nX-Injected: 1", "id\u0000", "id with space", " ", "", LONG);
    private static final List<String> HOSTILE_SUFFIXES = List.of("pstn.sinch.com\r\n", "pstn.sinch.com\u0000", ".pstn.sinch.com",
            "pstn..sinch.com", "-pstn.sinch.com", "pstn.sinch.com/x", "pstn sinch com", "203.0.113.10", " ", "",
            LONG + ".com");

    static Stream<Arguments> hostilePlans() {
        List<Arguments> rows = new ArrayList<>();
        for (String id : HOSTILE_IDS) {
            rows.add(row("existing ACL id " + shown(id), "outboundAuth[0].id", () -> plan()
                    .outboundAuth(TrunkAuth.existingAcl(id)).build()));
            rows.add(row("existing credential list id " + shown(id), "outboundAuth[0].id", () -> plan()
                    .outboundAuth(TrunkAuth.existingCredentials(id)).build()));
            rows.add(row("registration list id " + shown(id), "registrationCredentials[0].id", () -> plan()
                    .registrationCredentials(TrunkAuth.existingCredentials(id))
                    .registeredEndpoint(e -> e.name("ua").credentialUsername("alice")).build()));
        }
        for (String host : List.of("-acme", "acme-", "acme.pbx", "acme\r\n", LONG, "")) {
            rows.add(row("host name " + shown(host), "trunk.hostName", () -> ProvisioningPlan.builder()
                    .trunk(t -> t.name("Acme").hostName(host))
                    .outboundAuth(TrunkAuth.existingAcl("acl-1")).build()));
        }
        for (String name : List.of("Acme\r\nX: 1", "Acme\u0000", LONG)) {
            rows.add(row("trunk name " + shown(name), "trunk.name", () -> ProvisioningPlan.builder()
                    .trunk(t -> t.name(name).hostName("acme")).outboundAuth(TrunkAuth.existingAcl("acl-1")).build()));
            rows.add(row("endpoint name " + shown(name), "endpoints[0].name", () -> plan()
                    .staticEndpoint(e -> e.name(name).address("203.0.113.10")).build()));
        }
        for (String number : List.of("12025550101", "+1202555010199999", "+1 202 555 0101", "+12025550101\n", "")) {
            rows.add(row("phone number " + shown(number), "phoneNumbers[0]", () -> plan()
                    .staticEndpoint(e -> e.name("sbc").address("203.0.113.10")).phoneNumbers(number).build()));
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostilePlans")
    @DisplayName("30. a plan with hostile input is refused when built, before any request")
    void plan_withHostileInput_isRefusedBeforeAnyRequest(String what, String field, Supplier<ProvisioningPlan> build) {
        h.forgetRequests();

        EstValidationException e = catchThrowableOfType(EstValidationException.class, build::get);

        assertThat(e).as(what).isNotNull();
        assertThat(e.violations()).extracting(FieldViolation::field).contains(field);
        assertThat(e.getMessage()).doesNotContain("\r", "\n", "\u0000");
        assertThat(h.apiRequests()).isEmpty();
    }

    static Stream<Arguments> hostileProvisioners() {
        List<Arguments> rows = new ArrayList<>();
        for (String suffix : HOSTILE_SUFFIXES) {
            rows.add(Arguments.of("sipDomainSuffix " + shown(suffix), "sipDomainSuffix",
                    (Supplier<TrunkProvisioner.Builder>) () -> TrunkProvisioner.builder(NO_API).sipDomainSuffix(suffix)));
        }
        for (int concurrency : new int[] {0, -1, 65, Integer.MAX_VALUE}) {
            rows.add(Arguments.of("bulkConcurrency " + concurrency, "bulkConcurrency",
                    (Supplier<TrunkProvisioner.Builder>) () -> TrunkProvisioner.builder(NO_API).bulkConcurrency(concurrency)));
        }
        for (int attempts : new int[] {0, 11, Integer.MIN_VALUE}) {
            rows.add(Arguments.of("maxModifyAttempts " + attempts, "maxModifyAttempts",
                    (Supplier<TrunkProvisioner.Builder>) () -> TrunkProvisioner.builder(NO_API).maxModifyAttempts(attempts)));
        }
        rows.add(Arguments.of("negative propagationWindow", "propagationWindow",
                (Supplier<TrunkProvisioner.Builder>) () -> TrunkProvisioner.builder(NO_API)
                        .propagationWindow(Duration.ofSeconds(-1))));
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileProvisioners")
    @DisplayName("30. a provisioner with a hostile setting is refused when built, naming the setting")
    void provisioner_withHostileSetting_isRefusedNamingIt(String what, String field,
                                                          Supplier<TrunkProvisioner.Builder> builder) {
        EstValidationException e = catchThrowableOfType(EstValidationException.class, () -> builder.get().build());

        assertThat(e).as(what).isNotNull();
        assertThat(e.violations()).extracting(FieldViolation::field).containsExactly(field);
        assertThat(e.getMessage()).doesNotContain("\r", "\n", "\u0000");
    }

    @Test
    void provisionerBuilder_reportsEveryBrokenSettingAtOnce() {
        EstValidationException e = catchThrowableOfType(EstValidationException.class, () -> TrunkProvisioner
                .builder(NO_API).sipDomainSuffix("pstn.sinch.com\r\n").bulkConcurrency(0).maxModifyAttempts(11)
                .propagationWindow(Duration.ofSeconds(-5)).build());

        assertThat(e.violations()).extracting(FieldViolation::field)
                .containsExactlyInAnyOrder("propagationWindow", "sipDomainSuffix", "bulkConcurrency", "maxModifyAttempts");
    }

    @Test
    void provisionerBuilder_acceptsTheEdgesOfEveryRange() {
        TrunkProvisioner p = TrunkProvisioner.builder(NO_API).sipDomainSuffix("pstn.example-carrier.com")
                .bulkConcurrency(TrunkProvisioner.MAX_BULK_CONCURRENCY).maxModifyAttempts(10)
                .propagationWindow(Duration.ZERO).build();

        assertThat(p.propagationWindow()).isZero();
    }

    private static ProvisioningPlan.Builder plan() {
        return ProvisioningPlan.builder().trunk(t -> t.name("Acme").hostName("acme"));
    }

    private static Arguments row(String what, String field, Supplier<ProvisioningPlan> build) {
        return Arguments.of(what, field, build);
    }

    private static String shown(String value) {
        String v = value.length() > 20 ? value.length() + " characters" : "\"" + value + "\"";
        return v.replace("\r", "\\r").replace("\n", "\\n").replace("\u0000", "\\0");
    }
}
