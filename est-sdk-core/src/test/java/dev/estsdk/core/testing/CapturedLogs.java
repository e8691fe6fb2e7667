package dev.estsdk.core.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** What the SDK logged during the tests, every level, with stack traces. */
public final class CapturedLogs {

    private static final List<String> LINES = new CopyOnWriteArrayList<>();

    private CapturedLogs() {
    }

    static void add(String line) {
        LINES.add(line);
    }

    /** @return every line logged since the last {@link #clear()} */
    public static List<String> lines() {
        return List.copyOf(LINES);
    }

    /** @return all lines as one text */
    public static String text() {
        return String.join("\n", LINES);
    }

    /** Forgets what was logged. */
    public static void clear() {
        LINES.clear();
    }
}
