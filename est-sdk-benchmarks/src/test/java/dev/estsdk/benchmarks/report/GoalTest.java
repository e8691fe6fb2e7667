package dev.estsdk.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estsdk.benchmarks.report.Goal.Verdict;
import org.junit.jupiter.api.Test;

class GoalTest {

    @Test
    void atMost_passesAtTheLimit_andMissesAboveIt() {
        Goal goal = Goal.atMost(1.15);

        assertThat(goal.judge(1.15)).isEqualTo(Verdict.PASS);
        assertThat(goal.judge(0.8)).isEqualTo(Verdict.PASS);
        assertThat(goal.judge(1.151)).isEqualTo(Verdict.MISS);
    }

    @Test
    void atLeast_passesAtTheLimit_andMissesBelowIt() {
        Goal goal = Goal.atLeast(10);

        assertThat(goal.judge(10)).isEqualTo(Verdict.PASS);
        assertThat(goal.judge(9.99)).isEqualTo(Verdict.MISS);
    }

    @Test
    void equalTo_passesOnlyOnTheValue() {
        Goal goal = Goal.equalTo(1);

        assertThat(goal.judge(1)).isEqualTo(Verdict.PASS);
        assertThat(goal.judge(2)).isEqualTo(Verdict.MISS);
    }

    @Test
    void judge_whenRatioIsNotANumber_misses() {
        assertThat(Goal.atMost(1.2).judge(Double.NaN)).isEqualTo(Verdict.MISS);
    }

    @Test
    void info_isNeverJudged() {
        assertThat(Goal.info().judge(Double.NaN)).isEqualTo(Verdict.INFO);
        assertThat(Goal.info()).hasToString("-");
    }

    @Test
    void toString_printsComparisonLimitAndUnit() {
        assertThat(Goal.atMost(1.15)).hasToString("<= 1.15");
        assertThat(Goal.atLeast(10)).hasToString(">= 10");
        assertThat(Goal.equalTo(1)).hasToString("= 1");
        assertThat(Goal.atMost(64, " MiB")).hasToString("<= 64 MiB");
    }
}
