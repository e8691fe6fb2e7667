package dev.estsdk.benchmarks.run;

import dev.estsdk.api.model.SipTrunk;
import dev.estsdk.benchmarks.Targets;
import dev.estsdk.benchmarks.report.Figures;
import dev.estsdk.benchmarks.report.Goal;
import dev.estsdk.benchmarks.report.Measurement;
import dev.estsdk.benchmarks.report.SectionResult;
import dev.estsdk.benchmarks.stub.Payloads;
import dev.estsdk.benchmarks.stub.StubServer;
import dev.estsdk.client.EstClient;
import dev.estsdk.core.internal.JdkHttp;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Row 9: 1,000 concurrent GETs on the asynchronous client against the same 1,000 GETs done by 64
 * threads on the synchronous client (throughput, and the live threads each way needs). Row 10:
 * bytes on the wire for a 500-trunk page with {@code compression(true)} and without.
 */
final class ConcurrencySection implements Section {

    static final Goal ASYNC_GOAL = Goal.atLeast(1.0);
    static final Goal GZIP_GOAL = Goal.atMost(1.0);

    static final int CALLS = 1_000;
    static final int SYNC_THREADS = 64;

    private final StubServer stub;
    private final boolean quick;

    ConcurrencySection(StubServer stub, boolean quick) {
        this.stub = stub;
        this.quick = quick;
    }

    @Override
    public String title() {
        return "9. Concurrency and compression";
    }

    @Override
    public List<RowSpec> rows() {
        return List.of(new RowSpec("9", "1,000 concurrent GETs: async vs 64 sync threads", ASYNC_GOAL),
                new RowSpec("10", "gzip: bytes on the wire, 500-trunk page", GZIP_GOAL));
    }

    @Override
    public SectionResult run() throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int rounds = quick ? 2 : 7;
        long[] asyncNanos = new long[rounds];
        long[] syncNanos = new long[rounds];
        int asyncPeak = 0;
        int syncPeak = 0;
        int idle;
        try (EstClient sdk = Targets.sdk(stub.baseUrl(), Payloads.PROJECT_ID, Payloads.KEY_ID, Payloads.KEY_SECRET)) {
            for (int warmup = 0; warmup < (quick ? 1 : 3); warmup++) {
                async(sdk);
                sync(sdk);
            }
            idle = threads.getThreadCount();
            for (int i = 0; i < rounds; i++) {
                threads.resetPeakThreadCount();
                asyncNanos[i] = async(sdk);
                asyncPeak = Math.max(asyncPeak, threads.getPeakThreadCount());
                threads.resetPeakThreadCount();
                syncNanos[i] = sync(sdk);
                syncPeak = Math.max(syncPeak, threads.getPeakThreadCount());
            }
        }
        double asyncMedian = median(asyncNanos);
        double syncMedian = median(syncNanos);
        double asyncRate = CALLS / (asyncMedian / 1e9);
        double syncRate = CALLS / (syncMedian / 1e9);
        Measurement concurrency = Measurement.of("9", "1,000 concurrent GETs: async vs 64 sync threads",
                Figures.rate(asyncRate), Figures.rate(syncRate), asyncRate / syncRate, ASYNC_GOAL,
                "`est.async().sipTrunks().get(id)` started 1,000 times at once and awaited together, vs a pool of "
                        + SYNC_THREADS + " threads sharing the same 1,000 `sipTrunks().get(id)` calls on one client; "
                        + "GETs per second, median of " + rounds + " alternating rounds after warm-up.");

        long plain = pageBytes(false);
        long compressed = pageBytes(true);
        Measurement gzip = Measurement.of("10", "gzip: bytes on the wire, 500-trunk page", Figures.bytes(compressed),
                Figures.bytes(plain), (double) compressed / plain, GZIP_GOAL,
                "`sipTrunks().list().withPageSize(500).page(1)` on a client built with `compression(true)` (it sends "
                        + "`Accept-Encoding: gzip` and inflates the answer) vs one without; response body bytes the "
                        + "stub wrote for that page (headers excluded), and the SDK decoded all 500 trunks both ways.");

