package dev.estsdk.api.model;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;

/**
 * An amount of money as EST reports prices: a decimal amount (four decimals are usual) and an
 * ISO 4217 currency, as the server sent them. Kept as {@link BigDecimal}, never as a
 * floating-point number.
 * @param amount       the amount, e.g. {@code 0.0040}
 * @param currencyCode ISO 4217 code, e.g. {@code USD}
 */
public record Money(@Nullable BigDecimal amount, @Nullable String currencyCode) {
}
