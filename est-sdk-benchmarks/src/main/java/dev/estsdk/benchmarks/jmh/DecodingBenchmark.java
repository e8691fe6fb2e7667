package dev.estsdk.benchmarks.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.estsdk.api.Page;
import dev.estsdk.api.model.SipTrunk;
import dev.estsdk.benchmarks.raw.RawDatabindEst;
import dev.estsdk.benchmarks.stub.Payloads;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Row 2: a 500-trunk list page decoded into {@link SipTrunk} models by the SDK
 * ({@code sipTrunks().list().withPageSize(500).page(1)}) against the same page decoded by hand
 * with Jackson databind into records (the row's baseline) and parsed into a Jackson tree. Both fetch the same pre-rendered bytes from the stub; the SDK's decoder
 * is internal, so the page is compared end to end. {@link #treeParseOnly} parses the bytes with
 * no HTTP at all, to show how much of either figure is parsing.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 20, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class DecodingBenchmark {

    private final ObjectMapper mapper = new ObjectMapper();
    private final byte[] page = Payloads.trunkPage();

    /**
     * @param target the stub and its clients
     * @return the page of trunks
     */
    @Benchmark
    public Page<SipTrunk> sdkTrunkPage(StubTarget target) {
        return target.sdk().sipTrunks().list().withPageSize(Payloads.MAX_PAGE_SIZE).page(1);
    }

    /**
     * @param target the stub and its clients
     * @return the page as a JSON tree
     */
    @Benchmark
    public JsonNode rawTrunkPage(StubTarget target) {
        return target.raw().trunkPage(1, Payloads.MAX_PAGE_SIZE);
    }

    /**
     * @param target the stub and its clients
     * @return the page as records
     */
    @Benchmark
    public RawDatabindEst.TrunkPage rawDatabindTrunkPage(StubTarget target) {
        return target.rawDatabind().trunkPage(1, Payloads.MAX_PAGE_SIZE);
    }

    /**
     * @return the page's bytes parsed into a JSON tree, without HTTP
     * @throws IOException never for the fixed payload
     */
    @Benchmark
    public JsonNode treeParseOnly() throws IOException {
        return mapper.readTree(page);
    }
}
