package dev.estsdk.core.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads a {@code Retry-After} header: delay seconds or an HTTP date (RFC 9110 §10.2.3). */
public final class RetryAfter {

    /** Anything longer is treated as this, so that arithmetic on the value cannot overflow. */
    private static final Duration CEILING = Duration.ofDays(1);

    private RetryAfter() {
    }

    /**
     * Parses the header value.
     *
     * @param value the header, or null
     * @param now   the current time, for the date form
     * @return the wait (zero for a date in the past), or empty when absent or unreadable
     */
    public static Optional<Duration> parse(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String text = value.trim();
        if (text.chars().allMatch(Character::isDigit)) {
            if (text.length() > 9) {
                return Optional.of(CEILING);
            }
            return Optional.of(min(Duration.ofSeconds(Long.parseLong(text))));
        }
        try {
            Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(now, at);
            return Optional.of(wait.isNegative() ? Duration.ZERO : min(wait));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Duration min(Duration wait) {
        return wait.compareTo(CEILING) > 0 ? CEILING : wait;
    }
}
