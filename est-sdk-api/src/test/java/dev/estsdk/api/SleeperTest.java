package dev.estsdk.api;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SleeperTest {

    @Test
    void system_sleepsAtLeastTheDuration() throws InterruptedException {
        long start = System.nanoTime();

        Sleeper.system().sleep(Duration.ofMillis(20));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(20));
    }

    @Test
    void system_whenZeroOrNegative_returnsAtOnce() throws InterruptedException {
        long start = System.nanoTime();

        Sleeper.system().sleep(Duration.ZERO);
        Sleeper.system().sleep(Duration.ofSeconds(-5));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void system_whenInterrupted_throwsInterruptedException() {
        Thread.currentThread().interrupt();

        assertThatThrownBy(() -> Sleeper.system().sleep(Duration.ofSeconds(10)))
                .isInstanceOf(InterruptedException.class);
        assertThat(Thread.interrupted()).isFalse();
    }

    @Test
    void system_whenNull_refuses() {
        assertThatNullPointerException().isThrownBy(() -> Sleeper.system().sleep(null));
    }

    @Test
    void sleeper_isALambdaSeamForVirtualTime() throws InterruptedException {
        List<Duration> waits = new ArrayList<>();
        Sleeper recording = waits::add;

        recording.sleep(Duration.ofSeconds(60));

        assertThat(waits).containsExactly(Duration.ofSeconds(60));
        assertThat(Sleeper.system()).isSameAs(Sleeper.system()).hasToString("Sleeper.system()");
    }
}
