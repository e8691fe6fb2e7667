package dev.estsdk.examples.cli;

import dev.estsdk.examples.Target;
import dev.estsdk.examples.twilio.TwilioTarget;
import dev.estsdk.testkit.EstSimulator;
import dev.estsdk.testkit.twilio.TwilioSimulator;
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

    /** Runs against simulators the test owns: Sinch for {@code --carrier sinch}, Twilio for {@code twilio}. */
    static Run onSimulators(EstSimulator sinch, TwilioSimulator twilio, String... args) {
        return run(Map.of(), null, () -> Target.simulator(sinch), () -> TwilioTarget.simulator(twilio), args);
    }

    /** Runs with a terminal attached, against simulators the test owns. */
    static Run inTerminal(EstSimulator sinch, TwilioSimulator twilio, Map<String, String> variables,
            String... args) {
        return run(variables, new ScriptedPrompter(), () -> Target.simulator(sinch), () -> TwilioTarget.simulator(twilio),
                args);
    }

    /** Runs as a fresh clone does: no variables, each carrier's embedded simulator, as {@code ./est} would. */
    static Run fresh(String... args) {
        return run(Map.of(), null, () -> Target.fromEnvironment(Map.of(), CliEnvironment.SIMULATOR_NUMBERS),
                () -> TwilioTarget.fromEnvironment(Map.of(), CliEnvironment.SIMULATOR_NUMBERS), args);
    }

    /** The variables that point {@code est --carrier twilio} at a running simulator as if it were Twilio. */
    static Map<String, String> remote(TwilioSimulator simulator) {
        return Map.of("TWILIO_ACCOUNT_SID", simulator.accountSid(), "TWILIO_AUTH_TOKEN", simulator.authToken(),
                "TWILIO_BASE_URL", simulator.baseUrl());
    }

    static Run run(Map<String, String> variables, Prompter prompter, Supplier<Target> targets, String... args) {
        return run(variables, prompter, targets, () -> TwilioTarget.fromEnvironment(variables), args);
    }

    static Run run(Map<String, String> variables, Prompter prompter, Supplier<Target> targets,
            Supplier<TwilioTarget> twilioTargets, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            int code = EstCli.run(args, new CliEnvironment(variables, o, e, Optional.ofNullable(prompter), targets,
                    twilioTargets));
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
