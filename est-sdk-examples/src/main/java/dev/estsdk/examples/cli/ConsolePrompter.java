package dev.estsdk.examples.cli;

import java.io.Console;
import java.util.Objects;

/** A {@link Prompter} on the process's {@link Console}. */
final class ConsolePrompter implements Prompter {

    private final Console console;

    ConsolePrompter(Console console) {
        this.console = Objects.requireNonNull(console, "console");
    }

    @Override
    public String readLine(String prompt) {
        return console.readLine("%s", prompt);
    }

    @Override
    public char[] readPassword(String prompt) {
        return console.readPassword("%s", prompt);
    }
}
