package dev.estsdk.examples.cli;

import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.model.CreateCredentialListRequest;
import dev.estsdk.api.model.CreateStaticEndpointRequest;
import dev.estsdk.api.model.FieldRules;
import dev.estsdk.api.model.IpRange;
import dev.estsdk.api.model.NewIpRange;
import dev.estsdk.api.model.Secret;

import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Turns {@code est provision}'s flags into {@link ProvisionAnswers}: a missing answer is asked for
 * when a terminal is attached, and reported (all missing flags in one line) when not. On the
 * simulator, the PBX address defaults to a documentation address and a SIP password is generated.
 */
final class AnswerResolver {

    /** The variable that holds the SIP password, so it never appears on a command line. */
    static final String SIP_PASSWORD = "EST_SIP_PASSWORD";
    /** The PBX address used on the simulator when none is given (TEST-NET-3, RFC 5737). */
    static final String EXAMPLE_ADDRESS = "203.0.113.10";

    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int GENERATED_PASSWORD_LENGTH = 20;

    private final Questions questions;
    private final Map<String, String> variables;
    private final boolean simulator;
    private final CarrierChoice carrier;
    private final List<String> missing = new ArrayList<>();
    private boolean generatedPassword;

    AnswerResolver(Optional<Prompter> prompter, PrintStream out, Map<String, String> variables, boolean simulator) {
        this(prompter, out, variables, simulator, CarrierChoice.SINCH);
    }

    AnswerResolver(Optional<Prompter> prompter, PrintStream out, Map<String, String> variables, boolean simulator,
            CarrierChoice carrier) {
        this.questions = prompter.map(p -> new Questions(p, out)).orElse(null);
        this.variables = variables;
        this.simulator = simulator;
        this.carrier = carrier;
    }

