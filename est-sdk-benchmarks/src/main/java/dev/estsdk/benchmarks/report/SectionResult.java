package dev.estsdk.benchmarks.report;

import java.util.List;

/**
 * What one section of the run produced: its table rows and the details printed below the table
 * (derivations, breakdowns, controls).
 *
 * @param title the section's heading, e.g. {@code 4. Bulk assignment}
 * @param rows its rows
 * @param details Markdown lines for {@code RESULTS.md}
 * @param otherCpuShare the share of the machine's CPU that other processes used while the
 *     section ran, 0 to 1, or NaN when unknown
 */
public record SectionResult(String title, List<Measurement> rows, List<String> details, double otherCpuShare) {

    /** Copies the lists. */
    public SectionResult {
        rows = List.copyOf(rows);
        details = List.copyOf(details);
    }

    /**
     * @param otherCpu the share of CPU other processes used meanwhile
     * @return this result with that share
     */
    public SectionResult withOtherCpuShare(double otherCpu) {
        return new SectionResult(title, rows, details, otherCpu);
    }
}
