package dev.estsdk.examples.cli;

import dev.estsdk.examples.Target;
import dev.estsdk.testkit.EstSimulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Runs {@code est} in this process with captured streams, a chosen target and, optionally, scripted answers. */
final class CliHarness {

    private CliHarness() {
    }

    /** What a run printed and returned. */
    record Run(int exitCode, String out, String err) {

        List<String> errLines() {
            return err.isEmpty() ? List.of() : List.of(err.split("\\R"));
        }
    }

    /** Runs against a simulator the test owns (as if it were the embedded one), without a terminal. */
    static Run onSimulator(EstSimulator simulator, String... args) {
        return run(Map.of(), null, () -> Target.simulator(simulator), args);
    }

    /** Runs against the target the variables describe, without a terminal. */
    static Run withEnvironment(Map<String, String> variables, String... args) {
        return run(variables, null, () -> Target.fromEnvironment(variables), args);
    }

    /** Runs with a terminal that answers the given lines in order. */
    static Run inTerminal(EstSimulator simulator, ScriptedPrompter prompter, String... args) {
        return run(Map.of(), prompter, () -> Target.simulator(simulator), args);
    }

    /** The variables that point {@code est} at a running simulator as if it were a remote target. */
    static Map<String, String> remote(EstSimulator simulator) {
        return Map.of("EST_PROJECT_ID", simulator.projectId(), "EST_KEY_ID", simulator.keyId(),
                "EST_KEY_SECRET", simulator.keySecret(), "EST_BASE_URL", simulator.baseUrl());
    }

    static Run run(Map<String, String> variables, Prompter prompter, Supplier<Target> targets, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            int code = EstCli.run(args, new CliEnvironment(variables, o, e, Optional.ofNullable(prompter), targets));
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    /** A terminal that answers from a script and records every prompt. */
    static final class ScriptedPrompter implements Prompter {
        private final Deque<String> answers;
        private final List<String> prompts = new ArrayList<>();

        ScriptedPrompter(String... answers) {
            this.answers = new ArrayDeque<>(List.of(answers));
        }

        @Override
        public String readLine(String prompt) {
            prompts.add(prompt);
            return answers.poll();
        }

        @Override
        public char[] readPassword(String prompt) {
            prompts.add(prompt);
            String a = answers.poll();
            return a == null ? null : a.toCharArray();
        }

        List<String> prompts() {
            return prompts;
        }

        int unanswered() {
            return answers.size();
        }
    }
}
