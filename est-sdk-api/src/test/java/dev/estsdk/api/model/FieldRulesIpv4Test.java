package dev.estsdk.api.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FieldRulesIpv4Test {

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "203.0.113.10", "255.255.255.255", "10.0.0.1"})
    void ipv4_acceptsDottedQuads(String value) {
        assertThat(FieldRules.ipv4(value)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"203.0.113", "203.0.113.256", "203.0.113.010", "2001:db8::1", "203.0.113.0/24", "host.example",
            "203.0.113.1 ", "", "1.2.3.4.5"})
    void ipv4_refusesAnythingElse_echoingTheValue(String value) {
        assertThat(FieldRules.ipv4(value)).hasValueSatisfying(rule -> assertThat(rule)
                .startsWith("must be a dotted-quad IPv4 address").contains("(was \"" + value + "\")"));
    }

    @org.junit.jupiter.api.Test
    void ipv4_null_isRequired() {
        assertThat(FieldRules.ipv4(null)).hasValue("is required");
    }
}
