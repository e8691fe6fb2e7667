package dev.estsdk.api.model;

import java.math.BigDecimal;

/**
 * An amount of money as EST reports prices: a decimal amount (four decimals are usual) and an
 * ISO 4217 currency. Kept as {@link BigDecimal}, never as a floating-point number.
 *
 * @param amount       the amount, e.g. {@code 0.0040}
 * @param currencyCode ISO 4217 code, e.g. {@code USD}
 */
public record Money(BigDecimal amount, String currencyCode) {

    /**
     * Creates an amount after checking it, like the builder does.
     *
     * @param amount       the amount; required
     * @param currencyCode three upper-case letters; required
     * @return the money
     * @throws dev.estsdk.api.exception.EstValidationException if a value is missing or the
     *         currency is not three upper-case letters
     */
    public static Money of(BigDecimal amount, String currencyCode) {
        return builder().amount(amount).currencyCode(currencyCode).build();
    }

    /**
     * Starts an empty amount.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a builder holding both values.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder().amount(amount).currencyCode(currencyCode);
    }

    /** Builds {@link Money}. */
    public static final class Builder {
        private BigDecimal amount;
        private String currencyCode;

        private Builder() {
        }

        /**
         * Sets the amount.
         *
         * @param amount required
         * @return this builder
         */
        public Builder amount(BigDecimal amount) {
            this.amount = amount;
            return this;
        }

        /**
         * Sets the currency.
         *
         * @param currencyCode ISO 4217, e.g. {@code USD}; required
         * @return this builder
         */
        public Builder currencyCode(String currencyCode) {
            this.currencyCode = currencyCode;
            return this;
        }

        /**
         * Checks both values and builds the money.
         *
         * @return the money
         * @throws dev.estsdk.api.exception.EstValidationException if a value is missing or the
         *         currency is not three upper-case letters
         */
        public Money build() {
            Check check = Check.of("Money");
            check.required("amount", amount);
            if (check.required("currencyCode", currencyCode) && !Syntax.isCurrencyCode(currencyCode)) {
                check.fail("currencyCode", "must be an ISO 4217 code of three upper-case letters, e.g. USD");
            }
            check.throwIfInvalid();
            return new Money(amount, currencyCode);
        }
    }
}
