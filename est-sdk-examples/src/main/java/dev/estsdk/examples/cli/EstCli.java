package dev.estsdk.examples.cli;

import dev.estsdk.examples.ExitCode;
import dev.estsdk.examples.Failure;
import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * The {@code est} command line over Sinch and Twilio ({@code --carrier}): {@code est provision},
 * {@code est plan}, {@code est apply}, {@code est export}, {@code est migrate},
 * {@code est teardown}, {@code est diagnose}, {@code est trunks list}, {@code est numbers assign};
 * {@code est --help} lists them.
 *
 * <p>Failures end with one line on standard error ({@code error: what is wrong; how to fix it})
 * and a non-zero {@link ExitCode}; {@code --verbose} adds the stack trace.
 */
public final class EstCli {

    private static final String VERBOSE = "--verbose";

    private EstCli() {
    }

    /**
     * Runs {@code est} in this process and exits with its exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(run(args, CliEnvironment.system()));
    }

    /**
     * Runs {@code est} without exiting.
     *
     * @param args the command line, e.g. {@code provision --direction both ...}
     * @param environment variables, streams, terminal and target
     * @return the exit code ({@link ExitCode})
     */
    public static int run(String[] args, CliEnvironment environment) {
        return commandLine(environment).execute(args);
    }

    private static CommandLine commandLine(CliEnvironment env) {
        CommandLine trunks = new CommandLine(new TrunksCommand())
                .addSubcommand(new TrunksListCommand(env));
        CommandLine numbers = new CommandLine(new NumbersCommand())
                .addSubcommand(new NumbersAssignCommand(env));
        CommandLine cli = new CommandLine(new EstCommand())
                .addSubcommand(new ProvisionCommand(env))
                .addSubcommand(new PlanCommand(env))
                .addSubcommand(new ApplyCommand(env))
                .addSubcommand(new ExportCommand(env))
                .addSubcommand(new MigrateCommand(env))
                .addSubcommand(new TeardownCommand(env))
                .addSubcommand(new DiagnoseCommand(env))
                .addSubcommand("trunks", trunks)
                .addSubcommand("numbers", numbers)
                .addSubcommand(new ExampleCommand(env));
        cli.registerConverter(CallDirection.class, text -> Choice.parse(CallDirection.class, text));
        cli.registerConverter(AuthMethod.class, text -> Choice.parse(AuthMethod.class, text));
        cli.registerConverter(EndpointType.class, text -> Choice.parse(EndpointType.class, text));
        cli.registerConverter(CarrierChoice.class, text -> Choice.parse(CarrierChoice.class, text));
        cli.setOut(new PrintWriter(env.out(), true));
        cli.setErr(new PrintWriter(env.err(), true));
        cli.setParameterExceptionHandler((error, args) -> {
            String command = error.getCommandLine().getCommandSpec().qualifiedName();
            env.err().println("error: " + new Failure(ExitCode.USAGE, error.getMessage()).message()
                    + " (see '" + command + " --help')");
            return ExitCode.USAGE.code();
        });
        cli.setExecutionExceptionHandler((error, command, parsed) -> {
            Failure failure = Failure.of(error, carriers(command.getCommandSpec().userObject()));
            env.err().println("error: " + failure.message());
            if (verbose(parsed)) {
                error.printStackTrace(env.err());
            }
            return failure.exitCode().code();
        });
        return cli;
    }

    /** The carriers a failed command worked on, so the fix names their variables (EST_* or TWILIO_*). */
    private static Set<Failure.Carrier> carriers(Object command) {
        Set<CarrierChoice> choices = command instanceof TargetCommand t ? Set.of(t.carrier)
                : command instanceof MigrateCommand m ? m.carriers() : Set.of(CarrierChoice.SINCH);
        Set<Failure.Carrier> carriers = EnumSet.noneOf(Failure.Carrier.class);
        for (CarrierChoice c : choices) {
            carriers.add(c == CarrierChoice.TWILIO ? Failure.Carrier.TWILIO : Failure.Carrier.SINCH);
        }
        return carriers;
    }

    private static boolean verbose(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption(VERBOSE)) {
                return true;
            }
        }
        return false;
    }
}
