package dev.estsdk.examples.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** An answer to one of the decision tree's questions, written on the command line in lower case. */
interface Choice {

    /** @return the word used on the command line: the constant's name in lower case, e.g. {@code both} */
    default String key() {
        return ((Enum<?>) this).name().toLowerCase(Locale.ROOT);
    }

    /** @return what choosing it means, for the interactive menu */
    String meaning();

    /**
     * Reads a choice by its key, ignoring case.
     *
     * @param type the enum of choices
     * @param text the key, e.g. {@code BOTH} or {@code both}
     * @param <T> the choice type
     * @return the choice
     * @throws IllegalArgumentException naming the valid keys when none matches
     */
    static <T extends Enum<T> & Choice> T parse(Class<T> type, String text) {
        String key = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (T c : type.getEnumConstants()) {
            if (c.key().equals(key)) {
                return c;
            }
        }
        throw new IllegalArgumentException("expected one of " + keys(type) + " (was '" + text + "')");
    }

    /**
     * @param type the enum of choices
     * @param <T> the choice type
     * @return the keys separated by commas, e.g. {@code outbound, inbound, both}
     */
    static <T extends Enum<T> & Choice> String keys(Class<T> type) {
        return Arrays.stream(type.getEnumConstants()).map(Choice::key).collect(Collectors.joining(", "));
    }
}
