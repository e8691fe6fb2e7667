package dev.estsdk.workflows;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reference to a secret kept outside a plan file, written {@code ${env:NAME}}: the secret is
 * the value of the environment variable {@code NAME} when the plan is applied. A plan file holds
 * only references, never passwords; {@link SecretResolver} turns a reference into a value.
 *
 * <pre>{@code
 * SecretRef.env("EST_SIP_PASSWORD").reference()        // "${env:EST_SIP_PASSWORD}"
 * SecretRef.forCredential("Desk phones", "alice")      // ${env:EST_SIP_PASSWORD_ALICE}
 * SecretRef.parse("${env:EST_SIP_PASSWORD}")           // Optional[${env:EST_SIP_PASSWORD}]
 * }</pre>
 *
 * @param variable the environment variable's name: letters, digits and underscores, not starting
 *                 with a digit
 */
public record SecretRef(String variable) {

    /** The prefix of the environment variables {@link #forCredential} names. */
    public static final String CREDENTIAL_PREFIX = "EST_SIP_PASSWORD";

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{env:([^}]*)}");

    /**
     * Checks the variable name.
     *
     * @param variable the environment variable's name
     * @throws NullPointerException     if variable is null
     * @throws IllegalArgumentException if the name is not letters, digits and underscores
     */
    public SecretRef {
        Objects.requireNonNull(variable, "variable");
        if (!NAME.matcher(variable).matches()) {
            throw new IllegalArgumentException("an environment variable name must be letters, digits and "
                    + "underscores, not starting with a digit (was \"" + variable + "\")");
        }
    }

    /**
     * A reference to an environment variable.
     *
     * @param name the variable, e.g. {@code EST_SIP_PASSWORD}
     * @return the reference
     * @throws IllegalArgumentException if the name is not letters, digits and underscores
     */
    public static SecretRef env(String name) {
        return new SecretRef(name);
    }

    /**
     * The conventional reference for a credential's password, as a trunk's export and a plan
     * turned into a {@link PlanDocument} write it: {@code EST_SIP_PASSWORD_} and the
     * username in upper case, every character other than a letter or digit turned into
     * {@code _} (alice.smith → {@code EST_SIP_PASSWORD_ALICE_SMITH}). The list name is not part of
     * it, so a user keeps one variable across lists; see {@link #forCredentialInList} where the
     * same username appears in several lists.
     *
     * @param listName the credential list's name (accepted for symmetry; not used in the name)
     * @param username the SIP username
     * @return the reference
     */
    public static SecretRef forCredential(String listName, String username) {
        Objects.requireNonNull(listName, "listName");
        return new SecretRef(CREDENTIAL_PREFIX + suffix(username));
    }

    /**
     * A reference for a credential's password that names the list too:
     * {@code EST_SIP_PASSWORD_<LIST>_<USERNAME>} (Desk phones, alice →
     * {@code EST_SIP_PASSWORD_DESK_PHONES_ALICE}). Used when the same username is in several
     * lists of one plan, whose passwords may differ.
     *
     * @param listName the credential list's name
     * @param username the SIP username
     * @return the reference
     */
    public static SecretRef forCredentialInList(String listName, String username) {
        return new SecretRef(CREDENTIAL_PREFIX + suffix(listName) + suffix(username));
    }

    /**
     * Reads a reference written {@code ${env:NAME}}.
     *
     * @param text the text of a plan file's field
     * @return the reference, or empty if the text is not one (a literal value, or a malformed
     *         reference)
     */
    public static Optional<SecretRef> parse(String text) {
        Matcher m = REFERENCE.matcher(text.strip());
        if (!m.matches() || !NAME.matcher(m.group(1)).matches()) {
            return Optional.empty();
        }
        return Optional.of(new SecretRef(m.group(1)));
    }

    /**
     * The reference as written in a plan file.
     *
     * @return e.g. {@code ${env:EST_SIP_PASSWORD}}
     */
    public String reference() {
        return "${env:" + variable + "}";
    }

    /**
     * The reference as written in a plan file (a reference is not a secret).
     *
     * @return the same as {@link #reference()}
     */
    @Override
    public String toString() {
        return reference();
    }

    private static String suffix(String text) {
        Objects.requireNonNull(text, "text");
        String upper = text.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
        return upper.isEmpty() ? "" : "_" + upper;
    }
}
