package dev.estsdk.twilio.model;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A value from one of Twilio's open enumerations, such as a transfer mode or a recording mode:
 * the SDK knows some values as constants, and a value Twilio introduces later is kept instead of
 * failing the whole response (twilio-java turns such values into null). Values are matched
 * case-insensitively and kept in Twilio's spelling, e.g. {@code disable-all}; each type's {@code of}
 * returns the constant for a known value, so {@code ==} against a constant works.
 */
public abstract class WireValue {

    private final String value;
    private final boolean known;

    WireValue(String value, boolean known) {
        this.value = value;
        this.known = known;
    }

    static <T extends WireValue> T parse(String raw, String typeName, List<T> constants, Function<String, T> unknown) {
        Objects.requireNonNull(raw, () -> typeName + " value must not be null");
        String stripped = raw.strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException(typeName + " value must not be blank");
        }
        for (T constant : constants) {
            if (constant.value().equalsIgnoreCase(stripped)) {
                return constant;
            }
        }
        if (stripped.chars().anyMatch(c -> Character.isISOControl(c) || Character.isWhitespace(c))) {
            throw new IllegalArgumentException(typeName + " value must not contain white space or control characters");
        }
        return unknown.apply(stripped);
    }

    /**
     * The value as Twilio writes it.
     *
     * @return e.g. {@code disable-all}
     */
    public String value() {
        return value;
    }

    /**
     * Whether this value is one of the constants this version of the SDK knows.
     *
     * @return false for a value Twilio introduced after this SDK was released
     */
    public boolean isKnown() {
        return known;
    }

    /**
     * Equal when of the same type and with the same value.
     *
     * @param other another object
     * @return whether both denote the same value
     */
    @Override
    public boolean equals(@Nullable Object other) {
        return other != null && other.getClass() == getClass() && value.equals(((WireValue) other).value);
    }

    /**
     * A hash of the value.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /**
     * The value as Twilio writes it.
     *
     * @return {@link #value()}
     */
    @Override
    public String toString() {
        return value;
    }
}
