package dev.estsdk.twilio.model;

import dev.estsdk.api.model.FieldRules;
import dev.estsdk.api.model.Secret;
import org.jspecify.annotations.Nullable;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The input rules of Twilio's Elastic SIP Trunking API, written once: every request builder of
 * this package, the Twilio client's path checks and the provisioning workflows apply them. Each
 * method returns the broken rule's text (naming the value where it is not secret), or empty when
 * the value is acceptable. Where Twilio's rule is the same as Sinch's (free text without control
 * characters, E.164 numbers, the password policy) the method delegates to
 * {@link FieldRules}.
 *
 * <p>Limits come from Twilio's reference: friendly names of trunks, origination URLs and
 * credential lists hold up to {@value #MAX_SHORT_NAME_LENGTH} characters, those of IP access
 * control lists and IP addresses up to {@value #MAX_LONG_NAME_LENGTH}; credential usernames up
 * to {@value #MAX_USERNAME_LENGTH}; priorities 0 to 65535 and weights 1 to 65535.
 */
public final class TwilioRules {

    /** Longest friendly name of a trunk, an origination URL or a credential list. */
    public static final int MAX_SHORT_NAME_LENGTH = 64;
    /** Longest friendly name of an IP access control list or an IP address entry. */
    public static final int MAX_LONG_NAME_LENGTH = 255;
    /** Longest SIP credential username Twilio accepts. */
    public static final int MAX_USERNAME_LENGTH = 32;
    /** Longest URL (disaster-recovery URL, SIP URL) the SDK sends. */
    public static final int MAX_URL_LENGTH = 2048;
    /** Longest domain name: the DNS limit. */
    public static final int MAX_DOMAIN_NAME_LENGTH = 253;
    /** The suffix every trunk domain name ends with. */
    public static final String DOMAIN_SUFFIX = ".pstn.twilio.com";
    /** Lowest priority value (tried first). */
    public static final int MIN_PRIORITY = 0;
    /** Highest priority or weight value. */
    public static final int MAX_PRIORITY_OR_WEIGHT = 65535;
    /** Lowest weight value: a weight is a share, so zero would mean "never". */
    public static final int MIN_WEIGHT = 1;
    /** Shortest CIDR prefix length Twilio's IPv4 ACL entries take. */
    public static final int MIN_CIDR_PREFIX_LENGTH = 1;
    /** Longest CIDR prefix length (one host). */
    public static final int MAX_CIDR_PREFIX_LENGTH = 32;

    private static final Pattern SID_BODY = Pattern.compile("[0-9a-fA-F]{32}");
    private static final Pattern SID_PREFIX = Pattern.compile("[A-Z]{2}");
    private static final Pattern DNS_LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    private static final Set<String> TRANSPORTS = Set.of("udp", "tcp", "tls");

    private TwilioRules() {
    }

    /**
     * A Twilio SID of the given kind: the two-letter prefix followed by 32 hexadecimal digits,
     * 34 characters in all, e.g. {@code TK} + 32 hex for a trunk.
     *
     * @param prefix the expected prefix, e.g. {@code TK}, {@code AL}, {@code PN}
     * @param value  the SID, may be null
     * @return the broken rule, or empty
     * @throws IllegalArgumentException if prefix is not two upper-case letters
     */
    public static Optional<String> sid(String prefix, @Nullable String value) {
        if (prefix == null || !SID_PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("a SID prefix is two upper-case letters (was " + prefix + ")");
        }
        if (value == null) {
            return Optional.of("is required");
        }
        if (value.length() == 34 && value.startsWith(prefix) && SID_BODY.matcher(value.substring(2)).matches()) {
            return Optional.empty();
        }
        return Optional.of("must be a " + prefix + " SID: " + prefix + " followed by 32 hexadecimal digits"
                + was(value));
    }

    /**
     * A friendly name: not blank, at most {@code max} characters, no control characters.
     *
     * @param value the name, may be null
     * @param max   {@link #MAX_SHORT_NAME_LENGTH} or {@link #MAX_LONG_NAME_LENGTH}
     * @return the broken rule, or empty
     */
    public static Optional<String> friendlyName(@Nullable String value, int max) {
        if (value == null) {
            return Optional.of("is required");
        }
        if (value.isBlank()) {
            return Optional.of("must not be blank");
        }
        return friendlyNameIfSet(value, max);
    }

    /**
     * An optional friendly name: null is fine; otherwise as {@link #friendlyName(String, int)}.
     *
     * @param value the name, may be null
     * @param max   the longest name allowed
     * @return the broken rule, or empty
     */
    public static Optional<String> friendlyNameIfSet(@Nullable String value, int max) {
        if (value == null) {
            return Optional.empty();
        }
        if (value.length() > max) {
            return Optional.of("must be at most " + max + " characters long (was " + value.length() + ")");
        }
        return FieldRules.textIfSet(value);
    }

    /**
     * A trunk's termination domain name: ends with {@value #DOMAIN_SUFFIX}, at most
     * {@value #MAX_DOMAIN_NAME_LENGTH} characters, every label before the suffix 1 to 63 ASCII
     * letters, digits and hyphens, not starting or ending with a hyphen. Dotted sub-domains such
     * as {@code a.b.pstn.twilio.com} are valid syntax (Twilio accepts them once the parent
     * domain exists); the suffix is compared case-insensitively.
     *
     * @param value the domain name, may be null
     * @return the broken rule, or empty
     */
    public static Optional<String> domainName(@Nullable String value) {
        if (value == null) {
            return Optional.of("is required");
        }
        if (value.isBlank()) {
            return Optional.of("must not be blank");
        }
        if (value.length() > MAX_DOMAIN_NAME_LENGTH) {
            return Optional.of("must be at most " + MAX_DOMAIN_NAME_LENGTH + " characters long (was "
                    + value.length() + ")");
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(DOMAIN_SUFFIX) || lower.length() == DOMAIN_SUFFIX.length()) {
            return Optional.of("must be {name}" + DOMAIN_SUFFIX + ", e.g. acme-hq" + DOMAIN_SUFFIX + was(value));
        }
        String head = value.substring(0, value.length() - DOMAIN_SUFFIX.length());
        for (String label : head.split("\\.", -1)) {
            if (!DNS_LABEL.matcher(label).matches()) {
                return Optional.of("must have labels of 1 to 63 letters, digits and hyphens before "
                        + DOMAIN_SUFFIX + ", none starting or ending with a hyphen" + was(value));
            }
        }
        return Optional.empty();
    }

    /**
     * A priority of an origination URL: {@value #MIN_PRIORITY} to {@value #MAX_PRIORITY_OR_WEIGHT};
     * the lowest value is tried first.
     *
     * @param value the priority
     * @return the broken rule, or empty
     */
    public static Optional<String> priority(int value) {
        return between(value, MIN_PRIORITY, MAX_PRIORITY_OR_WEIGHT);
    }

    /**
     * A weight of an origination URL: {@value #MIN_WEIGHT} to {@value #MAX_PRIORITY_OR_WEIGHT};
     * URLs of equal priority share calls in proportion to their weights.
     *
     * @param value the weight
     * @return the broken rule, or empty
     */
    public static Optional<String> weight(int value) {
        return between(value, MIN_WEIGHT, MAX_PRIORITY_OR_WEIGHT);
    }

    /**
     * A CIDR prefix length of an IP access control list entry:
     * {@value #MIN_CIDR_PREFIX_LENGTH} to {@value #MAX_CIDR_PREFIX_LENGTH}.
     *
     * @param value the prefix length
     * @return the broken rule, or empty
     */
    public static Optional<String> cidrPrefixLength(int value) {
        return between(value, MIN_CIDR_PREFIX_LENGTH, MAX_CIDR_PREFIX_LENGTH);
    }

    /**
     * A dotted-quad IPv4 address without leading zeros (Twilio's ACLs take IPv4 only).
     *
     * @param value the address, may be null
     * @return the broken rule, or empty
     */
    public static Optional<String> ipv4(@Nullable String value) {
        return FieldRules.ipv4(value).map(rule -> rule.equals("is required") ? rule : rule + "; Twilio takes IPv4 only");
    }

    /**
     * An IPv4 network given as address and prefix length must be written as its network
     * address: {@code 203.0.113.0/24}, not {@code 203.0.113.7/24}, whose host bits would be
     * ignored. Only checked when both parts are otherwise valid.
     *
     * @param ipv4             a dotted-quad address, may be null
     * @param cidrPrefixLength the prefix length
     * @return the broken rule, or empty
     */
    public static Optional<String> networkAddress(@Nullable String ipv4, int cidrPrefixLength) {
        if (ipv4 == null || !isIpv4(ipv4) || cidrPrefixLength(cidrPrefixLength).isPresent()) {
            return Optional.empty();
        }
        long address = 0;
        for (String part : ipv4.split("\\.")) {
            address = (address << 8) | Integer.parseInt(part);
        }
        long mask = (0xFFFFFFFFL << (32 - cidrPrefixLength)) & 0xFFFFFFFFL;
        long network = address & mask;
        if (network == address) {
            return Optional.empty();
        }
        String expected = (network >>> 24) + "." + ((network >>> 16) & 0xFF) + "." + ((network >>> 8) & 0xFF)
                + "." + (network & 0xFF);
        return Optional.of("must be the network address of the /" + cidrPrefixLength + " range, " + expected
                + ", without host bits (was \"" + ipv4 + "/" + cidrPrefixLength + "\")");
    }

    /**
     * A phone number in E.164 form, as {@link FieldRules#e164(String)}.
     *
     * @param value the number, may be null
     * @return the broken rule, or empty
     */
    public static Optional<String> e164(@Nullable String value) {
        return FieldRules.e164(value);
    }

    /**
     * A SIP digest username: 1 to {@value #MAX_USERNAME_LENGTH} characters, no white space and
     * no control characters.
     *
     * @param value the username, may be null
     * @return the broken rule, or empty
     */
    public static Optional<String> username(@Nullable String value) {
        if (value != null && value.length() > MAX_USERNAME_LENGTH) {
            return Optional.of("must be at most " + MAX_USERNAME_LENGTH + " characters long (was "
                    + value.length() + ")");
        }
        return FieldRules.username(value);
    }

    /**
     * A SIP credential password: Twilio's policy (at least 12 characters, an upper-case letter,
     * a lower-case letter and a digit) is the same as Sinch's, so this is
     * {@link FieldRules#password(Secret)}. The message never contains the password.
     *
     * @param password the password, may be null
     * @return the broken rule, or empty
     */
    public static Optional<String> password(@Nullable Secret password) {
        return FieldRules.password(password);
    }

    /**
     * A SIP URL of an origination target: the {@code sip:} scheme (Twilio does not support
     * {@code sips:}; use {@code ;transport=tls}), an optional user part, a host that is an IPv4
     * address, a bracketed IPv6 address or a DNS name, an optional port 1 to 65535, and a
     * {@code transport} parameter, when given, of {@code udp}, {@code tcp} or {@code tls}; no
     * white space or control characters, at most {@value #MAX_URL_LENGTH} characters.
     *
     * @param value the URL, may be null
     * @return the broken rule, or empty
     */
    public static Optional<String> sipUrl(@Nullable String value) {
        Optional<String> basic = urlBasics(value);
        if (value == null || basic.isPresent()) {
            return basic;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.startsWith("sips:")) {
            return Optional.of("must use the sip: scheme; Twilio does not support sips: (add ;transport=tls)"
                    + was(value));
        }
        if (!lower.startsWith("sip:")) {
            return Optional.of("must be a SIP URL such as sip:pbx.example.com;transport=tls" + was(value));
        }
        String rest = value.substring(4);
        if (rest.startsWith("//")) {
            rest = rest.substring(2);
        }
        int headers = rest.indexOf('?');
        String beforeHeaders = headers < 0 ? rest : rest.substring(0, headers);
        String[] params = beforeHeaders.split(";", -1);
        String hostPort = params[0];
        int at = hostPort.lastIndexOf('@');
        if (at >= 0) {
            if (at == 0) {
                return Optional.of("must not have an empty user part before @" + was(value));
            }
            hostPort = hostPort.substring(at + 1);
        }
        Optional<String> host = hostAndPort(hostPort, value);
        if (host.isPresent()) {
            return host;
        }
        for (int i = 1; i < params.length; i++) {
            String param = params[i].toLowerCase(Locale.ROOT);
            if (param.startsWith("transport=") && !TRANSPORTS.contains(param.substring("transport=".length()))) {
                return Optional.of("must name transport udp, tcp or tls" + was(value));
            }
        }
        return Optional.empty();
    }

    /**
     * A URL Twilio fetches (the disaster-recovery TwiML URL): an absolute {@code http} or
     * {@code https} URL with a host, no white space or control characters, at most
     * {@value #MAX_URL_LENGTH} characters.
     *
     * @param value the URL, may be null
     * @return the broken rule, or empty
     */
    public static Optional<String> httpUrl(@Nullable String value) {
        Optional<String> basic = urlBasics(value);
        if (value == null || basic.isPresent()) {
            return basic;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return Optional.empty();
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        return Optional.of("must be an absolute http or https URL such as https://example.com/twiml" + was(value));
    }

    private static Optional<String> urlBasics(@Nullable String value) {
        if (value == null) {
            return Optional.of("is required");
        }
        if (value.isBlank()) {
            return Optional.of("must not be blank");
        }
        if (value.length() > MAX_URL_LENGTH) {
            return Optional.of("must be at most " + MAX_URL_LENGTH + " characters long (was " + value.length() + ")");
        }
        if (value.chars().anyMatch(c -> Character.isISOControl(c) || Character.isWhitespace(c))) {
            return Optional.of("must not contain white space or control characters" + was(value));
        }
        return Optional.empty();
    }

    private static Optional<String> hostAndPort(String hostPort, String value) {
        String host = hostPort;
        String port = null;
        if (hostPort.startsWith("[")) {
            int close = hostPort.indexOf(']');
            if (close < 0 || !hostPort.substring(1, close).matches("[0-9A-Fa-f:.]+")
                    || !hostPort.substring(1, close).contains(":")) {
                return Optional.of("must have a valid bracketed IPv6 host" + was(value));
            }
            String after = hostPort.substring(close + 1);
            if (!after.isEmpty()) {
                if (!after.startsWith(":")) {
                    return Optional.of("must have a host, then optionally :port" + was(value));
                }
                port = after.substring(1);
            }
        } else {
            int colon = hostPort.indexOf(':');
            if (colon >= 0) {
                host = hostPort.substring(0, colon);
                port = hostPort.substring(colon + 1);
            }
            if (!isIpv4(host) && !isDnsName(host)) {
                return Optional.of("must have a host that is an IPv4 address or a DNS name" + was(value));
            }
        }
        if (port != null) {
            boolean valid = port.matches("[0-9]{1,5}") && Integer.parseInt(port) >= 1 && Integer.parseInt(port) <= 65535;
            if (!valid) {
                return Optional.of("must have a port between 1 and 65535 when one is given" + was(value));
            }
        }
        return Optional.empty();
    }

    private static boolean isDnsName(String s) {
        if (s.isEmpty() || s.length() > MAX_DOMAIN_NAME_LENGTH || s.matches("[0-9.]+")) {
            return false;
        }
        for (String label : s.split("\\.", -1)) {
            if (!DNS_LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isIpv4(String s) {
        return FieldRules.ipv4(s).isEmpty();
    }

    private static Optional<String> between(int value, int min, int max) {
        return value < min || value > max
                ? Optional.of("must be between " + min + " and " + max + " (was " + value + ")")
                : Optional.empty();
    }

    /** Echoes a non-secret value, shortened and with control characters shown as {@code ?}. */
    static String was(String value) {
        int max = 60;
        String shown = value.length() > max ? value.substring(0, max) + "..." : value;
        StringBuilder sb = new StringBuilder(" (was \"");
        shown.chars().forEach(c -> sb.append(Character.isISOControl(c) ? '?' : (char) c));
        return sb.append("\")").toString();
    }
}
