package dev.estsdk.workflows;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.estsdk.api.Sleeper;
import dev.estsdk.client.EstClient;
import dev.estsdk.client.EstCredentials;
import dev.estsdk.testkit.EstSimulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * A real {@link EstClient} and a {@link TrunkProvisioner} against a simulator, both on the
 * simulator's virtual clock: sleeping advances that clock, and every sleep is recorded.
 */
final class Harness implements AutoCloseable {

    static final String PASSWORD = "Alice-Passw0rd-1";

    final EstSimulator sim;
    final EstClient est;
    final TrunkProvisioner provisioner;
    final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());
    final List<StepEvent> events = Collections.synchronizedList(new ArrayList<>());

    private Harness(EstSimulator sim, Consumer<TrunkProvisioner.Builder> configure,
                    Consumer<EstClient.Builder> configureClient) {
        this.sim = sim;
        Clock clock = new SimulatorClock(sim);
        EstClient.Builder client = EstClient.builder()
                .projectId(sim.projectId())
                .baseUrl(sim.baseUrl())
                .authUrl(sim.authUrl())
                .credentials(EstCredentials.oauth(sim.keyId(), sim.keySecret()))
                .clock(clock)
                .sleeper(sim::advance);
        configureClient.accept(client);
        this.est = client.build();
        Sleeper recording = d -> {
            sleeps.add(d);
            sim.advance(d);
        };
        TrunkProvisioner.Builder builder = TrunkProvisioner.builder(est).clock(clock).sleeper(recording)
                .listener(events::add).sipDomainSuffix(sim.sipDomainSuffix());
        configure.accept(builder);
        this.provisioner = builder.build();
    }

    static Harness on(EstSimulator sim) {
        return new Harness(sim, b -> { }, c -> { });
    }

    static Harness on(EstSimulator sim, Consumer<TrunkProvisioner.Builder> configure) {
        return new Harness(sim, configure, c -> { });
    }

    static Harness on(EstSimulator sim, Consumer<TrunkProvisioner.Builder> configure,
                      Consumer<EstClient.Builder> configureClient) {
        return new Harness(sim, configure, configureClient);
    }

    /** Forgets the requests made so far, e.g. to count only the next apply's. */
    void forgetRequests() {
        sim.wireMock().resetRequests();
    }

    /** EST API requests (token requests excluded) since the last {@link #forgetRequests()}. */
    List<String> apiRequests() {
        List<ServeEvent> events = new ArrayList<>(sim.wireMock().getAllServeEvents());
        Collections.reverse(events);
        return events.stream().map(ServeEvent::getRequest)
                .filter(r -> r.getUrl().startsWith("/v1/"))
                .map(r -> r.getMethod().value() + " " + r.getUrl().replaceFirst("^/v1/projects/[^/]+", ""))
                .toList();
    }

    /** The POST, PUT and DELETE requests among {@link #apiRequests()}. */
    List<String> writeRequests() {
        return apiRequests().stream().filter(r -> !r.startsWith("GET ")).toList();
    }

    @Override
    public void close() {
        est.close();
    }

    /** Reads the simulator's virtual clock. */
    private static final class SimulatorClock extends Clock {
        private final EstSimulator sim;

        SimulatorClock(EstSimulator sim) {
            this.sim = sim;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            if (!ZoneOffset.UTC.equals(zone)) {
                throw new UnsupportedOperationException("the simulator clock is UTC only");
            }
            return this;
        }

        @Override
        public Instant instant() {
            return sim.now();
        }
    }
}
