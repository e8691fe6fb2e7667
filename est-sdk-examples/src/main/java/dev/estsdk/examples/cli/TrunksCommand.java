package dev.estsdk.examples.cli;

import dev.estsdk.examples.ExitCode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code est trunks}: groups the trunk commands and shows their usage when none is given. */
@Command(name = "trunks", description = "Work with the project's (or Twilio account's) SIP trunks.", synopsisSubcommandLabel = "COMMAND")
final class TrunksCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE.code();
    }
}
