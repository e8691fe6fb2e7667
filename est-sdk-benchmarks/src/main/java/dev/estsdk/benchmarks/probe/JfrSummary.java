package dev.estsdk.benchmarks.probe;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a short run's time went, read from a Java Flight Recorder file: execution samples
 * attributed to the first frame outside the JDK (the library that asked for the work, samples
 * that never leave the JDK in a bucket of their own), the same samples by the package of their
 * top frame (the code that was running), and the time spent in GC pauses.
 *
 * @param samples execution samples in all
 * @param byOwner samples per owner, largest first
 * @param byTopPackage samples per package of the top frame, largest first
 * @param gcPause total duration of the GC pauses
 */
public record JfrSummary(long samples, List<Map.Entry<String, Long>> byOwner, List<Map.Entry<String, Long>> byTopPackage,
                         Duration gcPause) {

    /** How many entries of each breakdown {@link #toString} shows. */
    static final int SHOWN = 6;

    /** The bucket of samples whose every frame is the JDK's own. */
    public static final String JDK_ONLY = "the JDK alone (class loading, JIT-less start-up, HTTP threads)";

    private static final Map<String, String> OWNERS = Map.of(
            "com.fasterxml.jackson.", "Jackson",
            "feign.", "Feign",
            "io.github.resilience4j.", "resilience4j",
            "dev.estsdk.benchmarks.", "the probe itself",
            "dev.estsdk.", "est-sdk",
            "org.slf4j.", "SLF4J");

    /** Copies the lists. */
    public JfrSummary {
        byOwner = List.copyOf(byOwner);
        byTopPackage = List.copyOf(byTopPackage);
    }

    /**
     * @param recording a {@code .jfr} file
     * @return its summary
     * @throws IOException if it cannot be read
     */
    public static JfrSummary read(Path recording) throws IOException {
        Map<String, Long> owners = new HashMap<>();
        Map<String, Long> tops = new HashMap<>();
        long samples = 0;
        Duration gc = Duration.ZERO;
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            String type = event.getEventType().getName();
            if (type.equals("jdk.ExecutionSample")) {
                samples++;
                owners.merge(owner(event.getStackTrace()), 1L, Long::sum);
                tops.merge(topPackage(event.getStackTrace()), 1L, Long::sum);
            } else if (type.equals("jdk.GarbageCollection")) {
                gc = gc.plus(event.getDuration());
            }
        }
        return new JfrSummary(samples, sorted(owners), sorted(tops), gc);
    }

    private static List<Map.Entry<String, Long>> sorted(Map<String, Long> counts) {
        List<Map.Entry<String, Long>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        return sorted;
    }

    /**
     * @param stack a sample's stack, top frame first
     * @return the package of its top frame, cut to three segments, e.g. {@code sun.security.ssl}
     */
    static String topPackage(RecordedStackTrace stack) {
        if (stack == null || stack.getFrames().isEmpty() || stack.getFrames().get(0).getMethod() == null) {
            return "(no Java frame)";
        }
        String name = stack.getFrames().get(0).getMethod().getType().getName();
        String[] parts = name.split("\\.");
        int segments = Math.min(3, parts.length - 1);
        return segments <= 0 ? name : String.join(".", List.of(parts).subList(0, segments));
    }

    /**
     * @param stack a sample's stack, top frame first
     * @return the library of its first frame outside the JDK, or {@link #JDK_ONLY}
     */
    static String owner(RecordedStackTrace stack) {
        if (stack == null) {
            return JDK_ONLY;
        }
        for (RecordedFrame frame : stack.getFrames()) {
            if (frame.getMethod() == null || frame.getMethod().getType() == null) {
                continue;
            }
            String owner = ownerOf(frame.getMethod().getType().getName());
            if (owner != null) {
                return owner;
            }
        }
        return JDK_ONLY;
    }

    /**
     * @param className a class name
     * @return the library it belongs to, or null for the JDK's own classes
     */
    static String ownerOf(String className) {
        if (className.startsWith("java.") || className.startsWith("javax.") || className.startsWith("jdk.")
                || className.startsWith("sun.") || className.startsWith("com.sun.")) {
            return null;
        }
        return OWNERS.entrySet().stream().filter(e -> className.startsWith(e.getKey()))
                .max(Map.Entry.comparingByKey((a, b) -> Integer.compare(a.length(), b.length())))
                .map(Map.Entry::getValue)
                .orElseGet(() -> {
                    String[] parts = className.split("\\.");
                    return parts.length > 2 ? parts[0] + "." + parts[1] : className;
                });
    }

    /**
     * @return e.g. {@code 212 execution samples; by the library that asked: Jackson 31 %, ...; by
     *     the code that ran: sun.security.ssl 12 %, ...; GC pauses 12 ms}
     */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%,d execution samples; by the library that asked: %s; by the code that ran "
                + "(top frame): %s; GC pauses %d ms", samples, shares(byOwner), shares(byTopPackage), gcPause.toMillis());
    }

    private String shares(List<Map.Entry<String, Long>> counts) {
        List<String> shown = new ArrayList<>();
        for (Map.Entry<String, Long> entry : counts.subList(0, Math.min(SHOWN, counts.size()))) {
            shown.add(entry.getKey() + String.format(Locale.ROOT, " %.0f %%", 100.0 * entry.getValue() / Math.max(1, samples)));
        }
        return shown.isEmpty() ? "none" : String.join(", ", shown);
    }
}
