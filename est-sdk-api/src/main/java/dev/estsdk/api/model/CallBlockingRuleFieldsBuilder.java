package dev.estsdk.api.model;

import org.jspecify.annotations.Nullable;

/**
 * The setters of a call blocking rule's writable fields, shared by the create and update builders.
 * @param <B> the concrete builder, returned by every setter for chaining
 */
abstract class CallBlockingRuleFieldsBuilder<B extends CallBlockingRuleFieldsBuilder<B>> {
    @Nullable String name;
    @Nullable Direction direction;
    @Nullable String callerCountry;
    @Nullable String callerMatch;
    @Nullable String calleeCountry;
    @Nullable String calleeMatch;

    CallBlockingRuleFieldsBuilder() {
    }

    abstract B self();

    /**
     * Sets the friendly name.
     * @param name see {@link CreateCallBlockingRuleRequest#name()}
     * @return this builder
     */
    public B name(@Nullable String name) {
        this.name = name;
        return self();
    }

    /**
     * Sets which calls the rule applies to.
     * @param direction see {@link CreateCallBlockingRuleRequest#direction()}
     * @return this builder
     */
    public B direction(@Nullable Direction direction) {
        this.direction = direction;
        return self();
    }

    /**
     * Blocks inbound calls from a country.
     * @param callerCountry see {@link CreateCallBlockingRuleRequest#callerCountry()}
     * @return this builder
     */
    public B callerCountry(@Nullable String callerCountry) {
        this.callerCountry = callerCountry;
        return self();
    }

    /**
     * Blocks inbound calls whose caller number starts with a prefix.
     * @param callerMatch see {@link CreateCallBlockingRuleRequest#callerMatch()}
     * @return this builder
     */
    public B callerMatch(@Nullable String callerMatch) {
        this.callerMatch = callerMatch;
        return self();
    }

    /**
     * Blocks outbound calls to a country.
     * @param calleeCountry see {@link CreateCallBlockingRuleRequest#calleeCountry()}
     * @return this builder
     */
    public B calleeCountry(@Nullable String calleeCountry) {
        this.calleeCountry = calleeCountry;
        return self();
    }

    /**
     * Blocks outbound calls whose dialled number starts with a prefix.
     * @param calleeMatch see {@link CreateCallBlockingRuleRequest#calleeMatch()}
     * @return this builder
     */
    public B calleeMatch(@Nullable String calleeMatch) {
        this.calleeMatch = calleeMatch;
        return self();
    }
}
