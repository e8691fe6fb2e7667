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

    /** Parses {@code raw} into one of {@code constants}, or a new unknown value made by {@code unknown}. */
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

    /**
     * The canonical (upper-case) value, as sent to the server.
     *
     * @return the value, e.g. {@code UDP}
     */
    public String value() {
        return value;
    }

    /**
     * Whether this value is one of the constants this version of the SDK knows.
     *
     * @return false for a value the server introduced after this SDK was released
     */
    public boolean isKnown() {
        return known;
    }

    /**
     * Equal when of the same type and with the same canonical value.
     *
     * @param other another object
     * @return whether both denote the same value
     */
    @Override
    public boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && value.equals(((OpenEnum) other).value);
    }

    /**
     * A hash of the canonical value.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /**
     * The canonical value.
     *
     * @return {@link #value()}
     */
    @Override
    public String toString() {
        return value;
    }
}
