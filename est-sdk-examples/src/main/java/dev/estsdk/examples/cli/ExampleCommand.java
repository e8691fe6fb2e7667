package dev.estsdk.examples.cli;

import dev.estsdk.examples.ExampleCatalog;
import dev.estsdk.examples.ExampleRunner;
import dev.estsdk.examples.ExitCode;
import dev.estsdk.examples.Target;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code est example [NAME [ARG...]]}: lists the example programs, or runs one on the target. */
@Command(name = "example", description = "List the example programs, or run one: est example workflow-c")
final class ExampleCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "The example to run.")
    private String name;

    @Parameters(index = "1..*", paramLabel = "ARG", description = "The example's arguments.")
    private List<String> arguments = List.of();

    private final CliEnvironment env;

    ExampleCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        PrintStream out = env.out();
        if (name == null) {
            out.println("Examples (source in est-sdk-examples/src/main/java/dev/estsdk/examples):");
            for (ExampleCatalog e : ExampleCatalog.values()) {
                out.printf("  %-32s %s (%s)%n", (e.exampleName() + " " + e.arguments()).strip(), e.task(),
                        e.mainClass().getSimpleName());
            }
            return ExitCode.OK.code();
        }
        ExampleCatalog example = ExampleCatalog.find(name).orElseThrow(() -> new IllegalArgumentException(
                "there is no example named '" + name + "': run 'est example' to list them"));
        try (Target target = env.targets().get()) {
            return ExampleRunner.run(example.example(arguments.toArray(String[]::new)), target, out, env.err());
        }
    }
}
