package dev.estsdk.benchmarks.jmh;

import dev.estsdk.benchmarks.Targets;
import dev.estsdk.benchmarks.generated.api.SipTrunksApi;
import dev.estsdk.benchmarks.raw.RawDatabindEst;
import dev.estsdk.benchmarks.raw.RawEst;
import dev.estsdk.benchmarks.stub.Payloads;
import dev.estsdk.benchmarks.stub.StubServer;
import dev.estsdk.client.EstClient;
import java.io.IOException;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The server the stub benchmarks call and a client of each kind for it (see {@link Targets}). {@code bench/run} starts
 * the stub in its own JVM and passes its URL as the system property {@value #STUB_URL_PROPERTY},
 * so that the server's work is not counted in the benchmark JVM's allocations; without the
 * property (a benchmark run by hand) the stub is started in-process.
 */
@State(Scope.Benchmark)
public class StubTarget {

    /** System property holding the stub's base URL. */
    public static final String STUB_URL_PROPERTY = "estsdk.bench.stub";

    private StubServer ownStub;
    private EstClient sdk;
    private RawEst raw;
    private RawDatabindEst rawDatabind;
    private SipTrunksApi generated;

    /**
     * Connects both clients to the stub.
     *
     * @throws IOException if an in-process stub cannot be started
     */
    @Setup(Level.Trial)
    public void connect() throws IOException {
        String url = System.getProperty(STUB_URL_PROPERTY);
        if (url == null) {
            ownStub = StubServer.start();
            url = ownStub.baseUrl();
        }
        sdk = Targets.sdk(url, Payloads.PROJECT_ID, Payloads.KEY_ID, Payloads.KEY_SECRET);
        raw = Targets.raw(url, Payloads.PROJECT_ID, Payloads.KEY_ID, Payloads.KEY_SECRET);
        rawDatabind = Targets.rawDatabind(url, Payloads.PROJECT_ID, Payloads.KEY_ID, Payloads.KEY_SECRET);
        generated = Targets.generated(url, Payloads.KEY_ID, Payloads.KEY_SECRET);
    }

    /** Closes the SDK client and any in-process stub. */
    @TearDown(Level.Trial)
    public void close() {
        sdk.close();
        if (ownStub != null) {
            ownStub.close();
        }
    }

    /** @return the SDK client */
    public EstClient sdk() {
        return sdk;
    }

    /** @return the hand-written client that builds a Jackson tree */
    public RawEst raw() {
        return raw;
    }

    /** @return the hand-written client that decodes into records */
    public RawDatabindEst rawDatabind() {
        return rawDatabind;
    }

    /** @return the openapi-generator client's trunk API */
    public SipTrunksApi generated() {
        return generated;
    }
}
