package dev.estsdk.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Full-jitter backoff bounds and the two forms of {@code Retry-After}. */
class BackoffTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void fullJitter_staysWithinTheExponentialCeilingAndTheCap() {
        Duration base = Duration.ofMillis(100);
        Duration cap = Duration.ofSeconds(20);
        for (int retry = 1; retry <= 12; retry++) {
            long ceiling = Math.min(cap.toMillis(), 100L << (retry - 1));
            for (int i = 0; i < 200; i++) {
                assertThat(Pipeline.fullJitter(base, cap, retry))
                        .isBetween(Duration.ZERO, Duration.ofMillis(ceiling));
            }
        }
    }

    @Test
    void fullJitter_ofDelaysBeyondWhatNanosecondsHold_saturatesInsteadOfOverflowing() {
        Duration huge = Duration.ofSeconds(Long.MAX_VALUE);
        for (int retry = 1; retry <= 10; retry++) {
            assertThat(Pipeline.fullJitter(huge, huge, retry)).isBetween(Duration.ZERO, Duration.ofNanos(Long.MAX_VALUE));
            assertThat(Pipeline.fullJitter(Duration.ofDays(365_000), Duration.ofDays(365_000), retry))
                    .isGreaterThanOrEqualTo(Duration.ZERO);

        }
    }

    @Test
    void fullJitter_ofAZeroBase_isZero() {
        assertThat(Pipeline.fullJitter(Duration.ZERO, Duration.ZERO, 3)).isZero();
    }

    @Test
    void retryAfter_readsSecondsAndHttpDates() {
        assertThat(RetryAfter.parse("2", NOW)).contains(Duration.ofSeconds(2));
        assertThat(RetryAfter.parse(" 120 ", NOW)).contains(Duration.ofSeconds(120));
        assertThat(RetryAfter.parse("Mon, 23 Nov 2026 10:00:30 GMT", NOW)).contains(Duration.ofSeconds(30));
        assertThat(RetryAfter.parse("Mon, 23 Nov 2026 09:00:00 GMT", NOW)).as("a past date").contains(Duration.ZERO);
    }

    @Test
    void retryAfter_ignoresWhatItCannotRead_andBoundsHugeValues() {
        assertThat(RetryAfter.parse(null, NOW)).isEmpty();
        assertThat(RetryAfter.parse("soon", NOW)).isEmpty();
        assertThat(RetryAfter.parse("-5", NOW)).isEmpty();
        assertThat(RetryAfter.parse("99999999999999999999", NOW)).contains(Duration.ofDays(1));
    }
}
