package dev.estsdk.examples.cli;

import dev.estsdk.api.exception.EstValidationException;
import java.io.PrintStream;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Asks the person at the terminal, showing the choices and a default, and asks again (up to
 * {@value #ATTEMPTS} times) when the answer is not valid.
 */
final class Questions {

    private static final int ATTEMPTS = 3;

    private final Prompter prompter;
    private final PrintStream out;

    Questions(Prompter prompter, PrintStream out) {
        this.prompter = prompter;
        this.out = out;
    }

    /**
     * Shows a numbered menu and reads a number or a key; an empty answer takes the default.
     *
     * @throws IllegalArgumentException when input ends or no valid answer comes
     */
    <T extends Enum<T> & Choice> T choose(String question, Class<T> type, T defaultChoice) {
        T[] choices = type.getEnumConstants();
        out.println(question);
        for (T c : choices) {
            out.printf("  %d) %-12s %s%n", c.ordinal() + 1, c.key(), c.meaning());
        }
        out.flush();
        return ask(question, "Choose [" + defaultChoice.key() + "]: ", answer -> {
            if (answer.isEmpty()) {
                return defaultChoice.key();
            }
            if (answer.chars().allMatch(Character::isDigit) && answer.length() < 3) {
                int n = Integer.parseInt(answer);
                if (n >= 1 && n <= choices.length) {
                    return choices[n - 1].key();
                }
            }
            return answer;
        }, answer -> Choice.parse(type, answer));
    }

    /**
     * Reads a line; an empty answer takes the default (when there is one).
     *
     * @param check returns the accepted value or throws {@link IllegalArgumentException} saying why not
     * @throws IllegalArgumentException when input ends or no valid answer comes
     */
    <T> T text(String question, String defaultValue, Function<String, T> check) {
        String prompt = question + (defaultValue == null || defaultValue.isEmpty() ? "" : " [" + defaultValue + "]")
                + ": ";
        return ask(question, prompt, answer -> answer.isEmpty() && defaultValue != null ? defaultValue : answer, check);
    }

    /**
     * Reads a secret without echo.
     *
     * @throws IllegalArgumentException when input ends
     */
    String secret(String prompt) {
        char[] typed = prompter.readPassword(prompt);
        if (typed == null) {
            throw new IllegalArgumentException("input ended before '" + prompt.strip() + "' was answered");
        }
        return new String(typed);
    }

    private <T> T ask(String question, String prompt, UnaryOperator<String> normalise,
            Function<String, T> check) {
        RuntimeException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            String line = prompter.readLine(prompt);
            if (line == null) {
                throw new IllegalArgumentException("input ended before '" + question + "' was answered");
            }
            try {
                return check.apply(normalise.apply(line.strip()));
            } catch (IllegalArgumentException | EstValidationException e) {
                last = e;
                out.println("  " + e.getMessage());
            }
        }
        throw new IllegalArgumentException("no valid answer to '" + question + "': " + last.getMessage());
    }
}
