package dev.estsdk.api.model;

import dev.estsdk.api.exception.FieldViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.estsdk.api.model.BuildFailures.failureOf;
import static dev.estsdk.api.model.BuildFailures.fieldsOf;
import static dev.estsdk.api.model.BuildFailures.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;

class SipEndpointTest {

    private static StaticEndpoint.Builder validStatic() {
        return StaticEndpoint.builder().name("sbc-1").address("203.0.113.10");
    }

    private static RegisteredEndpoint.Builder validRegistered() {
        return RegisteredEndpoint.builder().name("desk-1").credentialUsername("alice");
    }

    @Test
    void staticBuild_whenOnlyNameAndAddress_usesServerDefaults() {
        StaticEndpoint endpoint = validStatic().build();

        assertThat(endpoint.port()).isEqualTo(5060);
        assertThat(endpoint.transport()).isSameAs(Transport.UDP);
        assertThat(endpoint.priority()).isEqualTo(1);
        assertThat(endpoint.enabled()).isTrue();
    }

    @Test
    void registeredBuild_whenOnlyNameAndUsername_usesServerDefaults() {
        RegisteredEndpoint endpoint = validRegistered().build();

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
        assertThat(fieldsOf(() -> StaticEndpoint.builder().port(0).transport(null).priority(0).build()))
                .containsExactly("name", "transport", "priority", "address", "port");
    }

    @Test
    void registeredBuild_whenUsernameBlankAndTransportNull_reportsBoth() {
        assertThat(violationsOf(() -> validRegistered().credentialUsername(" ").transport(null).build()))
                .containsExactly(new FieldViolation("transport", "is required"),
                                 new FieldViolation("credentialUsername", "must not be blank"));
    }

    @Test
    void sipEndpoint_exposesCommonAccessorsForBothKinds() {
        SipEndpoint staticOne = validStatic().priority(2).transport(Transport.TLS).build();
        SipEndpoint registered = validRegistered().enabled(false).build();

        assertThat(staticOne.priority()).isEqualTo(2);
        assertThat(staticOne.transport()).isEqualTo(Transport.TLS);
        assertThat(registered.enabled()).isFalse();
        assertThat(registered).isInstanceOf(RegisteredEndpoint.class);
    }
}
