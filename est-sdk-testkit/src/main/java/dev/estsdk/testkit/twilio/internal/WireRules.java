package dev.estsdk.testkit.twilio.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The value rules Twilio's reference states for trunking parameters, as the simulator enforces
 * them (written independently of any client).
 */
public final class WireRules {

    /** Every trunk domain ends with this. */
    public static final String DOMAIN_SUFFIX = ".pstn.twilio.com";

    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    private static final Pattern HOST = Pattern.compile("(\\[[0-9A-Fa-f:.]+]|[A-Za-z0-9.-]+)(:[0-9]{1,5})?");

    private WireRules() {
    }

    /**
     * @param value a DomainName
     * @throws TwilioError 400 unless it is {@code label(.label)*.pstn.twilio.com}, at most 253 characters
     */
    public static void domainName(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        boolean ok = value.length() <= 253 && lower.endsWith(DOMAIN_SUFFIX) && lower.length() > DOMAIN_SUFFIX.length();
        if (ok) {
            for (String label : value.substring(0, value.length() - DOMAIN_SUFFIX.length()).split("\\.", -1)) {
                ok &= LABEL.matcher(label).matches();
            }
        }
        if (!ok) {
            throw TwilioError.invalid("DomainName must be letters, digits and hyphens ending with " + DOMAIN_SUFFIX
                    + " (was " + Form.shown(value) + ")");
        }
    }

    /**
     * @param domain a valid trunk domain
     * @return its parent trunk domain for a dotted sub-domain ({@code b.pstn.twilio.com} for
     *     {@code a.b.pstn.twilio.com}), or null for a top-level one
     */
    public static String parentDomain(String domain) {
        String head = domain.substring(0, domain.length() - DOMAIN_SUFFIX.length());
        int dot = head.indexOf('.');
        return dot < 0 ? null : head.substring(dot + 1) + domain.substring(domain.length() - DOMAIN_SUFFIX.length());
    }

    /**
     * @param value a SipUrl
     * @throws TwilioError 400 unless it is a {@code sip:} URL with a host; {@code sips:} is not supported
     */
    public static void sipUrl(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.startsWith("sips:")) {
            throw TwilioError.invalid("SipUrl: sips is NOT supported; use sip: with ;transport=tls");
        }
        boolean ok = lower.startsWith("sip:") && value.chars().noneMatch(c -> c <= ' ' || c == 0x7f);
        if (ok) {
            String rest = value.substring(4);
            rest = rest.startsWith("//") ? rest.substring(2) : rest;
            int end = rest.length();
            for (char stop : new char[] {';', '?'}) {
                int i = rest.indexOf(stop);
                if (i >= 0) {
                    end = Math.min(end, i);
                }
            }
            String hostPort = rest.substring(rest.lastIndexOf('@', end - 1) + 1, end);
            ok = !hostPort.isEmpty() && HOST.matcher(hostPort).matches() && value.length() <= 2048;
        }
        if (!ok) {
            throw TwilioError.invalid("SipUrl must be a sip: URL with a host (was " + Form.shown(value) + ")");
        }
    }

    /**
     * @param name the parameter
     * @param value a URL Twilio fetches
     * @throws TwilioError 400 unless it is an absolute http(s) URL
     */
    public static void httpUrl(String name, String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && value.length() <= 2048) {
                return;
            }
        } catch (URISyntaxException e) {
            // refused below
        }
        throw TwilioError.invalid(name + " must be an absolute http or https URL (was " + Form.shown(value) + ")");
    }

    /**
     * @param password a credential password
     * @throws TwilioError 400 unless it has 12 or more characters, a digit, an upper-case and a
     *     lower-case letter; the message never contains the password
     */
    public static void password(String password) {
        boolean ok = password.codePointCount(0, password.length()) >= 12
                && password.chars().anyMatch(Character::isDigit)
                && password.chars().anyMatch(Character::isUpperCase)
                && password.chars().anyMatch(Character::isLowerCase)
                && password.chars().noneMatch(Character::isISOControl);
        if (!ok) {
            throw TwilioError.invalid("Password must be at least 12 characters long and contain a digit, an upper-case"
                    + " and a lower-case letter");
        }
    }

    /**
     * Whether an IPv4 address lies in a network.
     *
     * @param address a dotted quad
     * @param network the network's address
     * @param prefix its prefix length
     * @return true when the address is inside
     */
    public static boolean inNetwork(long address, long network, int prefix) {
        long mask = prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
        return (address & mask) == (network & mask);
    }
}
