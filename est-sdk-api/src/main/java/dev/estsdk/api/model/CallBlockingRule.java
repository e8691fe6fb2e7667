package dev.estsdk.api.model;

import java.time.Instant;

/**
 * A project-wide rule that blocks calls. An {@link Direction#INBOUND} rule matches incoming
 * calls by the caller ({@code callerCountry}, {@code callerMatch} = caller-number prefix); an
 * {@link Direction#OUTBOUND} rule matches outgoing calls by the destination
 * ({@code calleeCountry}, {@code calleeMatch} = dialled-number prefix).
 *
 * <pre>{@code
 * CallBlockingRule rule = CallBlockingRule.builder()
 *         .name("Block premium range").direction(Direction.OUTBOUND).calleeMatch("+1900").build();
 * }</pre>
 *
 * @param id            read-only; the rule id
 * @param name          friendly name; optional
 * @param direction     which calls the rule applies to; required
 * @param callerCountry inbound: ISO 3166-1 alpha-2 country of the caller, or null
 * @param callerMatch   inbound: prefix of the caller number, or null
 * @param calleeCountry outbound: ISO 3166-1 alpha-2 country of the destination, or null
 * @param calleeMatch   outbound: prefix of the dialled number, or null
 * @param createTime    read-only; when it was created
 * @param updateTime    read-only; when it last changed, null until then
 * @param projectId     read-only; the owning project
 */
public record CallBlockingRule(String id, String name, Direction direction, String callerCountry,
                               String callerMatch, String calleeCountry, String calleeMatch,
                               Instant createTime, Instant updateTime, String projectId) {
    /**
     * Starts an empty rule; set at least {@code direction}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a builder holding every value of this rule, to change it before a
     * full-replacement update.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder()
                .id(id)
                .name(name)
                .direction(direction)
                .callerCountry(callerCountry)
                .callerMatch(callerMatch)
                .calleeCountry(calleeCountry)
                .calleeMatch(calleeMatch)
                .createTime(createTime)
                .updateTime(updateTime)
                .projectId(projectId);
    }

    /** Builds a {@link CallBlockingRule}; {@link #build()} checks the writable fields. */
    public static final class Builder extends ResourceBuilder<Builder> {
        private String name;
        private Direction direction;
        private String callerCountry;
        private String callerMatch;
        private String calleeCountry;
        private String calleeMatch;

        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * Sets the friendly name.
         *
         * @param name the name, or null
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets which calls the rule applies to.
         *
         * @param direction required
         * @return this builder
         */
        public Builder direction(Direction direction) {
            this.direction = direction;
            return this;
        }

        /**
         * Blocks inbound calls from a country.
         *
         * @param callerCountry ISO 3166-1 alpha-2 in upper case, e.g. {@code US}; or null
         * @return this builder
         */
        public Builder callerCountry(String callerCountry) {
            this.callerCountry = callerCountry;
            return this;
        }

        /**
         * Blocks inbound calls whose caller number starts with a prefix.
         *
         * @param callerMatch the prefix, or null
         * @return this builder
         */
        public Builder callerMatch(String callerMatch) {
            this.callerMatch = callerMatch;
            return this;
        }

        /**
         * Blocks outbound calls to a country.
         *
         * @param calleeCountry ISO 3166-1 alpha-2 in upper case, e.g. {@code US}; or null
         * @return this builder
         */
        public Builder calleeCountry(String calleeCountry) {
            this.calleeCountry = calleeCountry;
            return this;
        }

        /**
         * Blocks outbound calls whose dialled number starts with a prefix.
         *
         * @param calleeMatch the prefix, or null
         * @return this builder
         */
        public Builder calleeMatch(String calleeMatch) {
            this.calleeMatch = calleeMatch;
            return this;
        }

        /**
         * Checks the writable fields and builds the rule.
         *
         * @return the rule
         * @throws dev.estsdk.api.exception.EstValidationException listing every broken rule:
         *         no direction, a country that is not two upper-case letters
         */
        public CallBlockingRule build() {
            Check check = Check.of("CallBlockingRule");
            check.blankIfSet("name", name);
            check.required("direction", direction);
            check.blankIfSet("callerMatch", callerMatch);
            check.blankIfSet("calleeMatch", calleeMatch);
            check.isoAlpha2IfSet("callerCountry", callerCountry);
            check.isoAlpha2IfSet("calleeCountry", calleeCountry);
            check.throwIfInvalid();
            return new CallBlockingRule(id, name, direction, callerCountry, callerMatch, calleeCountry,
                    calleeMatch, createTime, updateTime, projectId);
        }
    }
}
