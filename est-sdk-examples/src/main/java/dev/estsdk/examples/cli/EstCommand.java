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
        description = "Provision, compare, export and migrate Elastic SIP Trunks on Sinch and Twilio.",
        synopsisSubcommandLabel = "COMMAND",
        footerHeading = "%n",
        footer = {
            "Carrier: --carrier sinch (default) or twilio on every command but example, which",
            "runs the Sinch example programs (the Twilio ones are mains of their own: README).",
            "Target: the carrier's embedded simulator in this process (no network, no",
            "credentials) unless its variables are set. Sinch: EST_PROJECT_ID, EST_KEY_ID and",
            "EST_KEY_SECRET (EST_BASE_URL, EST_AUTH_URL point elsewhere, e.g. a standalone",
            "simulator). Twilio: TWILIO_ACCOUNT_SID with TWILIO_AUTH_TOKEN, or",
            "TWILIO_API_KEY_SID and TWILIO_API_KEY_SECRET (TWILIO_BASE_URL points elsewhere).",
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
