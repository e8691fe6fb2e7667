package dev.estsdk.core.internal;

import dev.estsdk.api.exception.FieldViolation;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The rules a client builder applies to its transport settings, shared by every carrier's
 * client so that they refuse the same things in the same words: base URLs (https except for
 * loopback hosts; no user info, query or fragment) and durations (positive, within what the
 * JDK client accepts). Each check adds its violations to the list it is given, so a builder can
 * report every broken rule at once.
 */
public final class ClientSettingsRules {

    private ClientSettingsRules() {
    }

    /**
     * Checks a base URL.
     *
     * @param field      the builder setting's name, for the message
     * @param value      the URL as given
     * @param violations where broken rules are added
     * @return the URL without a trailing slash, or null when it breaks a rule
     */
    public static URI baseUrl(String field, String value, List<FieldViolation> violations) {
        if (value == null || value.isBlank()) {
            violations.add(new FieldViolation(field, "must not be blank"));
            return null;
        }
        URI uri;
        try {
            uri = new URI(value.strip());
        } catch (URISyntaxException e) {
            violations.add(new FieldViolation(field, "must be an absolute URL" + (value.contains("@")
                    ? " without user info" : " (was \"" + value.strip().replaceAll("\\p{Cntrl}", "?") + "\")")));
            return null;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        int before = violations.size();
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            violations.add(new FieldViolation(field, "must be an absolute https URL with a host"));
        } else if (scheme.equals("http") && !isLoopback(uri.getHost())) {
            violations.add(new FieldViolation(field, "must use https; http is allowed only for loopback hosts"
                    + " (was host " + uri.getHost() + ")"));
        }
        if (uri.getRawUserInfo() != null) {
            violations.add(new FieldViolation(field, "must not contain user info; pass credentials to the builder"));
        }
        if (uri.getRawQuery() != null) {
            violations.add(new FieldViolation(field, "must not contain a query"));
        }
        if (uri.getRawFragment() != null) {
            violations.add(new FieldViolation(field, "must not contain a fragment"));
        }
        if (violations.size() > before) {
            return null;
        }
        String text = uri.toString();
        return URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    }

    /**
     * Checks a timeout.
     *
     * @param field      the builder setting's name
     * @param value      the duration
     * @param violations where broken rules are added
     */
    public static void positive(String field, Duration value, List<FieldViolation> violations) {
        if (value == null) {
            violations.add(new FieldViolation(field, "must not be null"));
        } else if (value.isNegative() || value.isZero()) {
            violations.add(new FieldViolation(field, "must be positive (was " + value + ")"));
        } else if (value.toMillis() > Integer.MAX_VALUE) {
            violations.add(new FieldViolation(field, "must be at most " + Integer.MAX_VALUE + " ms"));
        }
    }

    /**
     * Checks a {@code User-Agent} suffix: printable ASCII, not blank.
     *
     * @param field      the builder setting's name
     * @param value      the suffix, or null for none
     * @param violations where broken rules are added
     */
    public static void userAgentSuffix(String field, String value, List<FieldViolation> violations) {
        if (value != null && (value.isBlank() || value.chars().anyMatch(c -> c < 0x20 || c > 0x7e))) {
            violations.add(new FieldViolation(field, "must be printable ASCII without CR, LF or other control characters"));
        }
    }

    /**
     * Whether a host is the loopback interface ({@code localhost}, {@code 127.0.0.0/8}, {@code ::1}),
     * decided without a DNS lookup for names.
     *
     * @param host a URL's host
     * @return true for a loopback host
     */
    public static boolean isLoopback(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (bare.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!bare.matches("[0-9.]+") && !bare.contains(":")) {
            return false;
        }
        try {
            return InetAddress.getByName(bare).isLoopbackAddress();
        } catch (IOException e) {
            return false;
        }
    }
}
