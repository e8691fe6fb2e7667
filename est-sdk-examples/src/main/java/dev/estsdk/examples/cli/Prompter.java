package dev.estsdk.examples.cli;

/**
 * Reads answers from the person at the terminal. {@code est provision} uses it to ask the decision
 * tree's questions when a flag is missing and a terminal is attached.
 */
public interface Prompter {

    /**
     * Shows a prompt and reads one line.
     *
     * @param prompt the text before the cursor, e.g. {@code Choose [3]: }
     * @return the line without its terminator, or null at end of input
     */
    String readLine(String prompt);

    /**
     * Shows a prompt and reads one line without echoing it.
     *
     * @param prompt the text before the cursor
     * @return the characters typed, or null at end of input
     */
    char[] readPassword(String prompt);
}
