package dev.estsdk.api.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * A string constant from an open set: the SDK knows some values as constants, and a value the
 * server introduces later is kept instead of failing the whole response. Compare with
 * {@code equals} (or {@code ==} against a constant, since {@code of} returns the constant for a
 * known value); use {@link #isKnown()} before a {@code switch} over the constants.
 *
 * <p>Values are parsed case-insensitively and kept in upper case, so {@code "inbound"} (as the
 * server writes call directions) equals {@code INBOUND}.
 */
public abstract sealed class OpenEnum permits Transport, Direction, CallResult {

    private final String value;
    private final boolean known;

    OpenEnum(String value, boolean known) {
        this.value = value;
        this.known = known;
    }

    static <T extends OpenEnum> T parse(String raw, String typeName, List<T> constants,
                                        Function<String, T> unknown) {
        Objects.requireNonNull(raw, () -> typeName + " value must not be null");
        String canonical = raw.strip().toUpperCase(Locale.ROOT);
        if (canonical.isEmpty()) {
            throw new IllegalArgumentException(typeName + " value must not be blank");
        }
        for (T constant : constants) {
            if (constant.value().equals(canonical)) {
                return constant;
            }
        }
        return unknown.apply(canonical);
    }

    /** {@return the canonical (upper-case) value, as sent to the server, e.g. {@code UDP}} */
    public String value() {
        return value;
    }

    /** {@return whether this SDK version knows the value as a constant} */
    public boolean isKnown() {
        return known;
    }

    /**
     * {@return whether other is of the same type with the same canonical value}
     * @param other another object
     */
    @Override
    public boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && value.equals(((OpenEnum) other).value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** {@return the canonical value} */
    @Override
    public String toString() {
        return value;
    }
}
