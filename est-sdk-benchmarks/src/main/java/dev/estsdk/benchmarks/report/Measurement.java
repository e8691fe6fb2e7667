package dev.estsdk.benchmarks.report;

import dev.estsdk.benchmarks.report.Goal.Verdict;
import java.util.Objects;

/**
 * One row of the results table: the SDK's figure, the baseline's figure taken in the same run,
 * their ratio and the goal it is judged against.
 *
 * @param id the row id, e.g. {@code 1a}
 * @param title what is measured, e.g. {@code Per-call latency (median)}
 * @param sdk the SDK's figure, formatted
 * @param baseline the baseline's figure, formatted
 * @param ratio SDK over baseline (or the row's own definition), NaN when there is none
 * @param ratioText the ratio as printed
 * @param goal the goal
 * @param verdict pass, miss, info or error
 * @param note one line on how to read the row, or why it failed
 */
public record Measurement(String id, String title, String sdk, String baseline, double ratio, String ratioText,
        Goal goal, Verdict verdict, String note) {

    /** Checks that the texts are present. */
    public Measurement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(sdk, "sdk");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(ratioText, "ratioText");
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(verdict, "verdict");
        note = note == null ? "" : note;
    }

    /**
     * A row judged by its goal, the ratio printed as e.g. {@code 1.07x}.
     *
     * @param id the row id
     * @param title what is measured
     * @param sdk the SDK's figure
     * @param baseline the baseline's figure
     * @param ratio the ratio
     * @param goal the goal
     * @param note how to read the row
     * @return the row
     */
    public static Measurement of(String id, String title, String sdk, String baseline, double ratio, Goal goal,
            String note) {
        return new Measurement(id, title, sdk, baseline, ratio, Figures.ratio(ratio), goal, goal.judge(ratio), note);
    }

    /**
     * A row whose ratio is printed as given, e.g. a count {@code 9 / 9}.
     *
     * @param id the row id
     * @param title what is measured
     * @param sdk the SDK's figure
     * @param baseline the baseline's figure
     * @param ratio the ratio judged by the goal
     * @param ratioText how to print it
     * @param goal the goal
     * @param note how to read the row
     * @return the row
     */
    public static Measurement of(String id, String title, String sdk, String baseline, double ratio, String ratioText,
            Goal goal, String note) {
        return new Measurement(id, title, sdk, baseline, ratio, ratioText, goal, goal.judge(ratio), note);
    }

    /**
     * A row whose measurement failed; it is still printed so that no row goes missing.
     *
     * @param id the row id
     * @param title what was to be measured
     * @param goal the goal
     * @param cause why it failed
     * @return the row
     */
    public static Measurement failed(String id, String title, Goal goal, Throwable cause) {
        String reason = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        return new Measurement(id, title, "-", "-", Double.NaN, "n/a", goal, Verdict.ERROR, reason);
    }
}
