package dev.estsdk.client.internal.resources;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * Reads the timestamp forms EST is known to send: {@code 2024-06-06T14:42:42Z}, with up to nine
 * fraction digits, with an offset written {@code +00:00} or {@code +0000}, and without any zone
 * ({@code 2023-09-11T15:37:30}, read as UTC). {@code null} and {@code ""} read as absent.
 */
final class TimestampDeserializer extends StdScalarDeserializer<Instant> {

    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter FORMAT = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter(Locale.ROOT);

    TimestampDeserializer() {
        super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            return (Instant) context.handleUnexpectedToken(Instant.class, parser);
        }
        String text = parser.getText().strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return parse(text);
        } catch (DateTimeParseException e) {
            return (Instant) context.handleWeirdStringValue(Instant.class, text,
                    "not a timestamp such as 2024-06-06T14:42:42Z");
        }
    }

    @Override
    public Instant getNullValue(DeserializationContext context) {
        return null;
    }

    static Instant parse(String text) {
        Instant fast = parseByPosition(text);
        return fast != null ? fast : parseWithFormatter(text);
    }

    /**
     * Reads the forms of the class comment by position, without a formatter: {@code yyyy-MM-ddTHH:mm:ss},
     * an optional {@code .} with one to nine digits, then {@code Z}, {@code ±HH:MM}, {@code ±HHMM} or
     * nothing (UTC).
     *
     * @return the instant, or null when the text is not exactly one of those forms or a field is out
     *         of range, so that the formatter decides and reports
     */
    static Instant parseByPosition(String text) {
        int length = text.length();
        if (length < 19 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        if ((year | month | day | hour | minute | second) < 0 || month < 1 || month > 12 || day < 1
                || day > 28 && day > YearMonth.of(year, month).lengthOfMonth() || hour > 23 || minute > 59
                || second > 59) {
            return null;
        }
        int position = 19;
        int nanos = 0;
        if (position < length && text.charAt(position) == '.') {
            int start = ++position;
            while (position < length && position - start < 10 && isDigit(text.charAt(position))) {
                nanos = nanos * 10 + text.charAt(position) - '0';
                position++;
            }
            int count = position - start;
            if (count < 1 || count > 9) {
                return null;
            }
            for (int i = count; i < 9; i++) {
                nanos *= 10;
            }
        }
        int offsetSeconds = 0;
        if (position < length) {
            char sign = text.charAt(position);
            if (sign == 'Z' && position + 1 == length) {
                offsetSeconds = 0;
            } else if (sign == '+' || sign == '-') {
                int hours;
                int minutes;
                if (length - position == 6 && text.charAt(position + 3) == ':') {
                    hours = digits(text, position + 1, 2);
                    minutes = digits(text, position + 4, 2);
                } else if (length - position == 5) {
                    hours = digits(text, position + 1, 2);
                    minutes = digits(text, position + 3, 2);
                } else {
                    return null;
                }
                if (hours < 0 || minutes < 0 || hours > 18 || minutes > 59 || hours == 18 && minutes > 0) {
                    return null;
                }
                offsetSeconds = (sign == '-' ? -1 : 1) * (hours * 3600 + minutes * 60);
            } else {
                return null;
            }
        }
        long epochDay = LocalDate.of(year, month, day).toEpochDay();
        long seconds = epochDay * 86_400L + hour * 3600L + minute * 60L + second - offsetSeconds;
        return Instant.ofEpochSecond(seconds, nanos);
    }

    /** The decimal number of {@code count} ASCII digits at {@code start}, or -1 if one is not a digit. */
    private static int digits(String text, int start, int count) {
        int value = 0;
        for (int i = start; i < start + count; i++) {
            char c = text.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + c - '0';
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static Instant parseWithFormatter(String text) {
        TemporalAccessor parsed = FORMAT.parseBest(text, OffsetDateTime::from, LocalDateTime::from);
        return parsed instanceof OffsetDateTime offset
                ? offset.toInstant()
                : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
    }
}
