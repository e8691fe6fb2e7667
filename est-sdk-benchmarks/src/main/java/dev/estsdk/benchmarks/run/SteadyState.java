package dev.estsdk.benchmarks.run;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Whether a JMH benchmark was still warming up while it was measured. A benchmark whose first
 * measured iterations are clearly slower than its last ones was still being compiled: its score
 * mixes warm-up into the steady state and says more about the JIT than about the code. Each JMH
 * section prints this judgement for both sides so that a ratio built on an unsettled side is
 * visible in {@code bench/RESULTS.md}.
 */
final class SteadyState {

    /** Iterations compared at each end of the measurement. */
    static final int ENDS = 2;

    /** The largest slowdown of the first iterations over the last that still counts as steady. */
    static final double TOLERANCE = 0.10;

    private SteadyState() {
    }

    /**
     * @param scores the measured iterations' scores in order, lower is better (time per operation)
     * @return how much slower the first {@value #ENDS} iterations were than the last {@value #ENDS}
     *         (0.25 = 25 % slower; negative when they were faster), or NaN with fewer than
     *         {@code 2 * ENDS} iterations
     */
    static double drift(List<Double> scores) {
        if (scores.size() < 2 * ENDS) {
            return Double.NaN;
        }
        double first = mean(scores.subList(0, ENDS));
        double last = mean(scores.subList(scores.size() - ENDS, scores.size()));
        return first / last - 1;
    }

    /**
     * @param scores the measured iterations' scores in order, lower is better
     * @return true when the measurement shows no warm-up left: the first iterations were at most
     *         {@value #TOLERANCE} slower than the last (false also when there are too few to judge);
     *         iterations that got slower show no warm-up either, so they count as steady here and
     *         {@link #row} names them separately
     */
    static boolean steady(List<Double> scores) {
        double drift = drift(scores);
        return !Double.isNaN(drift) && drift <= TOLERANCE;
    }

    /**
     * @param side what was measured, e.g. {@code SDK}
     * @param scores the measured iterations' scores in order
     * @param unit the scores' unit, e.g. {@code us/op}
     * @return one Markdown table row: side, the scores, the drift and the judgement
     */
    static String row(String side, List<Double> scores, String unit) {
        String values = scores.stream().map(s -> String.format(Locale.ROOT, s < 10 ? "%.2f" : "%.0f", s))
                .collect(Collectors.joining(", "));
        double drift = drift(scores);
        String verdict;
        if (Double.isNaN(drift)) {
            verdict = "too few iterations to judge";
        } else if (drift < -TOLERANCE) {
            verdict = "getting slower: warmed up, but disturbed while measured";
        } else if (drift <= TOLERANCE) {
            verdict = "steady";
        } else {
            verdict = "**still getting faster**: its score may include warm-up";
        }
        String driftText = Double.isNaN(drift) ? "-" : String.format(Locale.ROOT, "%+.0f%%", drift * 100);
        return "| " + side + " | " + values + " " + unit + " | " + driftText + " | " + verdict + " |";
    }

    /** @return the header of the table {@link #row} fills */
    static List<String> header() {
        return List.of("| benchmark | measured iterations, in order | first " + ENDS + " vs last " + ENDS + " | steady? |",
                "|---|---|--:|---|");
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }
}
