package dev.estsdk.testkit.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every broken builder setting so that {@code start()} reports them all in one
 * {@link IllegalArgumentException}, each as {@code field rule}.
 */
public final class Violations {

    private final String subject;
    private final List<String> found = new ArrayList<>();

    /**
     * @param subject what is being built, e.g. {@code EstSimulator}, for the message
     */
    public Violations(String subject) {
        this.subject = subject;
    }

    /**
     * Records a violation when {@code broken} is true.
     *
     * @param broken whether the rule is broken
     * @param message the field and its rule, e.g. {@code port must be between 0 and 65535 (was 70000)}
     * @return this
     */
    public Violations check(boolean broken, String message) {
        if (broken) {
            found.add(message);
        }
        return this;
    }

    /**
     * Records a violation found elsewhere, such as a parser's message.
     *
     * @param message the field and its rule
     * @return this
     */
    public Violations add(String message) {
        found.add(message);
        return this;
    }

    /** @return the violations recorded, in order */
    public List<String> messages() {
        return List.copyOf(found);
    }

    /**
     * @throws IllegalArgumentException listing every violation, when there is any
     */
    public void throwIfAny() {
        if (found.isEmpty()) {
            return;
        }
        if (found.size() == 1) {
            throw new IllegalArgumentException(subject + ": " + found.get(0));
        }
        throw new IllegalArgumentException(subject + " has " + found.size() + " invalid settings: "
                + String.join("; ", found));
    }
}
