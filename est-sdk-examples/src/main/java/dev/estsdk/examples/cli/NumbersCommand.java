package dev.estsdk.examples.cli;

import dev.estsdk.examples.ExitCode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code est numbers}: the group of number commands; alone it prints its usage. */
@Command(name = "numbers", description = "Work on a trunk's phone numbers in bulk.",
        synopsisSubcommandLabel = "COMMAND")
final class NumbersCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE.code();
    }
}
