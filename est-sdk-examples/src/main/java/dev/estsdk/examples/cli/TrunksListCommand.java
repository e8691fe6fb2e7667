package dev.estsdk.examples.cli;

import dev.estsdk.examples.ExitCode;
import java.io.PrintStream;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code est trunks list}: every trunk of the project (or Twilio account) with its id and SIP domain. */
@Command(name = "list", description = "List the project's (or Twilio account's) SIP trunks with their ids and SIP"
        + " domains.")
final class TrunksListCommand extends TargetCommand {

    private static final String ROW = "%-34s %-24s %-36s %s%n";

    TrunksListCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    int run(CarrierTarget target, PrintStream out) {
        List<CarrierTarget.TrunkRow> trunks = target.trunks();
        if (trunks.isEmpty()) {
            out.println("No trunks in " + target.account() + "."
                    + (target.isSimulator() ? " (The embedded simulator starts empty on every run.)" : ""));
            return ExitCode.OK.code();
        }
        out.printf(ROW, "ID", "NAME", "SIP DOMAIN", "CREATED");
        for (CarrierTarget.TrunkRow trunk : trunks) {
            out.printf(ROW, trunk.id(), trunk.name(), trunk.domain(), trunk.created());
        }
        return ExitCode.OK.code();
    }
}
