package dev.estsdk.benchmarks.report;

import java.util.Locale;

/**
 * What a measured ratio must reach: at most, at least or exactly a value, or nothing (a figure
 * reported for information).
 *
 * @param kind how the ratio is compared
 * @param limit the value compared against (unused for {@link Kind#INFO})
 * @param unit printed after the limit, e.g. {@code " MiB"} for a goal on a value rather than a
 *     ratio; empty for ratios
 */
public record Goal(Kind kind, double limit, String unit) {

    /** Defaults the unit to none. */
    public Goal {
        unit = unit == null ? "" : unit;
    }

    /** How a ratio is compared with the limit. */
    public enum Kind {
        /** The ratio must not exceed the limit. */
        AT_MOST,
        /** The ratio must reach the limit. */
        AT_LEAST,
        /** The ratio must equal the limit. */
        EQUAL,
        /** No goal: the figure is context. */
        INFO
    }

    /**
     * @param limit the largest acceptable ratio
     * @return the goal
     */
    public static Goal atMost(double limit) {
        return new Goal(Kind.AT_MOST, limit, "");
    }

    /**
     * @param limit the largest acceptable value
     * @param unit its unit, e.g. {@code " MiB"}
     * @return the goal
     */
    public static Goal atMost(double limit, String unit) {
        return new Goal(Kind.AT_MOST, limit, unit);
    }

    /**
     * @param limit the smallest acceptable ratio
     * @return the goal
     */
    public static Goal atLeast(double limit) {
        return new Goal(Kind.AT_LEAST, limit, "");
    }

    /**
     * @param limit the only acceptable ratio
     * @return the goal
     */
    public static Goal equalTo(double limit) {
        return new Goal(Kind.EQUAL, limit, "");
    }

    /** @return no goal */
    public static Goal info() {
        return new Goal(Kind.INFO, Double.NaN, "");
    }

    /**
     * @param ratio the measured ratio
     * @return the verdict; {@link Verdict#INFO} for an informational figure, {@link Verdict#MISS}
     *     for a ratio that is not a number
     */
    public Verdict judge(double ratio) {
        if (kind == Kind.INFO) {
            return Verdict.INFO;
        }
        if (Double.isNaN(ratio)) {
            return Verdict.MISS;
        }
        boolean met = switch (kind) {
            case AT_MOST -> ratio <= limit;
            case AT_LEAST -> ratio >= limit;
            case EQUAL -> ratio == limit;
            case INFO -> true;
        };
        return met ? Verdict.PASS : Verdict.MISS;
    }

    /** @return e.g. {@code <= 1.15}, {@code >= 10}, {@code = 1}, {@code <= 64 MiB}, {@code -} */
    @Override
    public String toString() {
        return switch (kind) {
            case AT_MOST -> "<= " + Figures.plain(limit) + unit;
            case AT_LEAST -> ">= " + Figures.plain(limit) + unit;
            case EQUAL -> "= " + Figures.plain(limit) + unit;
            case INFO -> "-";
        };
    }

    /** The outcome of comparing a ratio with its goal. */
    public enum Verdict {
        /** The goal is met. */
        PASS,
        /** The goal is missed. */
        MISS,
        /** There is no goal. */
        INFO,
        /** The measurement could not be taken. */
        ERROR;

        /** @return the word printed in the table */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
