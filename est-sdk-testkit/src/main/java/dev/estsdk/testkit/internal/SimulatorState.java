package dev.estsdk.testkit.internal;

import dev.estsdk.testkit.CallSeed;
import dev.estsdk.testkit.internal.calls.CallRecords;
import dev.estsdk.testkit.internal.calls.SampleCalls;
import dev.estsdk.testkit.internal.model.CountryCatalog;
import dev.estsdk.testkit.internal.model.E164;
import dev.estsdk.testkit.internal.model.OwnedNumber;
import dev.estsdk.testkit.internal.model.ProjectState;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The whole simulated service: its projects, the simulator-wide registry of trunk host names, the
 * clock and the id source. {@link #reset()} restores the seeded starting state.
 */
public final class SimulatorState {

    private final SimulatorSettings settings;
    private final VirtualClock clock;
    private final IdGenerator ids = new IdGenerator();
    private final Map<String, ProjectState> projects = new ConcurrentHashMap<>();
    private final Map<String, String> hostNames = new HashMap<>();

    /** @param settings the simulator's configuration */
    public SimulatorState(SimulatorSettings settings) {
        this.settings = settings;
        this.clock = new VirtualClock(settings.initialInstant(), settings.ticker());
        seed();
    }

    /** @return the configuration */
    public SimulatorSettings settings() {
        return settings;
    }

    /** @return the clock */
    public VirtualClock clock() {
        return clock;
    }

    /** @return the id source */
    public IdGenerator ids() {
        return ids;
    }

    /**
     * @param projectId a project id
     * @return the project, or null when the simulator does not know it
     */
    public ProjectState project(String projectId) {
        return projects.get(projectId);
    }

    /**
     * @param projectId a project id
     * @return the project, created (with default country permissions) when new
     */
    public ProjectState ensureProject(String projectId) {
        return projects.computeIfAbsent(projectId, id -> new ProjectState(id, CountryCatalog.defaults(),
                settings.propagationDelay()));
    }

    /** @return every project */
    public Collection<ProjectState> projects() {
        return List.copyOf(projects.values());
    }

    /**
     * Reserves a trunk host name simulator-wide (host names are unique across projects).
     *
     * @param hostName the host name, compared case-insensitively
     * @param trunkId the trunk taking it
     * @return false when another trunk holds it
     */
    public boolean claimHostName(String hostName, String trunkId) {
        synchronized (hostNames) {
            String key = hostName.toLowerCase(Locale.ROOT);
            String holder = hostNames.get(key);
            if (holder != null && !holder.equals(trunkId)) {
                return false;
            }
            hostNames.put(key, trunkId);
            return true;
        }
    }

    /**
     * @param hostName a host name to free
     */
    public void releaseHostName(String hostName) {
        synchronized (hostNames) {
            hostNames.remove(hostName.toLowerCase(Locale.ROOT));
        }
    }

    /**
     * Runs an action on a project while holding its lock.
     *
     * @param project the project
     * @param action what to do
     * @param <T> the result type
     * @return the action's result
     */
    public <T> T locked(ProjectState project, Function<ProjectState, T> action) {
        project.lock().lock();
        try {
            return action.apply(project);
        } finally {
            project.lock().unlock();
        }
    }

    /**
     * Adds a number to a project's inventory (unassigned).
     *
     * @param projectId the project (created when new)
     * @param e164 the number
     * @param countryCode ISO country, or null to derive it
     */
    public void addOwnedNumber(String projectId, String e164, String countryCode) {
        ProjectState p = ensureProject(projectId);
        locked(p, s -> {
            putOwnedNumber(s, e164, countryCode);
            s.publish(clock.now());
            return null;
        });
    }

    private void putOwnedNumber(ProjectState project, String e164, String countryCode) {
        if (!E164.isValid(e164)) {
            throw new IllegalArgumentException("not an E.164 number: " + e164);
        }
        Instant at = clock.stamp();
        String country = countryCode != null ? countryCode : CountryCatalog.countryOf(e164);
        project.numbers().putIfAbsent(e164, new OwnedNumber(ids.next(at), e164, country, null, at, null));
    }

    /**
     * Adds a call record.
     *
     * @param seed the call
     * @return the call id
     */
    public String addCall(CallSeed seed) {
        String projectId = seed.projectId() != null ? seed.projectId() : settings.projectId();
        ProjectState p = ensureProject(projectId);
        return locked(p, s -> {
            var record = CallRecords.fromSeed(seed, projectId, clock.now(), ids);
            s.calls().add(record);
            return record.callId();
        });
    }

    /**
     * Drops every project and host name, resets the clock (see {@link VirtualClock#reset()}) and
     * seeds the starting state again, with the sample calls placed before the clock's new time.
     *
     * @return how far the clock went back
     */
    public Duration reset() {
        Duration rewound = clock.reset();
        projects.clear();
        synchronized (hostNames) {
            hostNames.clear();
        }
        seed();
        return rewound;
    }

    /**
     * Generates resources into a project, as {@code sim.seed().resources(…)} asks; the SIP edge
     * sees them after the propagation delay, like any change.
     *
     * @param projectId the project (created when new)
     * @param spec what to add
     */
    public void seedResources(String projectId, SeedSpec spec) {
        ProjectState p = ensureProject(projectId);
        locked(p, s -> {
            SeedGenerator.generate(this, s, spec);
            s.publish(clock.now());
            return null;
        });
    }

    /**
     * The starting state: builder settings and seeds. It is published dated one propagation delay
     * back, so the SIP edge sees the seeded configuration (trunks, numbers, country permissions)
     * from the start, as if it had been there all along.
     */
    private void seed() {
        ProjectState main = ensureProject(settings.projectId());
        settings.extraProjects().forEach(this::ensureProject);
        settings.ownedNumbers().forEach((project, numbers) -> {
            ProjectState p = ensureProject(project);
            locked(p, s -> {
                numbers.forEach(n -> putOwnedNumber(s, n, null));
                return null;
            });
        });
        locked(main, s -> {
            SeedGenerator.generate(this, s, settings.generated());
            return null;
        });
        List<CallSeed> calls = new ArrayList<>();
        if (settings.sampleCalls()) {
            calls.addAll(SampleCalls.around(clock.now().truncatedTo(ChronoUnit.SECONDS)));
        }
        calls.addAll(settings.calls());
        calls.forEach(this::addCall);
        Instant at = clock.now().minus(settings.propagationDelay());
        for (ProjectState p : projects.values()) {
            locked(p, s -> {
                s.publish(at);
                return null;
            });
        }
    }
}
