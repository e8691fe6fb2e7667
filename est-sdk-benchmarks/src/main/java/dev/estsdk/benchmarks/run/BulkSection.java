package dev.estsdk.benchmarks.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.estsdk.api.model.PhoneNumber;
import dev.estsdk.api.model.PhoneNumberFilter;
import dev.estsdk.benchmarks.Targets;
import dev.estsdk.benchmarks.raw.RawEst;
import dev.estsdk.benchmarks.report.Figures;
import dev.estsdk.benchmarks.report.Goal;
import dev.estsdk.benchmarks.report.Measurement;
import dev.estsdk.benchmarks.report.SectionResult;
import dev.estsdk.client.EstClient;
import dev.estsdk.testkit.EstSimulator;
import dev.estsdk.workflows.BulkResult;
import dev.estsdk.workflows.TrunkProvisioner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Row 4: assigning 1,000 numbers to a trunk on a simulator that delays every answer by 20 ms.
 * The baseline assigns them one after the other with the JDK HTTP client; the SDK's bulk helper
 * ({@code TrunkProvisioner.assignNumbers}) runs at concurrency 16. Then the bulk helper runs again
 * while the simulator answers bursts of requests with 429 and {@code Retry-After: 1}, and the
 * simulator's state and request journal are checked for lost or doubly assigned numbers.
 */
final class BulkSection implements Section {

    static final Goal SPEEDUP_GOAL = Goal.atLeast(10);
    static final Goal INTEGRITY_GOAL = Goal.equalTo(1);
    static final Duration LATENCY = Duration.ofMillis(20);
    static final int CONCURRENCY = 16;
    static final Duration RETRY_AFTER = Duration.ofSeconds(1);
    static final int THROTTLED_BURST = 24;

    private final int count;
    private final int bulkRepeats;
    private final ObjectMapper mapper = new ObjectMapper();

    BulkSection(BenchConfig config) {
        this.count = config.quick() ? 100 : 1000;
        this.bulkRepeats = config.quick() ? 1 : 3;
    }

    @Override
    public String title() {
        return "4. Bulk assignment";
    }

    @Override
    public List<RowSpec> rows() {
        return List.of(new RowSpec("4a", "Bulk assign 1,000 numbers: speed-up", SPEEDUP_GOAL),
                new RowSpec("4b", "Bulk under 429: assigned once each", INTEGRITY_GOAL));
    }

    static List<String> numbers(int count) {
        return IntStream.range(0, count).mapToObj(i -> String.format(Locale.ROOT, "+1303555%04d", i)).toList();
    }

    @Override
    public SectionResult run() throws Exception {
        List<String> numbers = numbers(count);
        try (EstSimulator sim = EstSimulator.builder().ownedNumbers(numbers.toArray(String[]::new)).sampleCalls(false)
                .start();
             EstClient sdk = Targets.sdk(sim.baseUrl(), sim.projectId(), sim.keyId(), sim.keySecret())) {
            RawEst raw = Targets.raw(sim.baseUrl(), sim.projectId(), sim.keyId(), sim.keySecret());
            TrunkProvisioner provisioner = TrunkProvisioner.builder(sdk).bulkConcurrency(CONCURRENCY).build();

            String trunk = freshTrunk(sim, sdk);
            long rawSequential = Timed.of(() -> assignEach(numbers, n -> raw.assign(trunk, n))).millis();
            check(sim, sdk, trunk, numbers);

            String sdkTrunk = freshTrunk(sim, sdk);
            long sdkSequential = Timed.of(() -> assignEach(numbers, n -> sdk.phoneNumbers().assign(sdkTrunk, n))).millis();
            check(sim, sdk, sdkTrunk, numbers);

            List<Long> bulkTimes = new ArrayList<>();
            for (int i = 0; i < bulkRepeats; i++) {
                String bulkTrunk = freshTrunk(sim, sdk);
                Timed<BulkResult> run = Timed.of(() -> provisioner.assignNumbers(bulkTrunk, numbers));
                requireComplete(run.value());
                check(sim, sdk, bulkTrunk, numbers);
                bulkTimes.add(run.millis());
            }
            double bulk = Samples.median(bulkTimes);

            String throttledTrunk = freshTrunk(sim, sdk);
            Timed<BulkResult> throttledRun = underThrottling(sim, provisioner, throttledTrunk, numbers);
            BulkResult throttled = throttledRun.value();
            long throttledTime = throttledRun.millis();
            Integrity integrity = integrity(sim, sdk, throttledTrunk, numbers);

            Measurement speedup = Measurement.of("4a", "Bulk assign " + String.format(Locale.ROOT, "%,d", count)
                            + " numbers: speed-up", Figures.millis(bulk), Figures.millis(rawSequential),
                    rawSequential / bulk, SPEEDUP_GOAL,
                    "simulator with " + LATENCY.toMillis() + " ms latency per request; baseline: one `POST /phoneNumbers` "
                            + "after the other with the JDK client; SDK: `TrunkProvisioner.assignNumbers` at concurrency "
                            + CONCURRENCY + " (median of " + bulkRepeats + "); ratio = sequential time / bulk time.");
            boolean intact = throttled.isComplete() && integrity.lost() == 0 && integrity.duplicated() == 0
                    && integrity.throttled() > 0;
            Measurement integrityRow = Measurement.of("4b", "Bulk under 429: assigned once each",
                    integrity.assignedOnce() + "/" + count, "-", intact ? 1 : 0,
                    integrity.assignedOnce() + "/" + count + ", " + integrity.duplicated() + " dup, " + integrity.lost()
                            + " lost", INTEGRITY_GOAL,
                    integrity.throttled() + " requests answered 429 with `Retry-After: " + RETRY_AFTER.toSeconds()
                            + "` (bursts of " + THROTTLED_BURST + " at the start and after 0.6 s); took "
                            + Figures.millis(throttledTime) + ". Counted on the simulator: numbers on the trunk, and "
                            + "successful assign requests per number in its journal.");
            List<String> details = List.of(
                    "| run | time | per number |",
                    "|---|--:|--:|",
                    row("raw sequential (JDK HttpClient)", rawSequential, count),
                    row("SDK sequential (`phoneNumbers().assign`)", sdkSequential, count),
                    row("SDK bulk, concurrency " + CONCURRENCY + ", runs " + bulkTimes, (long) bulk, count),
                    row("SDK bulk with 429 bursts", throttledTime, count),
                    "",
                    "Bulk result under 429: " + throttled.succeeded().size() + " succeeded, "
                            + throttled.failed().size() + " failed, " + throttled.rateLimited()
                            + " throttling answers seen by the helper itself (the client's own retry handles the rest).");
            return new SectionResult(title(), List.of(speedup, integrityRow), details, Double.NaN);
        }
    }

