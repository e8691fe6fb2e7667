package dev.estsdk.examples.cli;

import dev.estsdk.examples.ExitCode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The {@code est} command itself: global options, and its usage when no subcommand is given. */
@Command(name = "est",
        description = "Provision and inspect Sinch Elastic SIP Trunks.",
        synopsisSubcommandLabel = "COMMAND",
        footerHeading = "%n",
        footer = {
            "Target: an embedded simulator in this process (no network, no credentials)",
            "unless EST_PROJECT_ID, EST_KEY_ID and EST_KEY_SECRET are set: then Sinch,",
            "or what EST_BASE_URL and EST_AUTH_URL point at (e.g. a standalone simulator).",
            "",
            "Exit codes: 0 done, 1 the service refused or failed, 2 bad input,",
            "3 target unreachable or access key rejected, 4 diagnose found problems."})
final class EstCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, scope = ScopeType.INHERIT,
            description = "Show this help and exit.")
    private boolean help;

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "On failure, print the stack trace after the one-line error.")
    private boolean verbose;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE.code();
    }
}
