package dev.estsdk.api.model;

import org.jspecify.annotations.Nullable;

import java.util.Optional;

/**
 * The input rules every builder, workflow and the {@code est} command apply, written once.
 * Each method returns the broken rule's text (naming the value where it is not secret), or
 * empty when the value is acceptable; builders collect these into one
 * {@link dev.estsdk.api.exception.EstValidationException}.
 *
 * <p>Where the EST API documents no limit, these limits are the SDK's own and deliberately
 * generous: a value that breaks one is a bug in the caller, not a name anyone meant.
 */
public final class FieldRules {

    /** Longest name, description or other free text the SDK sends. */
    public static final int MAX_TEXT_LENGTH = 255;
    /** Longest trunk host name: one DNS label. */
    public static final int MAX_HOST_NAME_LENGTH = 63;
    /** Longest SIP credential username. */
    public static final int MAX_USERNAME_LENGTH = 64;
    /** Longest SIP credential password. */
    public static final int MAX_PASSWORD_LENGTH = 128;

    private FieldRules() {
    }

    /**
     * Free text such as a name: not blank, at most {@value #MAX_TEXT_LENGTH} characters, no
     * control characters (NUL, CR, LF, TAB, …).
     * @param value the text, may be null
     * @return the broken rule, or empty
     */
    public static Optional<String> text(@Nullable String value) {
        if (value == null) {
            return Optional.of("is required");
        }
        if (value.isBlank()) {
            return Optional.of("must not be blank");
        }
        return textIfSet(value);
    }

    /**
     * Optional free text: null is fine; otherwise as {@link #text(String)}.
     * @param value the text, may be null
     * @return the broken rule, or empty
     */
    public static Optional<String> textIfSet(@Nullable String value) {
        if (value == null) {
            return Optional.empty();
        }
        if (value.isBlank()) {
            return Optional.of("must not be blank when set (leave it null to omit it)");
        }
        if (value.length() > MAX_TEXT_LENGTH) {
            return Optional.of(tooLong(MAX_TEXT_LENGTH, value));
        }
        if (hasControl(value)) {
            return Optional.of("must not contain control characters such as NUL, CR or LF" + was(value));
        }
        return Optional.empty();
    }

    /**
     * A trunk host name, the first label of {@code {hostName}.pstn.sinch.com}: 1 to
     * {@value #MAX_HOST_NAME_LENGTH} ASCII letters, digits and hyphens, not starting or ending
     * with a hyphen (a DNS label).
     * @param value the host name, may be null
     * @return the broken rule, or empty
     */
    public static Optional<String> hostName(@Nullable String value) {
        Optional<String> text = requiredPresent(value);
        if (text.isPresent()) {
            return text;
        }
        if (value.length() > MAX_HOST_NAME_LENGTH) {
            return Optional.of(tooLong(MAX_HOST_NAME_LENGTH, value));
        }
        if (!Syntax.isHostLabelCharset(value)) {
            return Optional.of("must contain only letters, digits and hyphens (one DNS label, no dots)" + was(value));
        }
        if (value.startsWith("-") || value.endsWith("-")) {
            return Optional.of("must not start or end with a hyphen (it becomes a DNS label)" + was(value));
        }
        return Optional.empty();
    }

    /**
     * A DNS name such as {@code pstn.sinch.com}: dot-separated labels of letters, digits and
     * hyphens, none starting or ending with a hyphen, at most 253 characters.
     * @param value the name, may be null
     * @return the broken rule, or empty
     */
    public static Optional<String> domainName(@Nullable String value) {
        Optional<String> text = requiredPresent(value);
        if (text.isPresent()) {
            return text;
        }
        return Syntax.isHostName(value) && !Syntax.isIpv4(value) ? Optional.empty()
                : Optional.of("must be a DNS name such as pstn.sinch.com" + was(value));
    }

    /**
     * Where a static endpoint is reached: a dotted-quad IPv4 address or a DNS host name.
     * @param value the address, may be null
     * @return the broken rule, or empty
     */
    public static Optional<String> address(@Nullable String value) {
        Optional<String> text = requiredPresent(value);
        if (text.isPresent()) {
            return text;
        }
        if (hasControl(value)) {
            return Optional.of("must not contain control characters such as NUL, CR or LF" + was(value));
        }
        return Syntax.isIpv4(value) || Syntax.isHostName(value) ? Optional.empty()
                : Optional.of("must be an IPv4 address or a host name" + was(value));
    }

