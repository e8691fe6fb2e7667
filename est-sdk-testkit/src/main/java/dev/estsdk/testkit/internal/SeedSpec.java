package dev.estsdk.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.estsdk.testkit.internal.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How many generated resources to seed, per kind: parsed from {@code trunks=10000,numbers=100000}
 * or from a JSON object of the same keys ({@code {"trunks":10000,"numbers":100000}}). Every
 * problem is reported as an {@link IllegalArgumentException} naming the key and the rule.
 *
 * @param counts how many of each kind (kinds not named are absent)
 */
public record SeedSpec(Map<Kind, Integer> counts) {

    /** The largest count accepted for one kind. */
    public static final int MAX_COUNT = 1_000_000;

    /** What can be seeded, by the key that names it. */
    public enum Kind {
        /** Trunks {@code seed-00001}…, host names {@code seed-00001}… */
        TRUNKS("trunks"),
        /** Static endpoints, spread over the seeded trunks in turn. */
        ENDPOINTS("endpoints"),
        /** ACLs with one /32 range each. */
        ACCESS_CONTROL_LISTS("accessControlLists"),
        /** Credential lists with one credential each. */
        CREDENTIAL_LISTS("credentialLists"),
        /** Owned numbers, unassigned unless {@code assignedNumbers} says otherwise. */
        NUMBERS("numbers"),
        /** How many of the seeded numbers to assign, to the seeded trunks in turn. */
        ASSIGNED_NUMBERS("assignedNumbers"),
        /** Call records in the 24 hours before the clock's time. */
        CALLS("calls"),
        /** Outbound call blocking rules. */
        CALL_BLOCKING_RULES("callBlockingRules");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        /** @return the key that names this kind in a spec */
        public String key() {
            return key;
        }

        static Kind of(String key, String where) {
            for (Kind k : values()) {
                if (k.key.equals(key)) {
                    return k;
                }
            }
            throw new IllegalArgumentException(where + ": unknown kind '" + key + "'; known: " + known());
        }

        static String known() {
            return Arrays.stream(values()).map(Kind::key).collect(Collectors.joining(", "));
        }
    }

    /** A spec that seeds nothing. */
    public static final SeedSpec NONE = new SeedSpec(Map.of());

    /** Checks the counts and how they depend on each other; copies the map. */
    public SeedSpec {
        EnumMap<Kind, Integer> copy = new EnumMap<>(Kind.class);
        copy.putAll(counts);
        counts = Collections.unmodifiableMap(copy);
        for (Map.Entry<Kind, Integer> e : counts.entrySet()) {
            if (e.getValue() == null || e.getValue() < 0 || e.getValue() > MAX_COUNT) {
                throw new IllegalArgumentException("seed " + e.getKey().key() + ": must be a whole number from 0 to "
                        + MAX_COUNT + " (was " + e.getValue() + ")");
            }
        }
        needsTrunks(counts, Kind.ENDPOINTS);
        needsTrunks(counts, Kind.ASSIGNED_NUMBERS);
        if (count(counts, Kind.ASSIGNED_NUMBERS) > count(counts, Kind.NUMBERS)) {
            throw new IllegalArgumentException("seed assignedNumbers: must not exceed numbers ("
                    + count(counts, Kind.ASSIGNED_NUMBERS) + " > " + count(counts, Kind.NUMBERS) + ")");
        }
    }

    private static int count(Map<Kind, Integer> counts, Kind kind) {
        return counts.getOrDefault(kind, 0);
    }

    private static void needsTrunks(Map<Kind, Integer> counts, Kind kind) {
        if (count(counts, kind) > 0 && count(counts, Kind.TRUNKS) == 0) {
            throw new IllegalArgumentException("seed " + kind.key() + ": needs trunks to attach to (add trunks=N)");
        }
    }

    /**
     * @param kind a kind
     * @return how many to seed (0 when not named)
     */
    public int count(Kind kind) {
        return count(counts, kind);
    }

    /** @return whether nothing is to be seeded */
    public boolean isEmpty() {
        return counts.values().stream().allMatch(c -> c == 0);
    }

    /**
     * @param text {@code kind=count} pairs separated by commas, e.g. {@code trunks=10000,numbers=100000}
     * @return the spec
     * @throws IllegalArgumentException naming the pair that is wrong
     */
    public static SeedSpec parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("seed: must name at least one kind=count (known kinds: " + Kind.known()
                    + ")");
        }
        Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
        for (String pair : text.split(",", -1)) {
            String p = pair.trim();
            int eq = p.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("seed: '" + p + "' is not kind=count (e.g. trunks=10000)");
            }
            Kind kind = Kind.of(p.substring(0, eq).trim(), "seed");
            if (counts.containsKey(kind)) {
                throw new IllegalArgumentException("seed " + kind.key() + ": given twice");
            }
            counts.put(kind, number(kind, p.substring(eq + 1).trim()));
        }
        return new SeedSpec(counts);
    }

    private static int number(Kind kind, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("seed " + kind.key() + ": must be a whole number from 0 to " + MAX_COUNT
                    + " (was '" + value + "')");
        }
    }

    /**
     * @param file a JSON file holding an object of counts, e.g. {@code {"trunks":10000,"numbers":100000}}
     * @return the spec
     * @throws IllegalArgumentException when the file cannot be read or is not such an object, naming the key
     */
    public static SeedSpec read(Path file) {
        String where = "seed file " + file;
        JsonNode root;
        try {
            root = Json.mapper().readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(where + ": no such file");
        } catch (IOException e) {
            throw new IllegalArgumentException(where + ": not readable JSON (" + firstLine(e.getMessage()) + ")");
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(where + ": must be a JSON object of counts, e.g. {\"trunks\":10000}");
        }
        Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            Kind kind = Kind.of(e.getKey(), where);
            JsonNode v = e.getValue();
            if (!v.canConvertToInt() || !v.isIntegralNumber()) {
                throw new IllegalArgumentException(where + ": " + kind.key() + " must be a whole number from 0 to "
                        + MAX_COUNT + " (was " + v + ")");
            }
            counts.put(kind, v.intValue());
        }
        try {
            return new SeedSpec(counts);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.split("\n", 2)[0];
    }

    @Override
    public String toString() {
        return counts.entrySet().stream().map(e -> e.getKey().key() + "=" + e.getValue())
                .collect(Collectors.joining(","));
    }
}