        List<String> details = List.of(
                "| side | GETs/s (median) | rounds, ms | peak live threads in the JVM |",
                "|---|--:|---|--:|",
                String.format(Locale.ROOT, "| async, 1,000 futures | %s | %s | %d |", Figures.rate(asyncRate),
                        millis(asyncNanos), asyncPeak),
                String.format(Locale.ROOT, "| sync, %d threads | %s | %s | %d |", SYNC_THREADS, Figures.rate(syncRate),
                        millis(syncNanos), syncPeak),
                "",
                String.format(Locale.ROOT, "Live threads in the benchmark JVM before the rounds: %d (the stub runs in "
                        + "the same JVM with 2 worker threads; the 64 callers exist only during the sync rounds). The SDK's JDK client uses at most %d worker threads "
                        + "(`est-sdk-http-*`) plus its selector thread, however many calls are in flight.", idle,
                        JdkHttp.WORKER_THREADS),
                "",
                String.format(Locale.ROOT, "Row 10: %,d bytes uncompressed, %,d bytes gzip-compressed (%.1f%%).", plain,
                        compressed, 100.0 * compressed / plain));
        return new SectionResult(title(), List.of(concurrency, gzip), details, Double.NaN);
    }

    private static long async(EstClient sdk) {
        long start = System.nanoTime();
        List<CompletableFuture<SipTrunk>> calls = new ArrayList<>(CALLS);
        for (int i = 0; i < CALLS; i++) {
            calls.add(sdk.async().sipTrunks().get(Payloads.TRUNK_ID));
        }
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).join();
        return System.nanoTime() - start;
    }

    /** The callers' pool is started before the clock and ended after it, so the async rounds never see it. */
    private static long sync(EstClient sdk) throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(SYNC_THREADS);
        for (int t = 0; t < SYNC_THREADS; t++) {
            callers.submit(() -> { });
        }
        AtomicInteger left = new AtomicInteger(CALLS);
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>(SYNC_THREADS);
        for (int t = 0; t < SYNC_THREADS; t++) {
            workers.add(callers.submit(() -> {
                while (left.getAndDecrement() > 0) {
                    sdk.sipTrunks().get(Payloads.TRUNK_ID);
                }
            }));
        }
        for (Future<?> worker : workers) {
            worker.get(5, TimeUnit.MINUTES);
        }
        long elapsed = System.nanoTime() - start;
        callers.shutdown();
        if (!callers.awaitTermination(1, TimeUnit.MINUTES)) {
            throw new IllegalStateException("the " + SYNC_THREADS + " caller threads did not end");
        }
        return elapsed;
    }

    private long pageBytes(boolean compression) {
        try (EstClient sdk = EstClient.builder().projectId(Payloads.PROJECT_ID)
                .credentials(dev.estsdk.client.EstCredentials.basic(Payloads.KEY_ID, Payloads.KEY_SECRET))
                .baseUrl(stub.baseUrl()).compression(compression).build()) {
            long before = stub.bodyBytesSent();
            int trunks = sdk.sipTrunks().list().withPageSize(Payloads.MAX_PAGE_SIZE).page(1).items().size();
            long sent = stub.bodyBytesSent() - before;
            if (trunks != Payloads.TRUNK_COUNT) {
                throw new IllegalStateException("the SDK decoded " + trunks + " trunks, not " + Payloads.TRUNK_COUNT
                        + " (compression " + compression + ")");
            }
            return sent;
        }
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }

    private static String millis(long[] nanos) {
        StringBuilder out = new StringBuilder();
        for (long n : nanos) {
            out.append(out.length() == 0 ? "" : ", ").append(n / 1_000_000);
        }
        return out.toString();
    }
}
