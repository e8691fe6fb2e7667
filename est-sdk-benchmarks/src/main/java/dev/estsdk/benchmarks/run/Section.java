package dev.estsdk.benchmarks.run;

import dev.estsdk.benchmarks.report.Goal;
import dev.estsdk.benchmarks.report.SectionResult;
import java.util.List;

/** One part of the run that yields one or more table rows. */
interface Section {

    /**
     * What a section promises to measure, so that its rows are printed even if it fails.
     *
     * @param id the row id
     * @param title what is measured
     * @param goal the goal
     */
    record RowSpec(String id, String title, Goal goal) {
    }

    /** @return the heading, e.g. {@code 1. Per-call overhead} */
    String title();

    /** @return the rows it will produce, in order */
    List<RowSpec> rows();

    /**
     * @return the measured rows and details
     * @throws Exception if the measurement cannot be taken
     */
    SectionResult run() throws Exception;
}
