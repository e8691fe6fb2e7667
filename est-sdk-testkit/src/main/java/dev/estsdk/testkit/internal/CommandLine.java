package dev.estsdk.testkit.internal;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The standalone jar's flags: {@code --port}, {@code --project-id}, {@code --key-id},
 * {@code --key-secret}, {@code --token-ttl}, {@code --propagation-delay}, {@code --journal-size},
 * {@code --seed}, {@code --seed-file} (as
 * {@code --flag value} or {@code --flag=value}) and {@code --help}. Durations are seconds
 * ({@code 3600}) or ISO-8601 ({@code PT1H}).
 */
public final class CommandLine {

    /** The usage text. */
    public static final String USAGE = String.join(System.lineSeparator(),
            "Usage: java -jar est-sdk-testkit-<version>-standalone.jar [options]",
            "",
            "Runs the EST simulator until stopped with Ctrl-C.",
            "",
            "Options:",
            "  --port <n>                 HTTP port on 127.0.0.1 (default 8089; 0 picks a free one)",
            "  --project-id <id>          project id (default sim-project)",
            "  --key-id <id>              access key id (default sim-key)",
            "  --key-secret <secret>      access key secret (default sim-secret-0123456789)",
            "  --token-ttl <duration>     access token lifetime, seconds or ISO-8601 (default 3600)",
            "  --propagation-delay <dur>  time for changes to reach the SIP edge (default 60)",
            "  --journal-size <n>         requests kept in the journal, newest first (default 10000; 0 keeps all)",
            "  --seed <kind=n,...>        generate resources, e.g. trunks=10000,numbers=100000 (kinds: trunks,",
            "                             endpoints, accessControlLists, credentialLists, numbers, assignedNumbers,",
            "                             calls, callBlockingRules)",
            "  --seed-file <file>         the same counts from a JSON object, e.g. {\"trunks\":10000}",
            "  --help                     print this help");

    private static final Set<String> FLAGS = Set.of("--port", "--project-id", "--key-id", "--key-secret",
            "--token-ttl", "--propagation-delay", "--journal-size",
            "--seed", "--seed-file");

    private final Map<String, String> values;
    private final boolean help;

    private CommandLine(Map<String, String> values, boolean help) {
        this.values = values;
        this.help = help;
    }

    /**
     * @param args the program arguments
     * @return the parsed flags
     * @throws IllegalArgumentException for an unknown flag or a missing value
     */
    public static CommandLine parse(String[] args) {
        return parse(args, FLAGS);
    }

    /**
     * @param args the program arguments
     * @param flags the flags that take a value (another simulator's set)
     * @return the parsed flags
     * @throws IllegalArgumentException for an unknown flag or a missing value
     */
    public static CommandLine parse(String[] args, Set<String> flags) {
        Map<String, String> values = new LinkedHashMap<>();
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
                continue;
            }
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            if (!flags.contains(name)) {
                throw new IllegalArgumentException("unknown option " + name);
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("option " + name + " needs a value");
                }
                value = args[++i];
            }
            values.put(name, value);
        }
        return new CommandLine(values, help);
    }

    /** @return whether {@code --help} was given */
    public boolean help() {
        return help;
    }

    /**
     * @param flag a flag such as {@code --project-id}
     * @param fallback the default
     * @return the value given, or the default
     */
    public String text(String flag, String fallback) {
        return values.getOrDefault(flag, fallback);
    }

    /**
     * @param flag a flag such as {@code --port}
     * @param fallback the default
     * @return the number given, or the default
     */
    public int integer(String flag, int fallback) {
        String v = values.get(flag);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " must be a number (was " + v + ")");
        }
    }

    /**
     * @param flag a flag such as {@code --token-ttl}
     * @param fallback the default
     * @return the duration given, or the default
     */
    public Duration duration(String flag, Duration fallback) {
        String v = values.get(flag);
        if (v == null) {
            return fallback;
        }
        try {
            return v.chars().allMatch(Character::isDigit) ? Duration.ofSeconds(Long.parseLong(v)) : Duration.parse(v);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException(flag + " must be seconds or an ISO-8601 duration such as PT1H (was "
                    + v + ")");
        }
    }
}
