package dev.estsdk.api.model;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which call records to find. Every condition is optional; without a creation-time condition
 * the server returns the last 24 hours. Creation time is either an exact period
 * ({@code createTime=2021-02-01}, {@code 2021-02} or {@code 2021-02-01T14}) or a range
 * ({@code createTime>=...&createTime<=...}), never both.
 *
 * <pre>{@code
 * CallFilter filter = CallFilter.builder()
 *         .trunkId(trunk.id())
 *         .directions(Direction.INBOUND)
 *         .createdOn(LocalDate.of(2024, 6, 6))
 *         .build();
 * }</pre>
 * @param from        only records whose caller starts with this prefix; null for any
 * @param to          only records whose callee starts with this prefix; null for any
 * @param trunkId     only records of this trunk; null for every trunk
 * @param callResult  only records with this result; null for any
 * @param directions  only these directions; empty for both
 * @param createTime  an exact creation period in UTC, as the builder's {@code createdOn},
 *                    {@code createdIn} or {@code createdInHour} write it; null for none
 * @param createdFrom inclusive lower bound of the creation time; null for none
 * @param createdTo   inclusive upper bound of the creation time; null for none
 * @param pageSize    records per page, 1 to {@value #MAX_PAGE_SIZE} (the default)
 */
public record CallFilter(@Nullable String from, @Nullable String to, @Nullable String trunkId,
                         @Nullable CallResult callResult, List<Direction> directions, @Nullable String createTime,
                         @Nullable Instant createdFrom, @Nullable Instant createdTo, int pageSize) {

    /** The largest page the server returns; use the CSV export for more. */
    public static final int MAX_PAGE_SIZE = 1000;

    /** The page size used when none is set: the largest. */
    public static final int DEFAULT_PAGE_SIZE = MAX_PAGE_SIZE;

    private static final Pattern PERIOD = Pattern.compile("\\d{4}-\\d{2}(-\\d{2}(T\\d{2})?)?");

    /**
     * Creates the filter; a null {@code directions} means both.
     * @param from        see {@link #from()}
     * @param to          see {@link #to()}
     * @param trunkId     see {@link #trunkId()}
     * @param callResult  see {@link #callResult()}
     * @param directions  see {@link #directions()}
     * @param createTime  see {@link #createTime()}
     * @param createdFrom see {@link #createdFrom()}
     * @param createdTo   see {@link #createdTo()}
     * @param pageSize    see {@link #pageSize()}
     * @throws dev.estsdk.api.exception.EstValidationException listing every broken rule: a
     *         blank prefix or trunk id, a null direction, a malformed period, an exact period
     *         together with a range, a range ending before its start, a page size outside 1 to 1000
     */
    public CallFilter(@Nullable String from, @Nullable String to, @Nullable String trunkId,
                      @Nullable CallResult callResult, @Nullable List<Direction> directions,
                      @Nullable String createTime, @Nullable Instant createdFrom, @Nullable Instant createdTo,
                      int pageSize) {
        List<Direction> given = directions == null ? List.of() : new ArrayList<>(directions);
        Check check = Check.of("CallFilter");
        check(check, from, to, trunkId, given, createTime, createdFrom, createdTo, pageSize);
        check.throwIfInvalid();
        this.from = from;
        this.to = to;
        this.trunkId = trunkId;
        this.callResult = callResult;
        this.directions = List.copyOf(given);
        this.createTime = createTime;
        this.createdFrom = createdFrom;
        this.createdTo = createdTo;
        this.pageSize = pageSize;
    }

    static void check(Check check, @Nullable String from, @Nullable String to, @Nullable String trunkId,
                      List<Direction> directions, @Nullable String createTime, @Nullable Instant createdFrom,
                      @Nullable Instant createdTo, int pageSize) {
        check.blankIfSet("from", from);
        check.blankIfSet("to", to);
        check.blankIfSet("trunkId", trunkId);
        for (int i = 0; i < directions.size(); i++) {
            check.required("directions[" + i + "]", directions.get(i));
        }
        if (createTime != null && !PERIOD.matcher(createTime).matches()) {
            check.fail("createTime", "must be a day, month or hour such as 2021-02-01, 2021-02 or 2021-02-01T14"
                    + FieldRules.was(createTime));
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

    /** {@return a builder without conditions} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this filter's conditions} */
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

    private static void appendIfSet(StringBuilder sb, String name, @Nullable Object value) {
        if (value != null) {
            sb.append(name).append('=').append(value).append(", ");
        }
    }

    /** Collects the conditions of a {@link CallFilter}; {@link #build()} checks them. */
    public static final class Builder {
        private @Nullable String from;
        private @Nullable String to;
        private @Nullable String trunkId;
        private @Nullable CallResult callResult;
        private final List<Direction> directions = new ArrayList<>();
        private @Nullable String createTime;
        private @Nullable Instant createdFrom;
        private @Nullable Instant createdTo;
        private int pageSize = DEFAULT_PAGE_SIZE;

        private Builder() {
        }

        /**
         * Keeps records whose caller starts with a prefix (partial numbers allowed).
         * @param prefix e.g. {@code +4670}; null for any caller
         * @return this builder
         */
        public Builder from(@Nullable String prefix) {
            this.from = prefix;
            return this;
        }

        /**
         * Keeps records whose callee starts with a prefix (partial numbers allowed).
         * @param prefix e.g. {@code +1555}; null for any callee
         * @return this builder
         */
        public Builder to(@Nullable String prefix) {
            this.to = prefix;
            return this;
        }

        /**
         * Keeps records of one trunk.
         * @param trunkId the trunk id; null for every trunk
         * @return this builder
         */
        public Builder trunkId(@Nullable String trunkId) {
            this.trunkId = trunkId;
            return this;
        }

        /**
         * Keeps records with one result.
         * @param callResult the result; null for any
         * @return this builder
         */
        public Builder callResult(@Nullable CallResult callResult) {
            this.callResult = callResult;
            return this;
        }

        /**
         * Replaces the directions to include.
         * @param directions the directions; none means both
         * @return this builder
         */
        public Builder directions(Direction... directions) {
            return directions(directions == null ? null : Arrays.asList(directions));
        }

        /**
         * Replaces the directions to include.
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
         * Keeps calls created on one UTC day, replacing any other exact period.
         * @param day the day; null to clear
         * @return this builder
         */
        public Builder createdOn(@Nullable LocalDate day) {
            this.createTime = day == null ? null : day.toString();
            return this;
        }

        /**
         * Keeps calls created in one UTC month, replacing any other exact period.
         * @param month the month; null to clear
         * @return this builder
         */
        public Builder createdIn(@Nullable YearMonth month) {
            this.createTime = month == null ? null : month.toString();
            return this;
        }

        /**
         * Keeps calls created in one UTC hour, replacing any other exact period.
         * @param hour any time within the hour; null to clear
         * @return this builder
         */
        public Builder createdInHour(@Nullable LocalDateTime hour) {
            this.createTime = hour == null ? null
                    : hour.toLocalDate() + "T" + String.format(Locale.ROOT, "%02d", hour.getHour());
            return this;
        }

        /**
         * Keeps calls created at or after an instant.
         * @param from the inclusive lower bound; null for none
         * @return this builder
         */
        public Builder createdFrom(@Nullable Instant from) {
            this.createdFrom = from;
            return this;
        }

        /**
         * Keeps calls created at or before an instant.
         * @param to the inclusive upper bound; null for none
         * @return this builder
         */
        public Builder createdTo(@Nullable Instant to) {
            this.createdTo = to;
            return this;
        }

        /**
         * Sets the number of records per page.
         * @param pageSize 1 to {@value CallFilter#MAX_PAGE_SIZE}
         * @return this builder
         */
        public Builder pageSize(int pageSize) {
            this.pageSize = pageSize;
            return this;
        }

        /**
         * {@return the filter}
         * @throws dev.estsdk.api.exception.EstValidationException listing every broken rule
         */
        public CallFilter build() {
            return new CallFilter(from, to, trunkId, callResult, directions, createTime, createdFrom, createdTo,
                    pageSize);
        }

        void check(Check check) {
            CallFilter.check(check, from, to, trunkId, directions, createTime, createdFrom, createdTo, pageSize);
        }
    }
}
