package dev.estsdk.examples;

import dev.estsdk.api.EstApi;
import dev.estsdk.api.model.Call;
import dev.estsdk.api.model.CallRecordsExport;
import dev.estsdk.api.model.CallResult;
import dev.estsdk.api.model.Money;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Searches call records and exports them to CSV: the completed calls of the last 24 hours (the
 * server's default window when no creation time is given), read page by page as the loop goes,
 * then the same records as a CSV file.
 *
 * <p>Run: {@code java dev.estsdk.examples.ExportCallRecords [directory]} (default: the current one).
 */
public final class ExportCallRecords {

    private ExportCallRecords() {
    }

    /**
     * Runs the example and exits with its {@link ExitCode}.
     *
     * @param args optionally, the directory to write the CSV file to
     */
    public static void main(String[] args) {
        System.exit(ExampleRunner.run(withArgs(args)));
    }

    /**
     * Returns the example for these arguments.
     *
     * @param args optionally, the directory to write the CSV file to (default: the current one)
     * @return the example for these arguments
     */
    public static Example withArgs(String... args) {
        return into(Path.of(args.length > 0 ? args[0] : "."));
    }

    /**
     * Returns the example, writing its CSV file into {@code directory}.
     *
     * @param directory where the CSV file goes
     * @return the example, writing its CSV file into {@code directory}
     */
    public static Example into(Path directory) {
        return (target, out) -> run(target.api(), directory, out);
    }

    private static void run(EstApi est, Path directory, PrintStream out) {
        int count = 0;
        for (Call call : est.calls().list(filter -> filter.callResult(CallResult.COMPLETED).pageSize(50))) {
            out.printf("%s %-8s %s -> %s, %s s, %s%n", call.createTime(), call.direction(), call.from(), call.to(),
                    call.durationSeconds(), price(call.price()));
            count++;
        }
        out.println(count + " completed calls in the last 24 hours");

        CallRecordsExport export = est.calls().export(request -> request
                .filter(filter -> filter.callResult(CallResult.COMPLETED))
                .fileName("completed-calls.csv"));
        Path file = directory.resolve(export.fileName() == null ? "calls.csv" : export.fileName()).normalize();
        try {
            Files.writeString(file, export.csv(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        out.println("Exported to " + file);
    }

    private static String price(Money money) {
        return money == null ? "no price" : money.amount().toPlainString() + " " + money.currencyCode();
    }
}
