package dev.estsdk.api.model;

import org.jspecify.annotations.Nullable;

/**
 * Call records exported as CSV, with the file name the server proposed.
 * @param fileName the name from {@code Content-Disposition}, e.g. {@code EST_call_records.csv};
 *                 null when the server sent none
 * @param csv      the CSV text, header row first; never null
 */
public record CallRecordsExport(@Nullable String fileName, String csv) {
}
