package dev.estsdk.benchmarks.jmh;

import dev.estsdk.api.model.PhoneNumber;
import dev.estsdk.benchmarks.stub.Payloads;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Row 3 (throughput): all {@value Payloads#PHONE_NUMBER_COUNT} phone numbers, 200 pages of 500,
 * through the SDK's lazy {@code PagedIterable} against hand-written page loops over the JDK
 * HTTP client with Jackson databind into records (the row's baseline) and with Jackson's tree. One operation is one full sweep; items per second is
 * {@value Payloads#PHONE_NUMBER_COUNT} divided by its time. A sweep takes about half a second,
 * so the warm-up runs some fifty of them: with three warm-up iterations the SDK's measured sweeps
 * were still getting faster (968 ms, then 412 ms four iterations later).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 12, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PaginationBenchmark {

    /**
     * @param target the stub and its clients
     * @param sink consumes every number
     * @return how many numbers were seen
     */
    @Benchmark
    public long sdkPagedIterable(StubTarget target, Blackhole sink) {
        long seen = 0;
        for (PhoneNumber number : target.sdk().phoneNumbers().list().withPageSize(Payloads.MAX_PAGE_SIZE)) {
            sink.consume(number);
            seen++;
        }
        return checked(seen);
    }

    /**
     * @param target the stub and its clients
     * @param sink consumes every number
     * @return how many numbers were seen
     */
    @Benchmark
    public long rawPageLoop(StubTarget target, Blackhole sink) {
        return checked(target.raw().forEachPhoneNumber(Payloads.MAX_PAGE_SIZE, sink::consume));
    }

    /**
     * @param target the stub and its clients
     * @param sink consumes every number
     * @return how many numbers were seen
     */
    @Benchmark
    public long rawDatabindPageLoop(StubTarget target, Blackhole sink) {
        return checked(target.rawDatabind().forEachPhoneNumber(Payloads.MAX_PAGE_SIZE, sink::consume));
    }

    private static long checked(long seen) {
        if (seen != Payloads.PHONE_NUMBER_COUNT) {
            throw new IllegalStateException("saw " + seen + " numbers, expected " + Payloads.PHONE_NUMBER_COUNT);
        }
        return seen;
    }
}
