package dev.estsdk.benchmarks.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.estsdk.benchmarks.report.Figures;
import dev.estsdk.benchmarks.report.Goal;
import dev.estsdk.benchmarks.report.Measurement;
import dev.estsdk.benchmarks.report.SectionResult;
import dev.estsdk.testkit.EstSimulator;
import dev.estsdk.testkit.ResourceCounts;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Row 8: the simulator holding 100,000 resources created over HTTP. Eight clients create, in
 * quarters, trunks, one static endpoint on each, ACLs and number assignments (the numbers are
 * seeded as the project's inventory, since the API cannot create them), one request per resource,
 * with the JDK's {@code HttpURLConnection} and Basic auth. The rate over the first tenth of the requests is
 * compared with the rate over the last tenth (goal: the end at least 0.8x the start, i.e. a change
 * does not get dearer as the project grows), then the heap is measured after a full GC with all
 * of it still held (goal: under 512 MiB). A short warm-up on another project comes first, so the
 * start rate is not the JIT's.
 */
final class SimulatorScaleSection implements Section {

    static final Goal RATE_GOAL = Goal.atLeast(0.8);
    static final Goal HEAP_GOAL = Goal.atMost(512, " MiB");
    static final int CLIENTS = 8;
    static final int JOURNAL_LIMIT = 10_000;
    static final String WARM_UP_PROJECT = "warm-up";

    private final int resources;
    private final int warmUp;
    private final ObjectMapper mapper = new ObjectMapper();

    SimulatorScaleSection(BenchConfig config) {
        this.resources = config.quick() ? 8_000 : 100_000;
        this.warmUp = config.quick() ? 800 : 20_000;
    }

    @Override
    public String title() {
        return "8. Simulator at scale";
    }

    @Override
    public List<RowSpec> rows() {
        return List.of(new RowSpec("8a", "100,000 resources over HTTP: end rate / start rate", RATE_GOAL),
                new RowSpec("8b", "Simulator heap after a full GC, 100,000 resources held", HEAP_GOAL));
    }

    @Override
    public SectionResult run() throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long heapBefore = usedAfterGc(memory);
        int units = resources / 4;
        try (EstSimulator sim = EstSimulator.builder().journalLimit(JOURNAL_LIMIT).sampleCalls(false)
                .seed("numbers=" + units).project(WARM_UP_PROJECT).start()) {
            sim.seed().project(WARM_UP_PROJECT).resources("numbers=" + warmUp / 4);
            String auth = "Basic " + Base64.getEncoder().encodeToString((sim.keyId() + ":" + sim.keySecret())
                    .getBytes(StandardCharsets.UTF_8));
            create(new Target(sim.baseUrl() + "/v1/projects/" + WARM_UP_PROJECT, auth, "w"), warmUp / 4);

            Target target = new Target(sim.baseUrl() + "/v1/projects/" + sim.projectId(), auth, "s");
            long[] finished = create(target, units);
            ResourceCounts counts = sim.counts();
            if (counts.trunks() != units || counts.endpoints() != units || counts.accessControlLists() != units
                    || counts.assignedNumbers() != units) {
                throw new IllegalStateException("expected " + units + " of each kind, the simulator holds " + counts);
            }
            long heapAfter = usedAfterGc(memory);
            return result(finished, heapBefore, heapAfter, units);
        }
    }

    private SectionResult result(long[] finished, long heapBefore, long heapAfter, int units) {
        int window = finished.length / 10;
        double start = rate(finished, 0, window);
        double end = rate(finished, finished.length - window, finished.length);
        double total = finished.length / ((finished[finished.length - 1] - finished[0]) / 1e9);
        double heapMib = heapAfter / (1024.0 * 1024);
        String count = String.format(Locale.ROOT, "%,d", finished.length);
        Measurement rateRow = Measurement.of("8a", count + " resources over HTTP: end rate / start rate",
                Figures.rate(end), Figures.rate(start), end / start, RATE_GOAL,
                CLIENTS + " clients (JDK HttpURLConnection, keep-alive, Basic auth) against the in-process simulator; SDK column: "
                        + "requests/s over the last tenth of the requests, baseline column: over the first tenth "
                        + "(after a " + String.format(Locale.ROOT, "%,d", warmUp) + "-request warm-up on another "
                        + "project); " + Figures.rate(total) + " over the whole run.");
        Measurement heapRow = Measurement.of("8b", "Simulator heap after a full GC, " + count + " resources held",
                String.format(Locale.ROOT, "%.0f MiB", heapMib),
                String.format(Locale.ROOT, "%.0f MiB", heapBefore / (1024.0 * 1024)), heapMib,
                String.format(Locale.ROOT, "%.0f MiB", heapMib), HEAP_GOAL,
                "used heap of the benchmark JVM after `MemoryMXBean.gc()` with the simulator still running and "
                        + "holding every resource; baseline column: the same before the simulator started. The "
                        + "journal keeps the newest " + String.format(Locale.ROOT, "%,d", JOURNAL_LIMIT)
                        + " requests (`journalLimit`, the standalone jar's default).");
        List<String> details = new ArrayList<>();
        details.add("| requests | rate |");
        details.add("|--:|--:|");
        for (int i = 0; i < 10; i++) {
            int from = i * window;
            int to = i == 9 ? finished.length : from + window;
            details.add(String.format(Locale.ROOT, "| %,d–%,d | %s |", from + 1, to, Figures.rate(rate(finished, from, to))));
        }
        details.add("");
        details.add("Each tenth holds " + String.format(Locale.ROOT, "%,d", window) + " requests: "
                + String.format(Locale.ROOT, "%,d", units) + " each of trunk creates, endpoint creates, ACL creates "
                + "and number assignments, interleaved. The simulator holds all of them at the end.");
        return new SectionResult(title(), List.of(rateRow, heapRow), details, Double.NaN);
    }

    /** Requests per second between the completions {@code from} (inclusive) and {@code to} (exclusive). */
    private static double rate(long[] finished, int from, int to) {
        long first = from == 0 ? finished[0] : finished[from - 1];
        return (to - from) / ((finished[to - 1] - first) / 1e9);
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** Where requests go. */
    private record Target(String projectUrl, String auth, String prefix) {
    }

    /**
     * Creates {@code units} times a trunk, an endpoint on it, an ACL and an assignment, from
     * {@link #CLIENTS} threads.
     *
     * @return the completion time of every request in the order they completed (nanoTime)
     */
    private long[] create(Target target, int units) throws Exception {
        long[] finished = new long[units * 4];
        AtomicInteger done = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                clients.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < units; i = next.getAndIncrement()) {
                        unit(target, i, finished, done);
                    }
                    return null;
                }));
            }
            for (Future<?> client : clients) {
                client.get();
            }
        } finally {
            pool.shutdownNow();
        }
        Arrays.sort(finished);
        return finished;
    }

    private void unit(Target t, int i, long[] finished, AtomicInteger done) throws IOException {
        String n = String.format(Locale.ROOT, "%06d", i);
        String trunk = post(t, "/trunks", "{\"name\":\"Scale " + n + "\",\"hostName\":\"" + t.prefix() + "-" + n + "\"}",
                201, finished, done);
        String trunkId = mapper.readTree(trunk).path("id").asText();
        post(t, "/trunks/" + trunkId + "/endpoints", "{\"name\":\"pbx\",\"address\":\"198.51.100." + (1 + i % 254)
                + "\",\"priority\":1}", 201, finished, done);
        post(t, "/accessControlLists", "{\"name\":\"acl " + n + "\",\"enabled\":true,\"ipRanges\":[{\"ipAddress\":"
                + "\"203.0.113." + (1 + i % 254) + "\",\"range\":32}]}", 200, finished, done);
        post(t, "/phoneNumbers", "{\"sipTrunkId\":\"" + trunkId + "\",\"phoneNumber\":\"" + seededNumber(i) + "\"}",
                201, finished, done);
    }

    /** The i-th number the simulator's seeding generates: +1 201 555 0000 onwards, 10,000 per area code. */
    static String seededNumber(int i) {
        return "+" + (12015550000L + (i / 10_000) * 10_000_000L + i % 10_000);
    }

    /**
     * One POST over {@link HttpURLConnection}, whose per-thread keep-alive connections suit eight
     * synchronous clients; the JDK {@code HttpClient} of Java 17 now and then closes a pooled
     * connection while a response is arriving on it ("connection closed locally"), which fails a
     * POST that the server did process.
     */
    private static String post(Target t, String path, String body, int expected, long[] finished, AtomicInteger done)
            throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(t.projectUrl() + path).toURL().openConnection();
        try {
            c.setRequestMethod("POST");
            c.setConnectTimeout(10_000);
            c.setReadTimeout(30_000);
            c.setDoOutput(true);
            c.setRequestProperty("Authorization", t.auth());
            c.setRequestProperty("Content-Type", "application/json");
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            c.setFixedLengthStreamingMode(bytes.length);
            try (OutputStream out = c.getOutputStream()) {
                out.write(bytes);
            }
            int status = c.getResponseCode();
            String answer;
            try (InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream()) {
                answer = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            finished[done.getAndIncrement()] = System.nanoTime();
            if (status != expected) {
                throw new IllegalStateException("POST " + path + " answered " + status + ": " + answer);
            }
            return answer;
        } catch (IOException e) {
            throw new IOException("POST " + path + " failed after " + done.get() + " requests: " + e, e);
        }
    }
}
