package dev.estsdk.api.model;

import dev.estsdk.api.exception.EstValidationException;
import org.jspecify.annotations.Nullable;

import java.util.Objects;

/**
 * A full replacement of one call blocking rule's writable fields ({@code PUT}): every field is
 * sent, so start from the fetched rule: {@code rules.update(rule.toUpdate().direction(Direction.OUTBOUND).build())}.
 * @param ruleId        the rule to change: an id as the API returned it
 * @param name          see {@link CreateCallBlockingRuleRequest#name()}
 * @param direction     see {@link CreateCallBlockingRuleRequest#direction()}
 * @param callerCountry see {@link CreateCallBlockingRuleRequest#callerCountry()}
 * @param callerMatch   see {@link CreateCallBlockingRuleRequest#callerMatch()}
 * @param calleeCountry see {@link CreateCallBlockingRuleRequest#calleeCountry()}
 * @param calleeMatch   see {@link CreateCallBlockingRuleRequest#calleeMatch()}
 */
public record UpdateCallBlockingRuleRequest(String ruleId, @Nullable String name, Direction direction, @Nullable String callerCountry, @Nullable String callerMatch, @Nullable String calleeCountry, @Nullable String calleeMatch) {

    /**
     * Creates the request.
     * @param ruleId        see {@link #ruleId()}
     * @param name          see {@link #name()}
     * @param direction     see {@link #direction()}
     * @param callerCountry see {@link #callerCountry()}
     * @param callerMatch   see {@link #callerMatch()}
     * @param calleeCountry see {@link #calleeCountry()}
     * @param calleeMatch   see {@link #calleeMatch()}
     * @throws EstValidationException listing every broken rule
     */
    public UpdateCallBlockingRuleRequest {
        Check check = Check.of("UpdateCallBlockingRuleRequest");
        check.apply("ruleId", FieldRules.id(ruleId));
        CreateCallBlockingRuleRequest.checkWritable(check, name, direction, callerCountry, callerMatch, calleeCountry,
                calleeMatch);
        check.throwIfInvalid();
    }

    /**
     * {@return a builder with every writable field unset} Prefer {@link #from(CallBlockingRule)}: a
     * full replacement clears unset fields.
     * @param ruleId the rule to change
     */
    public static Builder builder(String ruleId) {
        return new Builder(ruleId);
    }

    /**
     * {@return a builder holding a fetched rule's id and current writable values}
     * @param value the rule as read from the server
     */
    public static Builder from(CallBlockingRule value) {
        Objects.requireNonNull(value, "value");
        return new Builder(value.id()).name(value.name()).direction(value.direction()).callerCountry(value.callerCountry()).callerMatch(value.callerMatch()).calleeCountry(value.calleeCountry()).calleeMatch(value.calleeMatch());
    }

    /** Collects the values of an {@link UpdateCallBlockingRuleRequest}; {@link #build()} checks them. */
    public static final class Builder extends CallBlockingRuleFieldsBuilder<Builder> {
        private final @Nullable String ruleId;

        private Builder(@Nullable String ruleId) {
            this.ruleId = ruleId;
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * {@return the request}
         * @throws EstValidationException listing every broken rule
         */
        public UpdateCallBlockingRuleRequest build() {
            return new UpdateCallBlockingRuleRequest(ruleId, name, direction, callerCountry, callerMatch, calleeCountry, calleeMatch);
        }
    }
}
