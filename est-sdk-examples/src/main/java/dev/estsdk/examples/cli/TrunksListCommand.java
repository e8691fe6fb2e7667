package dev.estsdk.examples.cli;

import dev.estsdk.api.model.SipTrunk;
import dev.estsdk.examples.ExitCode;
import dev.estsdk.examples.Target;
import java.io.PrintStream;
import picocli.CommandLine.Command;

/** {@code est trunks list}: every trunk of the project with its id and SIP domain. */
@Command(name = "list", description = "List the project's SIP trunks with their ids and SIP domains.")
final class TrunksListCommand extends TargetCommand {

    private static final String ROW = "%-28s %-24s %-36s %s%n";

    TrunksListCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    int run(Target target, PrintStream out) {
        int count = 0;
        for (SipTrunk trunk : target.api().sipTrunks().list()) {
            if (count++ == 0) {
                out.printf(ROW, "ID", "NAME", "SIP DOMAIN", "CREATED");
            }
            out.printf(ROW, trunk.id(), trunk.name(), trunk.domain(), trunk.createTime());
        }
        if (count == 0) {
            out.println("No trunks in project " + target.api().projectId() + "."
                    + (target.isSimulator() ? " (The embedded simulator starts empty on every run.)" : ""));
        }
        return ExitCode.OK.code();
    }
}
