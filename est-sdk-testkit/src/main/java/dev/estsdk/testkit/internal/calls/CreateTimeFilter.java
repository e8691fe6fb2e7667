package dev.estsdk.testkit.internal.calls;

import dev.estsdk.testkit.internal.http.ApiException;
import dev.estsdk.testkit.internal.http.QueryParams;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The {@code createTime} filter of the call operations, as a half-open window
 * {@code [from, to)}.
 * <ul>
 *   <li>{@code createTime=2021-02-01} / {@code 2021-02} / {@code 2021-02-01T14} (also a year, a
 *       minute or a full timestamp): the whole period named;</li>
 *   <li>{@code createTime>=X}: from the start of X; {@code createTime<=X}: to the end of X
 *       (so {@code <=2021-10-30} includes that day), however the operator was encoded
 *       (see {@link QueryParams});</li>
 *   <li>no filter: the last 24 hours before now.</li>
 * </ul>
 * Times are UTC.
 *
 * @param from inclusive lower bound, null for none
 * @param to exclusive upper bound, null for none
 */
public record CreateTimeFilter(Instant from, Instant to) {

    private static final DateTimeFormatter OFFSET_NO_COLON = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ");

    private record Period(Instant start, Instant end) {
    }

    /**
     * @param query the query parameters
     * @param now the simulator's current time
     * @return the window
     * @throws ApiException 400 when a value cannot be read or exact and range forms are mixed
     */
    public static CreateTimeFilter from(QueryParams query, Instant now) {
        String exact = query.first("createTime");
        String ge = query.first("createTime>=");
        String le = query.first("createTime<=");
        boolean range = ge != null || le != null;
        if (exact != null && range) {
            throw ApiException.badRequest("createTime: give either an exact period or a range, not both");
        }
        if (exact != null) {
            Period p = period(exact);
            return new CreateTimeFilter(p.start(), p.end());
        }
        if (!range) {
            return new CreateTimeFilter(now.minus(Duration.ofHours(24)), now.plusNanos(1));
        }
        return new CreateTimeFilter(ge == null ? null : period(ge).start(), le == null ? null : period(le).end());
    }

    /**
     * @param time a call's create time
     * @return whether it lies in the window
     */
    public boolean contains(Instant time) {
        return (from == null || !time.isBefore(from)) && (to == null || time.isBefore(to));
    }

    private static Period period(String text) {
        String s = text.trim();
        try {
            switch (s.length()) {
                case 4 -> {
                    Instant start = Year.parse(s).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
                    return new Period(start, Year.parse(s).plusYears(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC));
                }
                case 7 -> {
                    YearMonth m = YearMonth.parse(s);
                    return new Period(m.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC),
                            m.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC));
                }
                case 10 -> {
                    LocalDate d = LocalDate.parse(s);
                    return new Period(d.atStartOfDay().toInstant(ZoneOffset.UTC),
                            d.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
                }
                case 13 -> {
                    LocalDateTime h = LocalDateTime.parse(s + ":00");
                    return new Period(h.toInstant(ZoneOffset.UTC), h.plusHours(1).toInstant(ZoneOffset.UTC));
                }
                case 16 -> {
                    LocalDateTime m = LocalDateTime.parse(s);
                    return new Period(m.toInstant(ZoneOffset.UTC), m.plusMinutes(1).toInstant(ZoneOffset.UTC));
                }
                default -> {
                    Instant t = instant(s);
                    return new Period(t, t.plusNanos(1));
                }
            }
        } catch (DateTimeParseException e) {
            throw new ApiException(400, "VALIDATION_FAILED", "createTime: cannot read '" + text
                    + "'; use 2021-02-01, 2021-02, 2021-02-01T14 or 2021-02-01T14:30:00Z",
                    List.of(new ApiException.FieldViolation("createTime", "unreadable date or time")));
        }
    }

    private static Instant instant(String s) {
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(s, OFFSET_NO_COLON).toInstant();
            } catch (DateTimeParseException e2) {
                return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
            }
        }
    }
}
