package dev.estsdk.benchmarks.report;

import java.util.Locale;

/** Formats figures the same way in the console table and in the Markdown file. */
public final class Figures {

    private Figures() {
    }

    /**
     * @param value a number
     * @return the number with up to two decimals and no trailing zeros, e.g. {@code 1.15}, {@code 10}
     */
    public static String plain(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        String text = String.format(Locale.ROOT, "%.2f", value);
        return text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
    }

    /**
     * @param value a ratio
     * @return the ratio with two decimals, e.g. {@code 1.07x}
     */
    public static String ratio(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.2fx", value);
    }

    /**
     * @param bytes a size in bytes
     * @return it in KiB or MiB with one decimal, e.g. {@code 3.4 MiB}
     */
    public static String bytes(double bytes) {
        if (Math.abs(bytes) >= 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024 * 1024));
        }
        if (Math.abs(bytes) >= 1024) {
            return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024);
        }
        return String.format(Locale.ROOT, "%.0f B", bytes);
    }

    /**
     * @param micros a duration in microseconds
     * @return it in µs or ms, e.g. {@code 182 us}, {@code 21.4 ms}
     */
    public static String micros(double micros) {
        if (micros >= 10_000) {
            return String.format(Locale.ROOT, "%.1f ms", micros / 1000);
        }
        return String.format(Locale.ROOT, "%.1f us", micros);
    }

    /**
     * @param millis a duration in milliseconds
     * @return it in ms or s, e.g. {@code 412 ms}, {@code 21.8 s}
     */
    public static String millis(double millis) {
        if (millis >= 10_000) {
            return String.format(Locale.ROOT, "%.1f s", millis / 1000);
        }
        return String.format(Locale.ROOT, "%.0f ms", millis);
    }

    /**
     * @param perSecond a rate
     * @return e.g. {@code 182,400/s}
     */
    public static String rate(double perSecond) {
        return String.format(Locale.ROOT, "%,.0f/s", perSecond);
    }
}
