package dev.estsdk.testkit;

import dev.estsdk.testkit.internal.SeedSpec;
import dev.estsdk.testkit.internal.SimulatorState;
import dev.estsdk.testkit.internal.model.BlockingRule;
import dev.estsdk.testkit.internal.model.ProjectState;
import dev.estsdk.testkit.internal.model.Trunk;
import org.jspecify.annotations.Nullable;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * Puts data into a running simulator that the API cannot create: numbers the project owns, call
 * records, extra projects, a trunk's calls-per-second limit; and, for convenience, call blocking
 * rules. Each call works on one project ({@link EstSimulator#seed()} on the main one,
 * {@link #project(String)} on another). Seeded data is state: {@link EstSimulator#reset()} drops it
 * (seed through {@link EstSimulator.Builder} to keep data across resets).
 */
public final class Seeding {

    private final SimulatorState state;
    private final String projectId;

    Seeding(SimulatorState state, String projectId) {
        this.state = state;
        this.projectId = projectId;
    }

    /**
     * Returns seeding for that project, which is created (EST enabled) when new.
     *
     * @param id a project id
     * @return seeding for that project, which is created (EST enabled) when new
     */
    public Seeding project(String id) {
        requireText(id, "project id");
        state.ensureProject(id);
        return new Seeding(state, id);
    }

    /**
     * Adds numbers to the project's inventory, unassigned.
     *
     * @param e164 E.164 numbers such as {@code +12025550142}
     * @return this
     */
    public Seeding ownedNumbers(String... e164) {
        for (String n : e164) {
            state.addOwnedNumber(projectId, n, null);
        }
        return this;
    }

    /**
     * Generates resources into the project, for load tests: {@code resources("trunks=10000,numbers=100000")}.
     * The kinds and limits are those of {@link EstSimulator.Builder#seed(String)}; host names and
     * numbers already taken are skipped, so the counts asked for are the counts added. The SIP edge
     * sees them after the propagation delay, like any change.
     *
     * @param spec {@code kind=count} pairs separated by commas
     * @return this
     * @throws IllegalArgumentException naming the kind that is unknown or the count that is wrong
     */
    public Seeding resources(String spec) {
        state.seedResources(projectId, SeedSpec.parse(spec));
        return this;
    }

    /**
     * Generates resources from a JSON file of counts, as {@link #resources(String)} does.
     *
     * @param file e.g. a file holding {@code {"trunks":10000,"numbers":100000}}
     * @return this
     * @throws IllegalArgumentException when the file cannot be read, or names an unknown kind or a bad count
     */
    public Seeding resourcesFrom(Path file) {
        state.seedResources(projectId, SeedSpec.read(Objects.requireNonNull(file, "file")));
        return this;
    }

    /**
     * Returns the call id.
     *
     * @param seed the call (its {@code projectId}, when null, is this seeding's project)
     * @return the call id
     */
    public String call(CallSeed seed) {
        Objects.requireNonNull(seed, "seed");
        CallSeed placed = seed.projectId() != null ? seed : new CallSeed(seed.callId(), projectId, seed.trunkId(),
                seed.trunkName(), seed.from(), seed.to(), seed.direction(), seed.callResult(), seed.createTime(),
                seed.durationSeconds(), seed.pricePerMinute(), seed.currencyCode(), seed.fromCountryCode(),
                seed.toCountryCode(), seed.emergency(), seed.region(), seed.withPcap(), seed.groupId(),
                seed.parentId(), seed.relationshipType(), seed.hasChildren());
        return state.addCall(placed);
    }

    /**
     * Adds a call blocking rule as if created through the API.
     *
     * @param direction {@code INBOUND} (matches callers) or {@code OUTBOUND} (matches dialled numbers)
     * @param country ISO country to match, or null
     * @param numberPrefix number prefix to match, or null
     * @return the rule id
     */
    public String callBlockingRule(String direction, @Nullable String country, @Nullable String numberPrefix) {
        String dir = Objects.requireNonNull(direction, "direction").toUpperCase(Locale.ROOT);
        if (!dir.equals("INBOUND") && !dir.equals("OUTBOUND")) {
            throw new IllegalArgumentException("direction must be INBOUND or OUTBOUND (was " + direction + ")");
        }
        boolean inbound = dir.equals("INBOUND");
        ProjectState p = state.ensureProject(projectId);
        return state.locked(p, s -> {
            Instant at = state.clock().stamp();
            String c = country == null ? null : country.toUpperCase(Locale.ROOT);
            BlockingRule r = new BlockingRule(state.ids().next(at), projectId, "Seeded " + dir.toLowerCase(Locale.ROOT)
                    + " rule", dir, inbound ? c : null, inbound ? numberPrefix : null, inbound ? null : c,
                    inbound ? null : numberPrefix, at, null);
            s.blockingRules().put(r.id(), r);
            s.publish(state.clock().now());
            return r.id();
        });
    }

    /**
     * Sets a trunk's calls-per-second limit, which only Sinch can change on the real service.
     *
     * @param trunkId the trunk
     * @param cps the new limit, at least 1
     * @return this
     */
    public Seeding callsPerSecond(String trunkId, int cps) {
        if (cps < 1) {
            throw new IllegalArgumentException("cps must be at least 1 (was " + cps + ")");
        }
        ProjectState p = state.ensureProject(projectId);
        state.locked(p, s -> {
            Trunk t = s.trunks().get(trunkId);
            if (t == null) {
                throw new IllegalArgumentException("no trunk " + trunkId + " in project " + projectId);
            }
            s.trunks().put(trunkId, t.withCallsPerSecond(cps));
            s.publish(state.clock().now());
            return null;
        });
        return this;
    }

    static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value;
    }
}
