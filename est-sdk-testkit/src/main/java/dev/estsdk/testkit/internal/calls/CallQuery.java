package dev.estsdk.testkit.internal.calls;

import dev.estsdk.testkit.internal.http.QueryParams;
import dev.estsdk.testkit.internal.http.Violations;
import dev.estsdk.testkit.internal.model.CallRecord;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The filters of {@code GET /calls} (and the export): {@code from}/{@code to} prefixes on the
 * caller/callee user part ({@code +} and {@code sip:} ignored), {@code trunkId},
 * {@code callResult} and {@code direction} (comma-separated lists, any case) and
 * {@code createTime}.
 *
 * @param from caller prefix, or null
 * @param to callee prefix, or null
 * @param trunkId trunk, or null
 * @param results accepted results, empty for all
 * @param directions accepted directions, empty for all
 * @param createTime the time window
 */
public record CallQuery(String from, String to, String trunkId, Set<String> results, Set<String> directions,
        CreateTimeFilter createTime) {

    private static final Set<String> RESULTS = Set.of("COMPLETED", "NO_ANSWER", "CANCEL", "BUSY", "FAILED");
    private static final Set<String> DIRECTIONS = Set.of("INBOUND", "OUTBOUND");

    /**
     * @param q the query parameters
     * @param now the simulator's current time
     * @return the filter
     * @throws dev.estsdk.testkit.internal.http.ApiException 400 for unknown enum values or dates
     */
    public static CallQuery from(QueryParams q, Instant now) {
        Violations v = new Violations();
        Set<String> results = upper(q.list("callResult"), RESULTS, "callResult", v);
        Set<String> directions = upper(q.list("direction"), DIRECTIONS, "direction", v);
        v.throwIfAny();
        return new CallQuery(strip(q.first("from")), strip(q.first("to")), blankToNull(q.first("trunkId")), results,
                directions, CreateTimeFilter.from(q, now));
    }

    private static Set<String> upper(List<String> values, Set<String> allowed, String name, Violations v) {
        Set<String> out = new LinkedHashSet<>();
        for (String value : values) {
            String u = value.toUpperCase(Locale.ROOT);
            if (!allowed.contains(u)) {
                v.add(name, "unknown value '" + value + "'; allowed: " + String.join(", ", allowed));
            }
            out.add(u);
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String strip(String s) {
        return blankToNull(s) == null ? null : CallRecords.userPart(s);
    }

    /**
     * @param c a call record
     * @return whether it passes every filter
     */
    public boolean matches(CallRecord c) {
        return (from == null || CallRecords.userPart(c.from()).startsWith(from))
                && (to == null || CallRecords.userPart(c.to()).startsWith(to))
                && (trunkId == null || trunkId.equals(c.trunkId()))
                && (results.isEmpty() || results.contains(c.callResult()))
                && (directions.isEmpty() || directions.contains(c.direction()))
                && createTime.contains(c.createTime());
    }
}
