package dev.estsdk.benchmarks.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SteadyStateTest {

    @Test
    void drift_comparesTheMeanOfTheFirstTwoIterationsWithTheLastTwo() {
        assertThat(SteadyState.drift(List.of(968.0, 678.0, 457.0, 450.0, 412.0))).isCloseTo(823.0 / 431.0 - 1, within(1e-9));
    }

    @Test
    void aMeasurementThatKeepsGettingFaster_isStillWarmingUp() {
        List<Double> warming = List.of(968.0, 678.0, 457.0, 450.0, 412.0);

        assertThat(SteadyState.steady(warming)).isFalse();
        assertThat(SteadyState.row("SDK", warming, "ms/op")).contains("still getting faster").contains("+91%");
    }

    @Test
    void noisyButFlatIterations_areSteady() {
        List<Double> flat = List.of(474.0, 492.0, 452.0, 443.0, 470.0);

        assertThat(SteadyState.steady(flat)).isTrue();
        assertThat(SteadyState.row("raw", flat, "us/op")).contains("| steady |").contains("474, 492, 452, 443, 470 us/op");
    }

    @Test
    void iterationsThatGetSlower_areNotWarmUp_butAreNamedAsDisturbed() {
        List<Double> slower = List.of(400.0, 410.0, 480.0, 600.0);

        assertThat(SteadyState.steady(slower)).isTrue();
        assertThat(SteadyState.row("raw", slower, "us/op")).contains("getting slower");
    }

    @Test
    void scoresBelowTen_keepTwoDecimals() {
        assertThat(SteadyState.row("SDK", List.of(1.234, 1.2, 1.25, 1.2), "ms/op")).contains("1.23, 1.20, 1.25, 1.20 ms/op");
    }

    @Test
    void fewerThanFourIterations_cannotBeJudged() {
        List<Double> quick = List.of(500.0, 400.0, 300.0);

        assertThat(SteadyState.drift(quick)).isNaN();
        assertThat(SteadyState.steady(quick)).isFalse();
        assertThat(SteadyState.row("SDK", quick, "us/op")).contains("too few iterations to judge");
    }
}
