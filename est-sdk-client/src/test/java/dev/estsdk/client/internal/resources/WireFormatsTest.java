package dev.estsdk.client.internal.resources;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import dev.estsdk.client.internal.EstJson;
import dev.estsdk.client.internal.resources.SipTrunkApi.Trunk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The small wire formats the resources rely on: timestamps, encoding, bodies, file names. */
class WireFormatsTest {

    private static final ObjectMapper JSON = EstJson.create();

    @ParameterizedTest
    @CsvSource({
        "2024-06-06T14:42:42Z, 2024-06-06T14:42:42Z",
        "2024-06-06T14:42:42.820177628Z, 2024-06-06T14:42:42.820177628Z",
        "2024-06-06T16:57:45+0000, 2024-06-06T16:57:45Z",
        "2024-06-06T18:57:45+02:00, 2024-06-06T16:57:45Z",
        "2024-06-06T11:57:45-0500, 2024-06-06T16:57:45Z",
        "2023-09-11T15:37:30, 2023-09-11T15:37:30Z",
        "2023-09-14T08:08:48.264185988, 2023-09-14T08:08:48.264185988Z"
    })
    void timestamps_readEveryObservedForm(String text, String instant) throws Exception {
        Trunk trunk = JSON.readValue("{\"createTime\":\"" + text + "\"}", Trunk.class);

        assertThat(trunk.createTime()).isEqualTo(Instant.parse(instant));
    }

    @Test
    void timestamps_readEmptyAndNullAsAbsent() throws Exception {
        Trunk trunk = JSON.readValue("{\"createTime\":\"\",\"updateTime\":null}", Trunk.class);

        assertThat(trunk.createTime()).isNull();
        assertThat(trunk.updateTime()).isNull();
    }

    @Test
    void timestamps_refuseGarbageAsADecodingError() {
        assertThatThrownBy(() -> JSON.readValue("{\"createTime\":\"yesterday\"}", Trunk.class))
                .isInstanceOf(InvalidFormatException.class).hasMessageContaining("createTime");
    }

    @ParameterizedTest
    @CsvSource({
        "+15552229999, %2B15552229999",
        "100%, 100%25",
        "\u00c5sa, %C3%85sa",
        "a:b@c, a%3Ab%40c",
        "AZaz09-._~, AZaz09-._~"
    })
    void components_keepOnlyUnreservedCharacters(String text, String encoded) {
        assertThat(PathSegments.encodeComponent(text)).isEqualTo(encoded);
    }

    @Test
    void queryParameters_skipUnsetValuesAndEncodeNames() {
        Map<String, String> query = new QueryParameters().add("createTime>", "2021-10-01").add("from", null)
                .add("to", "").addJoined("direction", List.of("INBOUND", "OUTBOUND")).addJoined("x", List.of())
                .toMap();

        assertThat(query).containsExactly(Map.entry("createTime%3E", "2021-10-01"),
                Map.entry("direction", "INBOUND%2COUTBOUND"));
    }

    @Test
    void bodies_createLeavesNullsOutAndReplacementSendsThem() throws Exception {
        assertThat(JSON.writeValueAsString(JsonBody.forCreate().put("a", 1).put("b", null)
                .put("c", List.of(JsonBody.forCreate().put("d", null)))))
                .isEqualTo("{\"a\":1,\"c\":[{}]}");
        JsonBody replacement = JsonBody.forReplacement();
        assertThat(JSON.writeValueAsString(replacement.put("a", 1).put("b", null)
                .put("c", List.of(replacement.nested().put("d", null)))))
                .isEqualTo("{\"a\":1,\"b\":null,\"c\":[{\"d\":null}]}");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "attachment; filename=\"EST_call_records.csv\"|EST_call_records.csv",
        "attachment; filename=plain.csv; size=10|plain.csv",
        "attachment; filename=\"a;b.csv\"|a;b.csv",
        "attachment; filename*=UTF-8''r%C3%A9sum%C3%A9%20v1.csv|résumé v1.csv",
        "attachment; filename=\"../../etc/passwd\"|passwd",
        "attachment; filename=\"C:\\\\temp\\\\x.csv\"|x.csv",
        "attachment; filename=\"..\"|",
        "inline|"
    })
    void fileNames_comeFromContentDispositionWithoutDirectories(String header, String name) {
        assertThat(ContentHeaders.fileName(Map.of("Content-Disposition", List.of(header)))).isEqualTo(name);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "text/csv; charset=ISO-8859-1|ISO-8859-1",
        "application/csv;charset=\"utf-16\"|UTF-16",
        "application/csv|UTF-8",
        "text/csv; charset=no-such-charset|UTF-8"
    })
    void charsets_comeFromContentTypeWithUtf8AsDefault(String contentType, String charset) {
        assertThat(ContentHeaders.charset(Map.of("content-type", List.of(contentType))).name()).isEqualTo(charset);
    }

    @ParameterizedTest
    @ValueSource(strings = {"content-disposition", "CONTENT-DISPOSITION"})
    void fileNames_matchTheHeaderInAnyCase(String headerName) {
        assertThat(ContentHeaders.fileName(Map.of(headerName, List.of("attachment; filename=x.csv")))).isEqualTo("x.csv");
    }
}
