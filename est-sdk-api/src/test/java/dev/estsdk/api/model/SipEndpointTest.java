package dev.estsdk.api.model;

import dev.estsdk.api.exception.FieldViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static dev.estsdk.api.model.BuildFailures.failureOf;
import static dev.estsdk.api.model.BuildFailures.fieldsOf;
import static dev.estsdk.api.model.BuildFailures.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class SipEndpointTest {

    private static final Instant CREATED = Instant.parse("2024-06-06T14:42:42Z");

    private static CreateStaticEndpointRequest.Builder validStatic() {
        return CreateStaticEndpointRequest.builder().name("sbc-1").address("203.0.113.10");
    }

    private static CreateRegisteredEndpointRequest.Builder validRegistered() {
        return CreateRegisteredEndpointRequest.builder().name("desk-1").credentialUsername("alice");
    }

    @Test
    void staticBuild_whenOnlyNameAndAddress_usesServerDefaults() {
        CreateStaticEndpointRequest endpoint = validStatic().build();

        assertThat(endpoint.port()).isEqualTo(5060);
        assertThat(endpoint.transport()).isSameAs(Transport.UDP);
        assertThat(endpoint.priority()).isEqualTo(1);
        assertThat(endpoint.enabled()).isTrue();
    }

    @Test
    void registeredBuild_whenOnlyNameAndUsername_usesServerDefaults() {
        CreateRegisteredEndpointRequest endpoint = validRegistered().build();

        assertThat(endpoint.transport()).isSameAs(Transport.UDP);
        assertThat(endpoint.priority()).isEqualTo(1);
        assertThat(endpoint.enabled()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 65536, -1})
    void staticBuild_whenPortOutOfRange_failsNamingFieldAndRule(int port) {
        assertThat(violationsOf(() -> validStatic().port(port).build())).containsExactly(
                new FieldViolation("port", "must be between 1 and 65535 (was " + port + ")"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 5061, 65535})
    void staticBuild_whenPortInRange_succeeds(int port) {
        assertThat(validStatic().port(port).build().port()).isEqualTo(port);
    }

    @Test
    void staticBuild_whenPriorityZero_failsNamingFieldAndRule() {
        assertThat(violationsOf(() -> validStatic().priority(0).build()))
                .containsExactly(new FieldViolation("priority", "must be at least 1 (was 0)"));
    }

    @Test
    void registeredBuild_whenPriorityZero_failsNamingFieldAndRule() {
        assertThat(violationsOf(() -> validRegistered().priority(0).build()))
                .containsExactly(new FieldViolation("priority", "must be at least 1 (was 0)"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"256.1.1.1", "203.0.113", "203.0.113.010", "1.2.3.4.5", "sbc_1.example.com",
                            "-sbc.example.com", "sbc..example.com", "203.0.113.10:5060"})
    void staticBuild_whenAddressIsNeitherIpv4NorHostName_failsOnAddress(String address) {
        assertThat(failureOf(() -> validStatic().address(address).build()))
                .hasMessageContaining("address: must be an IPv4 address or a host name (was \"" + address + "\")");
    }

    @ParameterizedTest
    @ValueSource(strings = {"203.0.113.10", "0.0.0.0", "255.255.255.255", "sbc.example.com", "pbx-1", "sip.acme.io"})
    void staticBuild_whenAddressIsIpv4OrHostName_succeeds(String address) {
        assertThat(validStatic().address(address).build().address()).isEqualTo(address);
    }

    @Test
    void staticBuild_whenEverythingMissing_reportsEveryRule() {
        assertThat(fieldsOf(() -> CreateStaticEndpointRequest.builder().port(0).transport(null).priority(0).build()))
                .containsExactly("name", "transport", "priority", "address", "port");
    }

    @Test
    void registeredBuild_whenUsernameBlankAndTransportNull_reportsBoth() {
        assertThat(violationsOf(() -> validRegistered().credentialUsername(" ").transport(null).build()))
                .containsExactly(new FieldViolation("transport", "is required"),
                                 new FieldViolation("credentialUsername", "must not be blank"));
    }

    @Test
    void registeredBuild_whenUsernameMissing_failsNamingIt() {
        assertThat(violationsOf(() -> CreateRegisteredEndpointRequest.builder().name("desk").build()))
                .containsExactly(new FieldViolation("credentialUsername", "is required"));
    }

    @Test
    void createSipEndpointRequest_exposesCommonAccessorsForBothKinds() {
        CreateSipEndpointRequest staticOne = validStatic().priority(2).transport(Transport.TLS).build();
        CreateSipEndpointRequest registered = validRegistered().enabled(false).build();

        assertThat(staticOne.priority()).isEqualTo(2);
        assertThat(staticOne.transport()).isEqualTo(Transport.TLS);
        assertThat(registered.enabled()).isFalse();
        assertThat(registered).isInstanceOf(CreateRegisteredEndpointRequest.class);
    }

    @Test
    void staticToUpdate_carriesTheIdsAndEveryWritableValue() {
        StaticEndpoint fetched = new StaticEndpoint("01E", "01T", "sbc-1", "sbc.example.com", 5061, Transport.TLS, 3,
                false, CREATED, null, "p");

        assertThat(fetched.toUpdate().build()).isEqualTo(new UpdateStaticEndpointRequest("01T", "01E", "sbc-1",
                "sbc.example.com", 5061, Transport.TLS, 3, false));
    }

    @Test
    void registeredToUpdate_carriesTheIdsAndEveryWritableValue() {
        RegisteredEndpoint fetched = new RegisteredEndpoint("01E", "01T", "desk-1", "alice", Transport.TCP, 2, true,
                CREATED, CREATED, "p");

        assertThat(fetched.toUpdate().priority(4).build()).isEqualTo(new UpdateRegisteredEndpointRequest("01T",
                "01E", "desk-1", "alice", Transport.TCP, 4, true));
    }

    @Test
    void output_thatBreaksTheInputRules_isStillRepresented() {
        assertThatCode(() -> new StaticEndpoint("01E", "01T", "n".repeat(10_000), "not an address", 0, null, 0,
                true, null, null, null)).doesNotThrowAnyException();
    }

    @Test
    void toUpdate_ofAnOutputThatBreaksTheRules_refusesOnBuild() {
        StaticEndpoint old = new StaticEndpoint("01E", "01T", "sbc", "203.0.113.10", 0, Transport.UDP, 1, true,
                null, null, null);

        assertThat(fieldsOf(() -> old.toUpdate().build())).containsExactly("port");
    }

    @Test
    void updateBuilder_withoutName_startsFromTheServerDefaults() {
        UpdateStaticEndpointRequest request = UpdateStaticEndpointRequest.builder("01T", "01E").name("sbc")
                .address("203.0.113.10").build();

        assertThat(request.port()).isEqualTo(5060);
        assertThat(request.transport()).isSameAs(Transport.UDP);
        assertThat(request.priority()).isEqualTo(1);
        assertThat(request.enabled()).isTrue();
    }

    @Test
    void replacing_givesAnUpdateOfTheSameKindWithTheWantedFields() {
        assertThat(UpdateSipEndpointRequest.replacing("01T", "01E", validStatic().port(5080).build()))
                .isEqualTo(new UpdateStaticEndpointRequest("01T", "01E", "sbc-1", "203.0.113.10", 5080,
                        Transport.UDP, 1, true));
        assertThat(UpdateSipEndpointRequest.replacing("01T", "01E", validRegistered().build()))
                .isEqualTo(new UpdateRegisteredEndpointRequest("01T", "01E", "desk-1", "alice", Transport.UDP, 1,
                        true));
    }

    @Test
    void replacing_withBadIds_namesBoth() {
        assertThat(fieldsOf(() -> UpdateSipEndpointRequest.replacing("../x", " ", validStatic().build())))
                .containsExactly("trunkId", "endpointId");
    }
}
