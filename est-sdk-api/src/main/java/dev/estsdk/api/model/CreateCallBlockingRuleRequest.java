package dev.estsdk.api.model;

import dev.estsdk.api.exception.EstValidationException;
import org.jspecify.annotations.Nullable;

/**
 * What a caller sends to create a call blocking rule. An {@link Direction#INBOUND} rule matches
 * incoming calls by the caller ({@code callerCountry}, {@code callerMatch}); an
 * {@link Direction#OUTBOUND} rule matches outgoing calls by the destination ({@code calleeCountry},
 * {@code calleeMatch}).
 *
 * <pre>{@code
 * CreateCallBlockingRuleRequest rule = CreateCallBlockingRuleRequest.builder()
 *         .name("Block premium range").direction(Direction.OUTBOUND).calleeMatch("+1900").build();
 * }</pre>
 * @param name          friendly name; optional, at most {@value FieldRules#MAX_TEXT_LENGTH} characters,
 *                      no control characters
 * @param direction     which calls the rule applies to; required
 * @param callerCountry inbound: ISO 3166-1 alpha-2 country of the caller (upper case), or null
 * @param callerMatch   inbound: prefix of the caller number, or null
 * @param calleeCountry outbound: ISO 3166-1 alpha-2 country of the destination, or null
 * @param calleeMatch   outbound: prefix of the dialled number, or null
 */
public record CreateCallBlockingRuleRequest(@Nullable String name, Direction direction, @Nullable String callerCountry, @Nullable String callerMatch, @Nullable String calleeCountry, @Nullable String calleeMatch) {

    /**
     * Creates the request.
     * @param name          see {@link #name()}
     * @param direction     see {@link #direction()}
     * @param callerCountry see {@link #callerCountry()}
     * @param callerMatch   see {@link #callerMatch()}
     * @param calleeCountry see {@link #calleeCountry()}
     * @param calleeMatch   see {@link #calleeMatch()}
     * @throws EstValidationException listing every broken rule
     */
    public CreateCallBlockingRuleRequest {
        Check check = Check.of("CreateCallBlockingRuleRequest");
        checkWritable(check, name, direction, callerCountry, callerMatch, calleeCountry, calleeMatch);
        check.throwIfInvalid();
    }

    /** {@return an empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    static void checkWritable(Check check, @Nullable String name, @Nullable Direction direction,
                              @Nullable String callerCountry, @Nullable String callerMatch,
                              @Nullable String calleeCountry, @Nullable String calleeMatch) {
        check.blankIfSet("name", name);
        check.required("direction", direction);
        check.blankIfSet("callerMatch", callerMatch);
        check.blankIfSet("calleeMatch", calleeMatch);
        check.isoAlpha2IfSet("callerCountry", callerCountry);
        check.isoAlpha2IfSet("calleeCountry", calleeCountry);
    }

    /** Collects the values of a {@link CreateCallBlockingRuleRequest}; {@link #build()} checks them. */
    public static final class Builder extends CallBlockingRuleFieldsBuilder<Builder> {

        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * {@return the request}
         * @throws EstValidationException listing every broken rule
         */
        public CreateCallBlockingRuleRequest build() {
            return new CreateCallBlockingRuleRequest(name, direction, callerCountry, callerMatch, calleeCountry, calleeMatch);
        }
    }
}