    /**
     * A dotted-quad IPv4 address without leading zeros (which some parsers read as octal), such
     * as {@code 203.0.113.10}.
     * @param value the address, may be null
     * @return the broken rule, or empty
     */
    public static Optional<String> ipv4(@Nullable String value) {
        if (value == null) {
            return Optional.of("is required");
        }
        return Syntax.isIpv4(value) ? Optional.empty()
                : Optional.of("must be a dotted-quad IPv4 address such as 203.0.113.10" + was(value));
    }

    /**
     * A phone number in E.164 form: {@code +} then 2 to 15 digits, the first not 0.
     * @param value the number, may be null
     * @return the broken rule, or empty
     */
    public static Optional<String> e164(@Nullable String value) {
        if (value == null) {
            return Optional.of("is required");
        }
        return Syntax.isE164(value) ? Optional.empty()
                : Optional.of("must be an E.164 number: + then 2 to 15 digits, e.g. +15551234567" + was(value));
    }

    /**
     * A SIP credential username: 1 to {@value #MAX_USERNAME_LENGTH} characters, no white space
     * and no control characters.
     * @param value the username, may be null
     * @return the broken rule, or empty
     */
    public static Optional<String> username(@Nullable String value) {
        Optional<String> text = requiredPresent(value);
        if (text.isPresent()) {
            return text;
        }
        if (value.length() > MAX_USERNAME_LENGTH) {
            return Optional.of(tooLong(MAX_USERNAME_LENGTH, value));
        }
        if (hasControl(value) || value.chars().anyMatch(Character::isWhitespace)) {
            return Optional.of("must not contain white space or control characters" + was(value));
        }
        return Optional.empty();
    }

    /**
     * A SIP credential password, never echoed: {@link PasswordPolicy#MIN_LENGTH} to
     * {@value #MAX_PASSWORD_LENGTH} characters with an upper-case letter, a lower-case letter and
     * a digit, and no white space or control characters.
     * @param password the password, may be null
     * @return the broken rule, or empty
     */
    public static Optional<String> password(@Nullable Secret password) {
        if (password == null) {
            return Optional.of("is required");
        }
        return PasswordPolicy.unmetRule(password.reveal());
    }

    /**
     * A resource id as it goes into a URL path: not blank, at most {@value #MAX_TEXT_LENGTH}
     * characters, no control characters, white space, {@code /}, {@code \}, {@code ?},
     * {@code #} or {@code %}, and not {@code .} or {@code ..}.
     * @param value the id, may be null
     * @return the broken rule, or empty
     */
    public static Optional<String> id(@Nullable String value) {
        Optional<String> text = requiredPresent(value);
        if (text.isPresent()) {
            return text;
        }
        if (value.length() > MAX_TEXT_LENGTH) {
            return Optional.of(tooLong(MAX_TEXT_LENGTH, value));
        }
        if (value.equals(".") || value.equals("..")
                || value.chars().anyMatch(c -> Character.isISOControl(c) || Character.isWhitespace(c)
                || c == '/' || c == '\\' || c == '?' || c == '#' || c == '%')) {
            return Optional.of("must be an id as the API returned it (no path separators, white space or"
                    + " control characters)" + was(value));
        }
        return Optional.empty();
    }

    /**
     * An ISO 3166-1 alpha-2 country code in upper case, e.g. {@code SE}.
     * @param value the code, may be null
     * @return the broken rule, or empty
     */
    public static Optional<String> isoAlpha2(@Nullable String value) {
        if (value == null) {
            return Optional.of("is required");
        }
        return Syntax.isIsoAlpha2(value) ? Optional.empty()
                : Optional.of("must be an ISO 3166-1 alpha-2 code in upper case, e.g. SE" + was(value));
    }

    private static Optional<String> requiredPresent(String value) {
        if (value == null) {
            return Optional.of("is required");
        }
        if (value.isBlank()) {
            return Optional.of("must not be blank");
        }
        return Optional.empty();
    }

    static boolean hasControl(String value) {
        return value.chars().anyMatch(Character::isISOControl);
    }

    private static String tooLong(int max, String value) {
        return "must be at most " + max + " characters long (was " + value.length() + ")";
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
