package dev.estsdk.benchmarks.twilio;

import com.twilio.http.TwilioRestClient;
import dev.estsdk.twilio.TwilioClient;
import dev.estsdk.twilio.model.Trunk;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/** Rows 11a and 11b: fetch one trunk, est-sdk's {@link TwilioClient} against twilio-java. */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 20, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TwilioFetchBenchmark {

    /** The system property that carries the stub's base URL into the benchmark JVM. */
    public static final String STUB_URL_PROPERTY = "estsdk.bench.twilioStubUrl";

    /** Both clients, built once per fork against the stub. */
    @State(Scope.Benchmark)
    public static class Clients {
        TwilioClient est;
        TwilioRestClient twilioJava;

        /** Builds both clients. */
        @Setup(Level.Trial)
        public void setUp() {
            String url = System.getProperty(STUB_URL_PROPERTY);
            if (url == null) {
                throw new IllegalStateException("system property " + STUB_URL_PROPERTY + " is not set");
            }
            est = EstTwilioTarget.client(url);
            twilioJava = TwilioJavaTarget.client(url);
        }

        /** Closes est-sdk's client (twilio-java's has no close). */
        @TearDown(Level.Trial)
        public void tearDown() {
            est.close();
        }
    }

    /**
     * @param clients the clients
     * @return the trunk
     */
    @Benchmark
    public Trunk estFetchTrunk(Clients clients) {
        return clients.est.trunks().get(TwilioPayloads.TRUNK_SID);
    }

    /**
     * @param clients the clients
     * @return the trunk as twilio-java's model
     */
    @Benchmark
    public com.twilio.rest.trunking.v1.Trunk twilioJavaFetchTrunk(Clients clients) {
        return com.twilio.rest.trunking.v1.Trunk.fetcher(TwilioPayloads.TRUNK_SID).fetch(clients.twilioJava);
    }
}
