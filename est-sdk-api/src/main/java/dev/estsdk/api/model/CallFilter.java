package dev.estsdk.api.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Which call records to find. Every condition is optional; without a creation-time condition
 * the server returns the last 24 hours.
 *
 * <p>Creation time is either an exact period, sent as {@code createTime=2021-02-01} (that day),
 * {@code 2021-02} (that month) or {@code 2021-02-01T14} (that hour), or a range, sent as
 * {@code createTime>=...&createTime<=...}, but never both.
 *
 * <pre>{@code
 * CallFilter filter = CallFilter.builder()
 *         .trunkId(trunk.id())
 *         .directions(Direction.INBOUND)
 *         .createdOn(LocalDate.of(2024, 6, 6))
 *         .build();
 * }</pre>
 *
 * <p>Instances are immutable and can only be made by the builder, so they always hold.
 */
public final class CallFilter {

    /** The largest page the server returns: 1000. Use the CSV export for more. */
    public static final int MAX_PAGE_SIZE = 1000;

    /** The page size used when none is set: the largest, for the fewest requests. */
    public static final int DEFAULT_PAGE_SIZE = MAX_PAGE_SIZE;

    private final String from;
    private final String to;
    private final String trunkId;
    private final CallResult callResult;
    private final List<Direction> directions;
    private final String createTime;
    private final Instant createdFrom;
    private final Instant createdTo;
    private final int pageSize;

    private CallFilter(Builder b) {
        this.from = b.from;
        this.to = b.to;
        this.trunkId = b.trunkId;
        this.callResult = b.callResult;
        this.directions = List.copyOf(b.directions);
        this.createTime = b.createTime;
        this.createdFrom = b.createdFrom;
        this.createdTo = b.createdTo;
        this.pageSize = b.pageSize;
    }

    /**
     * Starts a filter without conditions and page size 100.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a builder holding every condition of this filter.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder()
                .from(from)
                .to(to)
                .trunkId(trunkId)
                .callResult(callResult)
                .directions(directions)
                .createdFrom(createdFrom)
                .createdTo(createdTo)
                .pageSize(pageSize);
        b.createTime = createTime;
        return b;
    }

    /**
     * The caller prefix: records whose {@code from} starts with it.
     *
     * @return the prefix, or null for any caller
     */
    public String from() {
        return from;
    }

    /**
     * The callee prefix: records whose {@code to} starts with it.
     *
     * @return the prefix, or null for any callee
     */
    public String to() {
        return to;
    }

    /**
     * The trunk that carried the calls.
     *
     * @return the trunk id, or null for every trunk
     */
    public String trunkId() {
        return trunkId;
    }

    /**
     * How the calls ended.
     *
     * @return the result, or null for any result
     */
    public CallResult callResult() {
        return callResult;
    }

    /**
     * The directions to include, sent comma-separated.
     *
     * @return an unmodifiable list, empty for both directions; never null
     */
    public List<Direction> directions() {
        return directions;
    }

    /**
     * The exact creation period in the server's form: {@code 2021-02-01}, {@code 2021-02} or
     * {@code 2021-02-01T14}.
     *
     * @return the period, or null when none (or a range) is set
     */
    public String createTime() {
        return createTime;
    }

    /**
     * The inclusive lower bound of the creation time ({@code createTime>=}).
     *
     * @return the bound, or null
     */
    public Instant createdFrom() {
        return createdFrom;
    }

    /**
     * The inclusive upper bound of the creation time ({@code createTime<=}).
     *
     * @return the bound, or null
     */
    public Instant createdTo() {
        return createdTo;
    }

    /**
     * The number of records per page.
     *
     * @return 1 to {@value #MAX_PAGE_SIZE}
     */
    public int pageSize() {
        return pageSize;
    }

    /**
     * Equal when every condition and the page size are equal.
     *
     * @param other another object
     * @return whether both filters select the same pages
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof CallFilter that
                && Objects.equals(from, that.from)
                && Objects.equals(to, that.to)
                && Objects.equals(trunkId, that.trunkId)
                && Objects.equals(callResult, that.callResult)
                && directions.equals(that.directions)
                && Objects.equals(createTime, that.createTime)
                && Objects.equals(createdFrom, that.createdFrom)
                && Objects.equals(createdTo, that.createdTo)
                && pageSize == that.pageSize;
    }

    /**
     * A hash of every condition.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(from, to, trunkId, callResult, directions, createTime, createdFrom, createdTo,
                pageSize);
    }

    /**
     * Lists the conditions that are set.
     *
     * @return e.g. {@code CallFilter[trunkId=01H..., createTime=2024-06-06, pageSize=100]}
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("CallFilter[");
        appendIfSet(sb, "from", from);
        appendIfSet(sb, "to", to);
        appendIfSet(sb, "trunkId", trunkId);
        appendIfSet(sb, "callResult", callResult);
        appendIfSet(sb, "directions", directions.isEmpty() ? null : directions);
        appendIfSet(sb, "createTime", createTime);
        appendIfSet(sb, "createdFrom", createdFrom);
        appendIfSet(sb, "createdTo", createdTo);
        return sb.append("pageSize=").append(pageSize).append(']').toString();
    }

    private static void appendIfSet(StringBuilder sb, String name, Object value) {
        if (value != null) {
            sb.append(name).append('=').append(value).append(", ");
        }
    }

    /** Builds a {@link CallFilter}; {@link #build()} checks that the conditions fit together. */
    public static final class Builder {
        private String from;
        private String to;
        private String trunkId;
        private CallResult callResult;
        private final List<Direction> directions = new ArrayList<>();
        private String createTime;
        private Instant createdFrom;
        private Instant createdTo;
        private int pageSize = DEFAULT_PAGE_SIZE;

