package dev.estsdk.client.internal.resources;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import dev.estsdk.client.internal.EstJson;
import dev.estsdk.client.internal.resources.SipTrunkApi.Trunk;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.format.DateTimeParseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The positional reading of timestamps agrees with the formatter it stands in for. */
class TimestampDeserializerTest {

    private static final ObjectMapper JSON = EstJson.create();

    @ParameterizedTest
    @ValueSource(strings = {
        "2024-06-06T14:42:42Z",
        "2024-06-06T14:42:42.8Z",
        "2024-06-06T14:42:42.820Z",
        "2024-06-06T14:42:42.820177628Z",
        "2024-06-06T16:57:45+0000",
        "2024-06-06T18:57:45+02:00",
        "2024-06-06T11:57:45-0500",
        "2024-06-06T11:57:45.123456-05:30",
        "2024-06-06T11:57:45-00:00",
        "2024-06-06T11:57:45+18:00",
        "2023-09-11T15:37:30",
        "2023-09-14T08:08:48.264185988",
        "2024-02-29T23:59:59.999999999Z",
        "1969-12-31T23:59:59.5Z",
        "0001-01-01T00:00:00Z",
        "9999-12-31T23:59:59-18:00"
    })
    void positionalForm_givesTheSameInstantAsTheFormatter(String text) {
        assertThat(TimestampDeserializer.parseByPosition(text)).isNotNull()
                .isEqualTo(TimestampDeserializer.parseWithFormatter(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "2023-02-30T10:00:00Z",
        "2024-06-06T14:42Z",
        "+12024-06-06T14:42:42Z",
        "2024-06-06T14:42:42.Z"
    })
    void unusualForm_isLeftToTheFormatterWithTheSameResult(String text) {
        assertThat(TimestampDeserializer.parseByPosition(text)).isNull();
        assertThat(TimestampDeserializer.parse(text)).isEqualTo(TimestampDeserializer.parseWithFormatter(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "yesterday",
        "2024-13-06T14:42:42Z",
        "2024-06-06T24:42:42Z",
        "2024-06-06T14:60:42Z",
        "2024-06-06T14:42:42+02",
        "2024-06-06T14:42:42+19:00",
        "2024-06-06T14:42:42.1234567890Z",
        "2024-06-06T14:42:42Zjunk",
        "2024-06-06T14:42:42+0a:00",
        "2024-06-06 14:42:42Z",
        "2024-06-0xT14:42:42Z"
    })
    void malformedText_failsAsTheFormatterDoes(String text) {
        assertThat(TimestampDeserializer.parseByPosition(text)).isNull();
        assertThatThrownBy(() -> TimestampDeserializer.parse(text)).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> JSON.readValue("{\"createTime\":\"" + text + "\"}", Trunk.class))
                .isInstanceOf(InvalidFormatException.class)
                .hasMessageContaining("createTime")
                .hasMessageContaining("not a timestamp such as 2024-06-06T14:42:42Z");
    }
}