    /**
     * @throws IllegalArgumentException when a flag is missing without a terminal, contradicts the
     *     direction, or a value is invalid
     */
    ProvisionAnswers resolve(ProvisionFlags flags) {
        CallDirection direction = answer(flags.direction(), "--direction (" + Choice.keys(CallDirection.class) + ")",
                () -> questions.choose("Which calls will the trunk carry?", CallDirection.class, CallDirection.BOTH));
        boolean outbound = direction == null || direction.outbound();
        boolean inbound = direction == null || direction.inbound();
        AuthMethod auth = outbound
                ? answer(flags.auth(), "--auth (" + Choice.keys(AuthMethod.class) + ")", () -> questions.choose(
                        "How does " + carrier.displayName() + " recognise your PBX's outbound calls?",
                        AuthMethod.class, AuthMethod.ACL))
                : notApplicable(flags.auth(), "--auth", "outbound");
        EndpointType endpoint = inbound
                ? answer(flags.endpoint(), "--endpoint (" + Choice.keys(EndpointType.class) + ")", () -> questions
                        .choose("How does " + carrier.displayName() + " reach your PBX for inbound calls?",
                                EndpointType.class, EndpointType.STATIC))
                : notApplicable(flags.endpoint(), "--endpoint", "inbound");
        String hostName = answer(check(flags.hostName(), AnswerResolver::hostName), "--host-name",
                () -> questions.text("Host name of the trunk (its SIP domain is <host name>."
                        + carrier.domainSuffix() + ")", null,
                        AnswerResolver::hostName));
        List<String> numbers = flags.numbers().isEmpty() && questions != null
                ? questions.text("Phone numbers to assign (E.164, comma-separated, empty for none)",
                        simulator ? "+12025550101" : "", AnswerResolver::numbers)
                : numbers(String.join(",", flags.numbers()));
        NewIpRange aclRange = auth != AuthMethod.ACL ? null : address(check(flags.ip(), AnswerResolver::ipRange),
                "--ip", "Public IP address your PBX sends from (or a range such as 203.0.113.0/24)",
                AnswerResolver::ipRange);
        String endpointAddress = endpoint == EndpointType.STATIC
                ? endpointAddress(flags.endpointAddress(), aclRange) : null;
        if (endpoint == EndpointType.STATIC) {
            checkPort(flags.port());
        }
        boolean credentials = auth == AuthMethod.CREDENTIALS || endpoint == EndpointType.REGISTERED;
        String username = credentials ? sipUsername(flags.sipUsername(), hostName) : null;
        Secret password = credentials ? sipPassword(variables.get(SIP_PASSWORD), username) : null;
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("missing " + String.join(", ", missing)
                    + ": pass " + (missing.size() == 1 ? "it" : "them") + " as flags, or run 'est provision' in a"
                    + " terminal to be asked");
        }
        return new ProvisionAnswers(direction, auth, endpoint, hostName, numbers, aclRange, endpointAddress,
                flags.port(), flags.transport(), username, password, generatedPassword);
    }

    private <T> T answer(T given, String flag, Supplier<T> ask) {
        if (given != null) {
            return given;
        }
        if (questions != null) {
            return ask.get();
        }
        missing.add(flag);
        return null;
    }

    private static <T> T notApplicable(T given, String flag, String direction) {
        if (given != null) {
            throw new IllegalArgumentException(flag + " only applies to " + direction + " calls: drop it, or use"
                    + " --direction " + direction + " or both");
        }
        return null;
    }

    private <T> T address(T given, String flag, String question, Function<String, T> parse) {
        if (given != null) {
            return given;
        }
        if (questions != null) {
            return questions.text(question, simulator ? EXAMPLE_ADDRESS : null, parse);
        }
        if (simulator) {
            return parse.apply(EXAMPLE_ADDRESS);
        }
        missing.add(flag);
        return null;
    }

    private String endpointAddress(String given, NewIpRange aclRange) {
        if (given != null) {
            return checked("--endpoint-address", given.strip(), FieldRules::address);
        }
        if (aclRange != null && aclRange.range() == IpRange.DEFAULT_RANGE) {
            return aclRange.ipAddress();
        }
        return address(null, "--endpoint-address", "Address of your PBX for inbound calls (IP address or host name)",
                text -> checked("the address", text.strip(), FieldRules::address));
    }

    /** Applies the api's port rule, so the command refuses exactly what creating the endpoint would. */
    private static void checkPort(int port) {
        try {
            CreateStaticEndpointRequest.builder().name("check").address(EXAMPLE_ADDRESS).port(port).build();
        } catch (EstValidationException e) {
            throw new IllegalArgumentException("--port " + e.violations().get(0).description());
        }
    }

    private String sipUsername(String given, String hostName) {
        if (given != null) {
            return checked("--sip-username", given.strip(), FieldRules::username);
        }
        return questions == null || hostName == null ? hostName
                : questions.text("SIP username of your PBX", hostName,
                        text -> checked("the username", text.strip(), FieldRules::username));
    }

    private Secret sipPassword(String given, String username) {
        String password = given != null && !given.isBlank() ? given
                : questions != null ? questions.secret("SIP password (12+ characters with upper case, lower case"
                        + " and a digit): ")
                : null;
        if (password == null && simulator) {
            password = generatePassword();
            generatedPassword = true;
        }
        if (password == null) {
            missing.add(SIP_PASSWORD + " (the SIP password, kept off the command line)");
            return null;
        }
        try {
            CreateCredentialListRequest.builder().name("check").credential(username == null ? "user" : username,
                    password).build();
        } catch (EstValidationException e) {
            throw new IllegalArgumentException("the SIP password (" + SIP_PASSWORD + ") "
                    + e.violations().get(0).description());
        }
        return Secret.of(password);
    }

    private static <T> T check(String given, Function<String, T> parse) {
        return given == null ? null : parse.apply(given);
    }

    private static String hostName(String text) {
        return checked("--host-name", text.strip(), FieldRules::hostName);
    }

    private static NewIpRange ipRange(String text) {
        try {
            return NewIpRange.ofCidr(text);
        } catch (EstValidationException e) {
            throw new IllegalArgumentException("--ip (an IPv4 address or range such as 203.0.113.10 or 203.0.113.0/24) "
                    + e.violations().get(0).description());
        }
    }

    /** The value when the rule holds; otherwise a usage error naming {@code what} and the rule. */
    private static String checked(String what, String value, Function<String, Optional<String>> rule) {
        rule.apply(value).ifPresent(broken -> {
            throw new IllegalArgumentException(what + " " + broken);
        });
        return value;
    }

    private static List<String> numbers(String text) {
        if (text.isBlank()) {
            return List.of();
        }
        List<String> numbers = Arrays.stream(text.split(",")).map(String::strip).toList();
        for (String n : numbers) {
            FieldRules.e164(n).ifPresent(rule -> {
                throw new IllegalArgumentException("--number " + rule);
            });
        }
        return numbers;
    }

    static String generatePassword() {
        SecureRandom random = new SecureRandom();
        while (true) {
            StringBuilder sb = new StringBuilder(GENERATED_PASSWORD_LENGTH);
            for (int i = 0; i < GENERATED_PASSWORD_LENGTH; i++) {
                sb.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
            }
            String p = sb.toString();
            if (p.chars().anyMatch(Character::isUpperCase) && p.chars().anyMatch(Character::isLowerCase)
                    && p.chars().anyMatch(Character::isDigit)) {
                return p;
            }
        }
    }
}