    /**
     * Runs the bulk helper while the simulator answers a burst of requests with 429 at the start
     * and another one 0.6 s later.
     */
    private static Timed<BulkResult> underThrottling(EstSimulator sim, TrunkProvisioner provisioner, String trunk,
            List<String> numbers) {
        sim.faults().rateLimitNext(THROTTLED_BURST, RETRY_AFTER);
        ScheduledExecutorService arm = Executors.newSingleThreadScheduledExecutor();
        try {
            arm.schedule(() -> sim.faults().rateLimitNext(THROTTLED_BURST, RETRY_AFTER), 600, TimeUnit.MILLISECONDS);
            return Timed.of(() -> provisioner.assignNumbers(trunk, numbers));
        } finally {
            arm.shutdownNow();
        }
    }

    /** Resets the simulator to its seeded state, creates a trunk and switches latency on. */
    private static String freshTrunk(EstSimulator sim, EstClient sdk) {
        sim.reset();
        String id = sdk.sipTrunks().create(t -> t.name("Bulk").hostName("bulk")).id();
        sim.faults().latency(LATENCY);
        return id;
    }

    /** What the simulator says about a bulk run. */
    record Integrity(int assignedOnce, int duplicated, int lost, int throttled) {
    }

    private Integrity integrity(EstSimulator sim, EstClient sdk, String trunk, List<String> numbers) {
        sim.faults().clear();
        Map<String, Integer> successes = new HashMap<>();
        int throttled = 0;
        for (Journal.Entry entry : Journal.of(sim).entries()) {
            if (!entry.operation().equals("POST /phoneNumbers")) {
                continue;
            }
            if (entry.status() == 429) {
                throttled++;
            } else if (entry.status() / 100 == 2) {
                successes.merge(body(entry).path("phoneNumber").asText(), 1, Integer::sum);
            }
        }
        Set<String> onTrunk = onTrunk(sdk, trunk);
        int once = (int) numbers.stream().filter(n -> successes.getOrDefault(n, 0) == 1 && onTrunk.contains(n)).count();
        int duplicated = (int) successes.values().stream().filter(c -> c > 1).count();
        int lost = (int) numbers.stream().filter(n -> !onTrunk.contains(n)).count();
        return new Integrity(once, duplicated, lost, throttled);
    }

    private void check(EstSimulator sim, EstClient sdk, String trunk, List<String> numbers) {
        Integrity integrity = integrity(sim, sdk, trunk, numbers);
        if (integrity.lost() > 0 || integrity.assignedOnce() != numbers.size()) {
            throw new IllegalStateException("a timed run left " + integrity + " on the simulator");
        }
    }

    private static Set<String> onTrunk(EstClient sdk, String trunk) {
        Set<String> found = new HashSet<>();
        for (PhoneNumber n : sdk.phoneNumbers().list(PhoneNumberFilter.forTrunk(trunk)).withPageSize(500)) {
            found.add(n.phoneNumber());
        }
        return found;
    }

    private JsonNode body(Journal.Entry entry) {
        try {
            return mapper.readTree(entry.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Assigns one number after the other; returns how many. */
    private static int assignEach(List<String> numbers, Consumer<String> assign) {
        numbers.forEach(assign);
        return numbers.size();
    }

    private static void requireComplete(BulkResult result) {
        if (!result.isComplete()) {
            throw new IllegalStateException("bulk assignment failed for " + result.failed().size() + " numbers: "
                    + result.failed().values().stream().limit(3).toList());
        }
    }

    private static String row(String run, long millis, int count) {
        return String.format(Locale.ROOT, "| %s | %s | %.1f ms |", run, Figures.millis(millis), (double) millis / count);
    }
}
