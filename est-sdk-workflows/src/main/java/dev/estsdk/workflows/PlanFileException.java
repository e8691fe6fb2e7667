package dev.estsdk.workflows;

import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.FieldViolation;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A plan file that cannot be used: a syntax error, an unknown field, a wrong type, a literal
 * password, an unsupported version, an unknown value or a plan that cannot work. Every problem
 * found is listed at once in {@link #problems()}, each with its line, column and field path; the
 * message reads
 * {@code Invalid plan file trunk.yaml: endpoints[1].port: must be between 1 and 65535 (line 12, column 11); ...}.
 * A password is never part of it.
 */
public final class PlanFileException extends EstValidationException {

    private static final long serialVersionUID = 1L;

    /** The file, as named to {@link PlanFiles}. */
    private final String file;
    /** Every problem, in file order where known. */
    private final List<Problem> problems;

    /**
     * Creates the exception.
     *
     * @param file     the file's name or path as the caller gave it
     * @param problems every problem; at least one
     * @throws IllegalArgumentException if problems is empty
     */
    public PlanFileException(String file, List<Problem> problems) {
        super("plan file " + Objects.requireNonNull(file, "file"), violations(problems));
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    private static List<FieldViolation> violations(List<Problem> problems) {
        return problems.stream().map(p -> new FieldViolation(p.field(), p.rule() + p.where()))
                .collect(Collectors.toList());
    }

    /**
     * The file, as the caller named it.
     *
     * @return the file name or path
     */
    public String file() {
        return file;
    }

    /**
     * Every problem found.
     *
     * @return an unmodifiable, non-empty list
     */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * One problem of a plan file.
     *
     * @param field  the field path, e.g. {@code endpoints[1].port}; empty for the file as a whole
     * @param line   the line, from 1; 0 when not known
     * @param column the column, from 1; 0 when not known
     * @param rule   what is wrong and how to fix it
     * @serial exclude
     */
    public record Problem(String field, int line, int column, String rule) implements Serializable {

        /**
         * Checks the texts are given.
         *
         * @param field  the field path
         * @param line   the line, or 0
         * @param column the column, or 0
         * @param rule   the rule
         * @throws NullPointerException if field or rule is null
         */
        public Problem {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(rule, "rule");
        }

        /**
         * The location as a suffix of the message.
         *
         * @return e.g. {@code " (line 12, column 11)"}, or empty when not known
         */
        String where() {
            return line <= 0 ? "" : " (line " + line + ", column " + column + ")";
        }

        /**
         * Describes the problem.
         *
         * @return e.g. {@code endpoints[1].port: must be between 1 and 65535 (line 12, column 11)}
         */
        @Override
        public String toString() {
            return (field.isEmpty() ? "" : field + ": ") + rule + where();
        }
    }
}
