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

    /** The JSR-310 reader first; the zone-less and colon-less forms when it refuses a string. */
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
    }
}
