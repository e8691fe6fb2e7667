package dev.estsdk.client.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one JSON configuration of the client, shared by the Feign codec and the tests.
 *
 * <p>Reading is tolerant, because the service adds fields and omits empty ones: unknown
 * properties are ignored, an empty string where an object is expected reads as {@code null},
 * decimals stay {@link java.math.BigDecimal} (money is never a double). Writing omits
 * {@code null} fields and writes instants as ISO-8601 text.
 *
 * <p>Timestamps: {@link JavaTimeModule} reads ISO-8601 instants with any fraction; the one form
 * EST also sends that it refuses, a timestamp without zone ({@code 2023-09-11T15:37:30}), or with
 * an offset written {@code +0000}, is read by one fallback, as UTC when no offset is given.
 */
public final class EstJson {

    private EstJson() {
    }

    /**
     * Creates a mapper with the client's settings. Mappers are thread-safe once configured; the
     * client creates one and shares it.
     *
     * @return a new mapper
     */
    public static ObjectMapper create() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(new SimpleModule("est-timestamps").addDeserializer(Instant.class, new Timestamps()))
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .disable(MapperFeature.DEFAULT_VIEW_INCLUSION)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                        JsonInclude.Include.USE_DEFAULTS))
                .build();
    }

    /**
     * Timestamps read by position in the form EST sends on nearly every model,
     * {@code 2024-06-06T14:42:42[.fraction](Z|+hh:mm|+hhmm)?}, without a formatter (a formatter
     * costs several times the whole rest of decoding a trunk); everything else goes to the
     * JSR-310 reader, then to one lenient formatter for the zone-less and colon-less forms.
     */
    private static final class Timestamps extends StdScalarDeserializer<Instant> {

        private static final long serialVersionUID = 1L;

        private static final DateTimeFormatter LENIENT = new DateTimeFormatterBuilder()
                .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
                .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
                .toFormatter(Locale.ROOT);

        Timestamps() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return InstantDeserializer.INSTANT.deserialize(parser, context);
            }
            String text = parser.getText().strip();
            if (text.isEmpty()) {
                return null;
            }
            Instant fast = byPosition(text);
            if (fast != null) {
                return fast;
            }
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException notInstant) {
                try {
                    TemporalAccessor parsed = LENIENT.parseBest(text, OffsetDateTime::from, LocalDateTime::from);
                    return parsed instanceof OffsetDateTime offset ? offset.toInstant()
                            : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException e) {
                    return (Instant) context.handleWeirdStringValue(Instant.class, text,
                            "not a timestamp such as 2024-06-06T14:42:42Z");
                }
            }
        }

        /**
         * Reads {@code yyyy-MM-ddTHH:mm:ss}, an optional fraction of 1 to 9 digits and an optional
         * {@code Z}, {@code ±hh:mm} or {@code ±hhmm}; a missing zone is UTC.
         *
         * @return the instant, or null when the text is in another form or out of range
         */
        static Instant byPosition(String t) {
            int n = t.length();
            if (n < 19 || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != 'T' || t.charAt(13) != ':'
                    || t.charAt(16) != ':') {
                return null;
            }
            int year = digits(t, 0, 4);
            int month = digits(t, 5, 2);
            int day = digits(t, 8, 2);
            int hour = digits(t, 11, 2);
            int minute = digits(t, 14, 2);
            int second = digits(t, 17, 2);
            if ((year | month | day | hour | minute | second) < 0) {
                return null;
            }
            int i = 19;
            int nanos = 0;
            if (i < n && t.charAt(i) == '.') {
                int start = ++i;
                while (i < n && i - start < 10 && Character.isDigit(t.charAt(i))) {
                    nanos = nanos * 10 + (t.charAt(i) - '0');
                    i++;
                }
                int count = i - start;
                if (count == 0 || count > 9) {
                    return null;
                }
                for (int k = count; k < 9; k++) {
                    nanos *= 10;
                }
            }
            int offsetSeconds = 0;
            if (i < n) {
                char zone = t.charAt(i);
                if (zone == 'Z' && i + 1 == n) {
                    i++;
                } else if (zone == '+' || zone == '-') {
                    int hours = digits(t, i + 1, 2);
                    int colon = i + 3 < n && t.charAt(i + 3) == ':' ? 1 : 0;
                    int minutes = digits(t, i + 3 + colon, 2);
                    if (hours < 0 || minutes < 0 || hours > 18 || minutes > 59 || i + 5 + colon != n) {
                        return null;
                    }
                    offsetSeconds = (zone == '-' ? -1 : 1) * (hours * 3600 + minutes * 60);
                    i = n;
                } else {
                    return null;
                }
            }
            if (i != n) {
                return null;
            }
            try {
                return LocalDateTime.of(year, month, day, hour, minute, second, nanos)
                        .toInstant(ZoneOffset.ofTotalSeconds(offsetSeconds));
            } catch (java.time.DateTimeException outOfRange) {
                return null;
            }
        }

        /** The value of {@code length} ASCII digits at {@code from}, or -1. */
        private static int digits(String t, int from, int length) {
            if (from + length > t.length()) {
                return -1;
            }
            int value = 0;
            for (int k = from; k < from + length; k++) {
                char c = t.charAt(k);
                if (c < '0' || c > '9') {
                    return -1;
                }
                value = value * 10 + (c - '0');
            }
            return value;
        }
    }
}
