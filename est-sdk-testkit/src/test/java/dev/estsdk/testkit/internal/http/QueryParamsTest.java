package dev.estsdk.testkit.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueryParamsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "createTime>=2021-10-01",          // literal, as Sinch's Node SDK sends it
        "createTime%3E=2021-10-01",        // key encoded, '=' as separator
        "createTime%3E%3D=2021-10-01",     // operator fully encoded in the key
        "createTime%3E=%3D2021-10-01",     // '>' in the key, '=' encoded into the value
        "createTime>==2021-10-01"          // key 'createTime>' with value '=2021-10-01'
    })
    void rangeOperator_isReadTheSameWayInEveryEncoding(String query) {
        QueryParams q = QueryParams.parse(query + "&size=5");

        assertThat(q.first("createTime>=")).isEqualTo("2021-10-01");
        assertThat(q.first("size")).isEqualTo("5");
    }

    @ParameterizedTest
    @ValueSource(strings = {"createTime<=2021-10-30", "createTime%3C=2021-10-30", "createTime%3C%3D=2021-10-30"})
    void upperBound_isReadTheSameWayInEveryEncoding(String query) {
        assertThat(QueryParams.parse(query).first("createTime<=")).isEqualTo("2021-10-30");
    }

    @ParameterizedTest
    @ValueSource(strings = {"direction=INBOUND,OUTBOUND", "direction=INBOUND&direction=OUTBOUND",
        "direction=INBOUND%2COUTBOUND"})
    void lists_acceptCommaSeparatedAndRepeatedValues(String query) {
        assertThat(QueryParams.parse(query).list("direction")).containsExactly("INBOUND", "OUTBOUND");
    }
}
