package dev.estsdk.api.model;

/**
 * Call records exported as CSV, with the file name the server proposed.
 *
 * @param fileName the name from {@code Content-Disposition}, e.g. {@code EST_call_records.csv};
 *                 null when the server sent none
 * @param csv      the CSV text, header row first; never null
 */
public record CallRecordsExport(String fileName, String csv) {

    /**
     * Starts an empty export.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a builder holding both values.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder().fileName(fileName).csv(csv);
    }

    /** Builds a {@link CallRecordsExport}. */
    public static final class Builder {
        private String fileName;
        private String csv;

        private Builder() {
        }

        /**
         * Sets the file name.
         *
         * @param fileName the name, or null
         * @return this builder
         */
        public Builder fileName(String fileName) {
            this.fileName = fileName;
            return this;
        }

        /**
         * Sets the CSV text.
         *
         * @param csv the text; required (may be empty)
         * @return this builder
         */
        public Builder csv(String csv) {
            this.csv = csv;
            return this;
        }

        /**
         * Checks that the text is present and builds the export.
         *
         * @return the export
         * @throws dev.estsdk.api.exception.EstValidationException if the CSV text is null
         */
        public CallRecordsExport build() {
            Check check = Check.of("CallRecordsExport");
            check.required("csv", csv);
            check.throwIfInvalid();
            return new CallRecordsExport(fileName, csv);
        }
    }
}
