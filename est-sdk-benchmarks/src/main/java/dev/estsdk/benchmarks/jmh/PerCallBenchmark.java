package dev.estsdk.benchmarks.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import dev.estsdk.api.model.SipTrunk;
import dev.estsdk.benchmarks.generated.ApiException;
import dev.estsdk.benchmarks.raw.RawDatabindEst;
import dev.estsdk.benchmarks.stub.Payloads;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Row 1: one {@code GET /trunks/{id}} through the SDK ({@code sipTrunks().get(id)}, decoded into a
 * {@link SipTrunk}) against the same request written with the JDK HTTP client and Jackson
 * databind into a record (the baseline of rows 1a and 1b), with Jackson's tree, and through the
 * client openapi-generator generates from the published spec (row 1c).
 * Sampled, so that the median latency can be read; run with the GC profiler for bytes per call.
 * The SDK's longer call path takes longer to compile (on 2 cores it was still getting faster after
 * twelve seconds), so both sides warm up for thirty; the report's steady-state table shows whether
 * the measured iterations had stopped drifting.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 30, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PerCallBenchmark {

    /**
     * @param target the stub and its clients
     * @return the trunk
     */
    @Benchmark
    public SipTrunk sdkGetTrunk(StubTarget target) {
        return target.sdk().sipTrunks().get(Payloads.TRUNK_ID);
    }

    /**
     * @param target the stub and its clients
     * @return the trunk as a JSON tree
     */
    @Benchmark
    public JsonNode rawGetTrunk(StubTarget target) {
        return target.raw().getTrunk(Payloads.TRUNK_ID);
    }

    /**
     * @param target the stub and its clients
     * @return the trunk as a record
     */
    @Benchmark
    public RawDatabindEst.Trunk rawDatabindGetTrunk(StubTarget target) {
        return target.rawDatabind().getTrunk(Payloads.TRUNK_ID);
    }

    /**
     * @param target the stub and its clients
     * @return the trunk as the generated model
     * @throws ApiException never against the stub
     */
    @Benchmark
    public dev.estsdk.benchmarks.generated.model.SipTrunk generatedGetTrunk(StubTarget target) throws ApiException {
        return target.generated().getSipTrunkById(Payloads.PROJECT_ID, Payloads.TRUNK_ID);
    }
}
