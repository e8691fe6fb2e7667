package dev.estsdk.client.internal.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import dev.estsdk.client.internal.EstJson;
import dev.estsdk.client.internal.resources.SipTrunkApi.Trunk;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every timestamp form EST sends reads as the instant it means; anything else names the field. */
class TimestampFormsTest {

    private static final ObjectMapper JSON = EstJson.create();

    private static Instant createTime(String text) throws Exception {
        return JSON.readValue("{\"createTime\":\"" + text + "\"}", Trunk.class).createTime();
    }

    @ParameterizedTest
    @CsvSource({
        "2024-06-06T14:42:42Z, 2024-06-06T14:42:42Z",
        "2024-06-06T14:42:42.8Z, 2024-06-06T14:42:42.800Z",
        "2024-06-06T14:42:42.820177628Z, 2024-06-06T14:42:42.820177628Z",
        "2024-06-06T16:57:45+0000, 2024-06-06T16:57:45Z",
        "2024-06-06T18:57:45+02:00, 2024-06-06T16:57:45Z",
        "2024-06-06T11:57:45-0500, 2024-06-06T16:57:45Z",
        "2024-06-06T11:57:45.123456-05:30, 2024-06-06T17:27:45.123456Z",
        "2023-09-11T15:37:30, 2023-09-11T15:37:30Z",
        "2023-09-14T08:08:48.264185988, 2023-09-14T08:08:48.264185988Z",
        "0001-01-01T00:00:00Z, 0001-01-01T00:00:00Z"
    })
    void knownForms_readAsTheirInstant(String text, String expected) throws Exception {
        assertThat(createTime(text)).isEqualTo(Instant.parse(expected));
    }

    @Test
    void randomTimestamps_inEveryOffsetAndFractionForm_readAsTheirInstant() throws Exception {
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < 2_000; i++) {
            int offsetMinutes = (random.nextInt(37) - 18) * 60 + (random.nextBoolean() ? 30 : 0);
            if (Math.abs(offsetMinutes) > 18 * 60) {
                offsetMinutes = 0;
            }
            java.time.ZoneOffset offset = java.time.ZoneOffset.ofTotalSeconds(offsetMinutes * 60);
            java.time.LocalDateTime local = java.time.LocalDateTime.ofEpochSecond(random.nextInt(2_000_000_000), 0,
                    java.time.ZoneOffset.UTC);
            int digits = random.nextInt(10);
            int fractionValue = digits == 0 ? 0 : random.nextInt((int) Math.pow(10, digits));
            String fraction = digits == 0 ? "" : "." + String.format("%0" + digits + "d", fractionValue);
            int nanos = digits == 0 ? 0 : fractionValue * (int) Math.pow(10, 9 - digits);
            String sign = offsetMinutes < 0 ? "-" : "+";
            String hh = String.format("%02d", Math.abs(offsetMinutes) / 60);
            String mm = String.format("%02d", Math.abs(offsetMinutes) % 60);
            int form = random.nextInt(4);
            String zone = switch (form) {
                case 0 -> offsetMinutes == 0 ? "Z" : sign + hh + ":" + mm;
                case 1 -> sign + hh + ":" + mm;
                case 2 -> sign + hh + mm;
                default -> "";
            };
            String text = String.format("%04d-%02d-%02dT%02d:%02d:%02d", local.getYear(), local.getMonthValue(),
                    local.getDayOfMonth(), local.getHour(), local.getMinute(), local.getSecond()) + fraction + zone;
            Instant expected = local.withNano(nanos).toInstant(form == 3 ? java.time.ZoneOffset.UTC : offset);

            assertThat(createTime(text)).as(text).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void emptyText_readsAsAbsent(String text) throws Exception {
        assertThat(createTime(text)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2024-13-06T14:42:42Z", "2024-06-06T24:42:42Z", "2024-06-06 14:42:42Z",
        "2024-06-06T14:42:42+02", "2024-06-06T14:42:42Zjunk"})
    void malformedText_failsNamingTheField(String text) {
        assertThatThrownBy(() -> createTime(text)).isInstanceOf(InvalidFormatException.class)
                .hasMessageContaining("createTime")
                .hasMessageContaining("not a timestamp such as 2024-06-06T14:42:42Z");
    }
}
