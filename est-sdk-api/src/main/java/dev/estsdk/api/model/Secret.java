package dev.estsdk.api.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * A password or other secret that must never be printed: {@link #toString()} returns
 * {@code ***}, so records, requests and log lines that hold one stay safe. The value is read only
 * through {@link #reveal()}, which the SDK calls when it writes the request body.
 *
 * <p>Values are compared in constant time. CR, LF and every other control character are
 * refused at creation, so a secret can never split a header or a log line.
 *
 * <pre>{@code
 * Secret password = Secret.of(System.getenv("SIP_PASSWORD"));
 * }</pre>
 */
public final class Secret {

    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    /**
     * {@return the secret wrapping a value}
     * @param value the secret; not empty, no control characters
     * @throws IllegalArgumentException if value is empty or contains a control character such as
     *                                  CR or LF (the message never contains the value)
     */
    public static Secret of(String value) {
        Objects.requireNonNull(value, "secret must not be null");
        if (value.isEmpty()) {
            throw new IllegalArgumentException("secret must not be empty");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("secret must not contain control characters such as CR or LF");
        }
        return new Secret(value);
    }

    /**
     * {@return the value} Call it only where the value must leave the process (a request body),
     * and never log it.
     */
    public String reveal() {
        return value;
    }

    /**
     * {@return whether other is a {@code Secret} with the same value, compared in constant time}
     * @param other another object
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Secret that
                && MessageDigest.isEqual(value.getBytes(StandardCharsets.UTF_8),
                                         that.value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** {@return {@code ***}, never the value} */
    @Override
    public String toString() {
        return "***";
    }
}
