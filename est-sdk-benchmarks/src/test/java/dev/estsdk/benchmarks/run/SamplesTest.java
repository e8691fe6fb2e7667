package dev.estsdk.benchmarks.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SamplesTest {

    @Test
    void median_ofAnOddCount_isTheMiddleSample() {
        assertThat(Samples.median(List.of(900L, 300L, 500L))).isEqualTo(500);
    }

    @Test
    void median_ofAnEvenCount_isTheMeanOfTheTwoMiddleSamples() {
        assertThat(Samples.median(List.of(400L, 100L, 300L, 200L))).isEqualTo(250);
    }
}