        private Builder() {
        }

        /**
         * Keeps records whose caller starts with a prefix; partial numbers are allowed.
         *
         * @param prefix e.g. {@code +4670}; null for any caller
         * @return this builder
         */
        public Builder from(String prefix) {
            this.from = prefix;
            return this;
        }

        /**
         * Keeps records whose callee starts with a prefix; partial numbers are allowed.
         *
         * @param prefix e.g. {@code +1555}; null for any callee
         * @return this builder
         */
        public Builder to(String prefix) {
            this.to = prefix;
            return this;
        }

        /**
         * Keeps records of one trunk.
         *
         * @param trunkId the trunk id; null for every trunk
         * @return this builder
         */
        public Builder trunkId(String trunkId) {
            this.trunkId = trunkId;
            return this;
        }

        /**
         * Keeps records with one result.
         *
         * @param callResult the result; null for any result
         * @return this builder
         */
        public Builder callResult(CallResult callResult) {
            this.callResult = callResult;
            return this;
        }

        /**
         * Replaces the directions to include.
         *
         * @param directions the directions; none means both
         * @return this builder
         */
        public Builder directions(Direction... directions) {
            return directions(directions == null ? null : Arrays.asList(directions));
        }

        /**
         * Replaces the directions to include.
         *
         * @param directions the directions; null or empty means both
         * @return this builder
         */
        public Builder directions(Collection<Direction> directions) {
            this.directions.clear();
            if (directions != null) {
                this.directions.addAll(directions);
            }
            return this;
        }

        /**
         * Keeps calls created on one day ({@code createTime=2021-02-01}). Replaces any other
         * exact period.
         *
         * @param day the day, in the server's time zone (UTC); null to clear
         * @return this builder
         */
        public Builder createdOn(LocalDate day) {
            this.createTime = day == null ? null : day.toString();
            return this;
        }

        /**
         * Keeps calls created in one month ({@code createTime=2021-02}). Replaces any other
         * exact period.
         *
         * @param month the month, in UTC; null to clear
         * @return this builder
         */
        public Builder createdIn(YearMonth month) {
            this.createTime = month == null ? null : month.toString();
            return this;
        }

        /**
         * Keeps calls created in one hour ({@code createTime=2021-02-01T14}); minutes and
         * seconds of the argument are ignored. Replaces any other exact period.
         *
         * @param hour any time within the hour, in UTC; null to clear
         * @return this builder
         */
        public Builder createdInHour(LocalDateTime hour) {
            this.createTime = hour == null ? null
                    : hour.toLocalDate() + "T" + String.format(Locale.ROOT, "%02d", hour.getHour());
            return this;
        }

        /**
         * Keeps calls created at or after an instant ({@code createTime>=}).
         *
         * @param from the inclusive lower bound; null for none
         * @return this builder
         */
        public Builder createdFrom(Instant from) {
            this.createdFrom = from;
            return this;
        }

        /**
         * Keeps calls created at or before an instant ({@code createTime<=}).
         *
         * @param to the inclusive upper bound; null for none
         * @return this builder
         */
        public Builder createdTo(Instant to) {
            this.createdTo = to;
            return this;
        }

        /**
         * Sets the number of records per page.
         *
         * @param pageSize 1 to {@value CallFilter#MAX_PAGE_SIZE}; {@value CallFilter#DEFAULT_PAGE_SIZE} unless set
         * @return this builder
         */
        public Builder pageSize(int pageSize) {
            this.pageSize = pageSize;
            return this;
        }

        /**
         * Checks that the conditions fit together and builds the filter.
         *
         * @return the filter
         * @throws dev.estsdk.api.exception.EstValidationException listing every broken rule: a
         *         blank prefix or trunk id, a null direction, an exact period together with a
         *         range, a range whose end is before its start, a page size outside 1 to 1000
         */
        public CallFilter build() {
            Check check = Check.of("CallFilter");
            check(check);
            check.throwIfInvalid();
            return unchecked();
        }

        void check(Check check) {
            check.blankIfSet("from", from);
            check.blankIfSet("to", to);
            check.blankIfSet("trunkId", trunkId);
            for (int i = 0; i < directions.size(); i++) {
                check.required("directions[" + i + "]", directions.get(i));
            }
            if (createTime != null && (createdFrom != null || createdTo != null)) {
                check.fail("createTime", "set either an exact period (createdOn, createdIn, createdInHour)"
                        + " or a range (createdFrom, createdTo), not both");
            }
            if (createdFrom != null && createdTo != null && createdTo.isBefore(createdFrom)) {
                check.fail("createdTo", "must not be before createdFrom");
            }
            check.between("pageSize", pageSize, 1, MAX_PAGE_SIZE);
        }

        CallFilter unchecked() {
            return new CallFilter(this);
        }
    }
}
