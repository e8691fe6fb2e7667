package dev.estsdk.examples.cli;

import dev.estsdk.api.model.Transport;
import dev.estsdk.examples.ExitCode;
import dev.estsdk.workflows.ProvisioningPlan;
import dev.estsdk.workflows.ProvisioningResult;
import java.io.PrintStream;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code est provision}: answers the decision tree (flags, or questions in a terminal), provisions
 * the trunk in dependency order with one line per step, waits for propagation, and prints the SIP
 * domain, the header rules and what to test.
 */
@Command(name = "provision",
        description = {"Provision a SIP trunk in dependency order: trunk, access control or credential list,"
                + " link, endpoint (an origination URL on Twilio), numbers. Missing answers are asked for in a"
                + " terminal."},
        footerHeading = "%n",
        sortOptions = false,
        footer = {"Example:",
            "  est provision --direction both --auth acl --endpoint static \\",
            "      --host-name acme-pbx --number +12025550101 [--carrier twilio]",
            "",
            "The SIP password for --auth credentials or --endpoint registered is read",
            "from EST_SIP_PASSWORD (or asked for; generated on the embedded simulator)."})
final class ProvisionCommand extends TargetCommand {

    @Option(names = "--direction", paramLabel = "outbound|inbound|both",
            description = "Which calls the trunk carries.")
    private CallDirection direction;

    @Option(names = "--auth", paramLabel = "acl|credentials",
            description = "How outbound calls are authorised: by source IP or by SIP digest.")
    private AuthMethod auth;

    @Option(names = "--endpoint", paramLabel = "static|registered",
            description = "How inbound calls reach the PBX: a fixed address, or where it registers (Sinch only).")
    private EndpointType endpoint;

    @Option(names = "--host-name", paramLabel = "NAME",
            description = "The trunk's host name; its SIP domain is NAME.pstn.sinch.com (NAME.pstn.twilio.com on"
                    + " Twilio).")
    private String hostName;

    @Option(names = "--number", paramLabel = "E164",
            description = "A number to assign (repeatable), e.g. +12025550101.")
    private List<String> numbers;

    @Option(names = "--ip", paramLabel = "IP[/BITS]",
            description = "The public IP (or range) the PBX sends from, for --auth acl.")
    private String ip;

    @Option(names = "--endpoint-address", paramLabel = "HOST",
            description = "Where inbound calls go, for --endpoint static (default: the --ip address).")
    private String endpointAddress;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "5060",
            description = "The static endpoint's port (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--transport", paramLabel = "udp|tcp|tls", defaultValue = "udp",
            converter = TransportConverter.class,
            description = "The endpoint's transport (default: ${DEFAULT-VALUE}).")
    private Transport transport;

    @Option(names = "--sip-username", paramLabel = "USER",
            description = "The SIP username, for credentials or a registered endpoint (default: the host name).")
    private String sipUsername;

    @Option(names = "--no-wait", description = "Do not wait the ~60 s the changes take to reach Sinch's SIP edge"
            + " (Twilio has no such wait).")
    private boolean noWait;

    ProvisionCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    int run(CarrierTarget target, PrintStream out) {
        ProvisionAnswers answers = new AnswerResolver(env.prompter(), out, env.variables(), target.isSimulator(),
                target.choice()).resolve(new ProvisionFlags(direction, auth, endpoint, hostName, numbers, ip,
                        endpointAddress, port, transport, sipUsername));
        ProvisioningPlan plan = answers.plan();
        out.println("Workflow " + plan.workflow() + ": " + plan.workflow().description());
        if (answers.generatedPassword()) {
            out.println("SIP password: generated for this simulator run (set EST_SIP_PASSWORD to choose one).");
        }
        ProvisioningResult result = target.provisioner().listener(new StepPrinter(out)).build().apply(plan);
        ApplyOutput.finish(out, target, plan, result, answers.hostName(), noWait);
        return ExitCode.OK.code();
    }
}
