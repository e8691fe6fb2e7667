package dev.estsdk.client;

import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.FieldViolation;
import dev.estsdk.api.model.Secret;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Objects;

/**
 * The access key the client authenticates with: a key id and its secret, from the Sinch
 * dashboard (Settings, Access Keys).
 *
 * <ul>
 *   <li>{@link #oauth(String, String)} (the normal choice): the client exchanges the key for an
 *       OAuth2 access token at the auth URL (client-credentials grant), caches it, refreshes it
 *       ahead of expiry and sends {@code Authorization: Bearer ...};</li>
 *   <li>{@link #basic(String, String)}: the key itself is sent with every request as HTTP Basic
 *       authentication; meant for tests and quick experiments.</li>
 * </ul>
 *
 * <p>Instances are immutable. {@link #toString()} shows the scheme and the key id, never the
 * secret. The key id and secret are refused when they contain CR, LF or any other control
 * character, so they can never split a header.
 */
public final class EstCredentials {

    /** How the credentials are presented to the API. */
    public enum Scheme {
        /** OAuth2 client credentials: the key is exchanged for a bearer token. */
        OAUTH,
        /** HTTP Basic authentication with the key on every request. */
        BASIC
    }

    private final Scheme scheme;
    private final String keyId;
    private final Secret keySecret;

    private EstCredentials(Scheme scheme, String keyId, String keySecret) {
        this.scheme = scheme;
        this.keyId = keyId;
        this.keySecret = Secret.of(keySecret);
    }

    /**
     * OAuth2 client credentials: the recommended way to call EST.
     *
     * @param keyId     the access key id
     * @param keySecret the access key secret
     * @return the credentials
     * @throws EstValidationException if a value is null, blank or contains a control character
     */
    public static EstCredentials oauth(String keyId, String keySecret) {
        return create(Scheme.OAUTH, keyId, keySecret);
    }

    /**
     * HTTP Basic authentication with the access key on every request.
     *
     * @param keyId     the access key id
     * @param keySecret the access key secret
     * @return the credentials
     * @throws EstValidationException if a value is null, blank or contains a control character
     */
    public static EstCredentials basic(String keyId, String keySecret) {
        return create(Scheme.BASIC, keyId, keySecret);
    }

    private static EstCredentials create(Scheme scheme, String keyId, String keySecret) {
        List<FieldViolation> violations = new java.util.ArrayList<>();
        checkHeaderSafe("keyId", keyId, violations, true);
        checkHeaderSafe("keySecret", keySecret, violations, false);
        if (keyId != null && keyId.indexOf(':') >= 0) {
            violations.add(new FieldViolation("keyId", "must not contain ':' (was \"" + keyId + "\")"));
        }
        if (!violations.isEmpty()) {
            throw new EstValidationException("EstCredentials", violations);
        }
        return new EstCredentials(scheme, keyId, keySecret);
    }

    private static void checkHeaderSafe(String field, String value, List<FieldViolation> violations,
                                        boolean echo) {
        if (value == null || value.isBlank()) {
            violations.add(new FieldViolation(field, "must not be blank"));
        } else if (value.chars().anyMatch(Character::isISOControl)) {
            violations.add(new FieldViolation(field, "must not contain CR, LF or other control characters"
                    + (echo ? " (was \"" + value.replaceAll("\\p{Cntrl}", "?") + "\")" : "")));
        }
    }

    /**
     * How the credentials are presented.
     *
     * @return {@link Scheme#OAUTH} or {@link Scheme#BASIC}
     */
    public Scheme scheme() {
        return scheme;
    }

    /**
     * The access key id; not secret.
     *
     * @return the key id
     */
    public String keyId() {
        return keyId;
    }

    /**
     * The access key secret, wrapped so that it never prints.
     *
     * @return the secret
     */
    public Secret keySecret() {
        return keySecret;
    }

    /**
     * Equal when scheme, key id and secret are equal (the secret compared in constant time).
     *
     * @param other another object
     * @return whether both hold the same key
     */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof EstCredentials that && scheme == that.scheme && keyId.equals(that.keyId)
                && keySecret.equals(that.keySecret);
    }

    /**
     * A hash of scheme and key id.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(scheme, keyId);
    }

    /**
     * Returns e.g. {@code EstCredentials[OAUTH keyId=abc, keySecret=***]}.
     *
     * @return a description without the secret
     */
    @Override
    public String toString() {
        return "EstCredentials[" + scheme + " keyId=" + keyId + ", keySecret=***]";
    }
}
