package dev.estsdk.examples.cli;

import dev.estsdk.api.model.FieldRules;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The file {@code est numbers assign --file} reads: one E.164 number a line; blank lines and
 * lines starting with {@code #} are skipped, and so is anything after a {@code #}; a UTF-8 byte
 * order mark and Windows line ends are fine. Every bad line
 * is reported at once, by line number, before anything is sent.
 */
final class NumbersFile {

    /** How many bad lines the error names before it says how many more there are. */
    private static final int MAX_REPORTED = 10;

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private NumbersFile() {
    }

    /**
     * @return the numbers in file order, each once
     * @throws IllegalArgumentException naming the file and each bad line (exit 2)
     */
    static List<String> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("--file " + file + " does not exist");
        } catch (MalformedInputException e) {
            throw new IllegalArgumentException("--file " + file + " is not UTF-8 text");
        } catch (IOException e) {
            throw new IllegalArgumentException("--file " + file + " cannot be read (" + e.getMessage() + ")");
        }
        return parse(file.toString(), lines);
    }

    static List<String> parse(String name, List<String> lines) {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int lineNumber = i + 1;
            String line = lines.get(i);
            if (i == 0 && line.startsWith(BYTE_ORDER_MARK)) {
                // Windows editors start UTF-8 files with one; it is not part of the first number.
                line = line.substring(1);
            }
            int hash = line.indexOf('#');
            String text = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (text.isEmpty()) {
                continue;
            }
            String rule = FieldRules.e164(text).orElse(null);
            if (rule != null) {
                problems.add("line " + lineNumber + " " + rule);
                continue;
            }
            Integer first = numbers.putIfAbsent(text, lineNumber);
            if (first != null) {
                problems.add("line " + lineNumber + ": " + text + " is already on line " + first);
            }
        }
        if (!problems.isEmpty()) {
            List<String> shown = problems.subList(0, Math.min(problems.size(), MAX_REPORTED));
            String more = problems.size() > MAX_REPORTED ? "; and " + (problems.size() - MAX_REPORTED)
                    + " more bad lines" : "";
            throw new IllegalArgumentException(name + " has " + problems.size() + " bad line"
                    + (problems.size() == 1 ? "" : "s") + " (nothing was sent): " + String.join("; ", shown) + more);
        }
        if (numbers.isEmpty()) {
            throw new IllegalArgumentException(name + " holds no numbers: write one E.164 number a line, such as"
                    + " +12025550101");
        }
        return List.copyOf(numbers.keySet());
    }
}
