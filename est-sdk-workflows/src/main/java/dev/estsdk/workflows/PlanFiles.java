package dev.estsdk.workflows;

import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads and writes plan files: one trunk as JSON or YAML, described by
 * {@code docs/plan.schema.json}. Reading checks the whole file before it returns: syntax,
 * unknown fields (with the closest known name), types, values, the version, that passwords are
 * only {@code ${env:NAME}} references, and whether the plan can work at all; every problem is
 * reported at once in one {@link PlanFileException} with its line, column and field path.
 * Thread-safe; stateless.
 *
 * <pre>{@code
 * PlanDocument doc = PlanFiles.read(Path.of("trunk.yaml"));
 * ProvisioningPlan plan = doc.toPlan(SecretResolver.environment());
 * PlanFiles.write(PlanDocument.from(plan), Path.of("copy.json"));
 * }</pre>
 */
public final class PlanFiles {

    private PlanFiles() {
    }

    /** The two formats of a plan file. */
    public enum Format {
        /** JSON. */
        JSON,
        /** YAML (1.1, as SnakeYAML reads it; a JSON file is valid YAML too). */
        YAML;

        /**
         * The format a file's name says: {@code .json} is JSON, {@code .yaml} and {@code .yml}
         * are YAML.
         *
         * @param fileName the file name
         * @return the format, or null if the extension says neither
         */
        static @Nullable Format ofName(String fileName) {
            String lower = fileName.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".json")) {
                return JSON;
            }
            if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
                return YAML;
            }
            return null;
        }

        /**
         * The format a file's content has: JSON if it starts with {@code {}, else YAML.
         *
         * @param content the file's text
         * @return the format
         */
        static Format ofContent(String content) {
            return content.stripLeading().startsWith("{") ? JSON : YAML;
        }
    }

    /**
     * Reads a plan file; the format follows from the extension ({@code .json}, {@code .yaml},
     * {@code .yml}) or else from the content.
     *
     * @param file the file, UTF-8
     * @return the checked document
     * @throws PlanFileException if the file cannot be read or breaks any rule; every problem is
     *                           listed with its line and column
     */
    public static PlanDocument read(Path file) {
        Objects.requireNonNull(file, "file");
        String content;
        try {
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PlanFileException(file.toString(), List.of(new PlanFileException.Problem("", 0, 0,
                    "could not be read: " + e.getClass().getSimpleName() + " " + e.getMessage())));
        }
        Path name = file.getFileName();
        @Nullable Format format = name == null ? null : Format.ofName(name.toString());
        return parse(file.toString(), content, format == null ? Format.ofContent(content) : format);
    }

    /**
     * Reads a plan from text, the format following from the content.
     *
     * @param sourceName what error messages call the text, e.g. {@code "trunk.yaml"} or {@code "stdin"}
     * @param content    the plan
     * @return the checked document
     * @throws PlanFileException if the text breaks any rule
     */
    public static PlanDocument parse(String sourceName, String content) {
        return parse(sourceName, content, Format.ofContent(Objects.requireNonNull(content, "content")));
    }

    /**
     * Reads a plan from text in the given format.
     *
     * @param sourceName what error messages call the text
     * @param content    the plan
     * @param format     JSON or YAML
     * @return the checked document
     * @throws PlanFileException if the text breaks any rule
     */
    public static PlanDocument parse(String sourceName, String content, Format format) {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(format, "format");
        return PlanFileReader.read(sourceName, content, format == Format.YAML);
    }

    /**
     * Writes a document as text: fields in the documented order, unset ones left out, two-space
     * indentation, ending with a newline.
     *
     * @param document the document
     * @param format   JSON or YAML
     * @return the text
     */
    public static String toString(PlanDocument document, Format format) {
        return PlanFileWriter.write(Objects.requireNonNull(document, "document"),
                Objects.requireNonNull(format, "format") == Format.YAML);
    }

    /**
     * Writes a document to a file, as JSON for a {@code .json} name and as YAML otherwise.
     *
     * @param document the document
     * @param file     the file; replaced if it exists
     * @throws IOException if the file cannot be written
     */
    public static void write(PlanDocument document, Path file) throws IOException {
        Path name = file.getFileName();
        @Nullable Format format = name == null ? null : Format.ofName(name.toString());
        Files.writeString(file, toString(document, format == null ? Format.YAML : format), StandardCharsets.UTF_8);
    }
}
