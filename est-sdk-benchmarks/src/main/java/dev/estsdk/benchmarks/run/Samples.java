package dev.estsdk.benchmarks.run;

import java.util.List;

/** Summaries of repeated measurements. */
final class Samples {

    private Samples() {
    }

    /**
     * @param samples at least one sample
     * @return the middle sample, or the mean of the two middle ones
     */
    static double median(List<Long> samples) {
        List<Long> sorted = samples.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }
}
