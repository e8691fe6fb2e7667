package dev.estsdk.workflows;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.estsdk.testkit.EstSimulator;
import dev.estsdk.testkit.twilio.TwilioSimulator;
import dev.estsdk.twilio.TwilioClient;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * One carrier's simulator with a real client and a {@link TrunkProvisioner} on the simulator's
 * virtual clock, so that the same test runs on Sinch and on Twilio. Write requests are counted
 * from the simulator's request journal.
 */
abstract class CarrierRig {

    /** Stops the client and the simulator (not AutoCloseable: JUnit would close a rig passed as an argument). */
    abstract void close();

    /** Numbers both simulated accounts own. */
    static final String NUMBER_3 = "+12025550103";

    final TrunkProvisioner provisioner;

    private CarrierRig(TrunkProvisioner provisioner) {
        this.provisioner = provisioner;
    }

    static CarrierRig sinch() {
        return new SinchRig(EstSimulator.start());
    }

    static CarrierRig twilio() {
        return new TwilioRig(TwilioSimulator.builder().ownedNumbers(Plans.NUMBER_1, Plans.NUMBER_2, NUMBER_3).start());
    }

    abstract String carrierId();

    /** Resets the simulator: no resources, no journal. */
    abstract void reset();

    /** Forgets the requests made so far. */
    abstract void forgetRequests();

    /** The POST, PUT and DELETE requests to the carrier's API since {@link #forgetRequests()}. */
    abstract List<String> writeRequests();

    /** All API requests since {@link #forgetRequests()}. */
    abstract List<String> apiRequests();

    /** Whether the account or project holds no trunk, endpoint or list and no assigned number. */
    abstract boolean isEmpty();

    @Override
    public String toString() {
        return carrierId();
    }

    static List<String> requests(List<ServeEvent> journal, String prefix) {
        List<ServeEvent> events = new ArrayList<>(journal);
        Collections.reverse(events);
        return events.stream().map(ServeEvent::getRequest)
                .filter(r -> !r.getUrl().startsWith("/_simulator") && !r.getUrl().startsWith("/oauth")
                        && r.getUrl().startsWith(prefix))
                .map(r -> r.getMethod().value() + " " + r.getUrl()).toList();
    }

    static final class SinchRig extends CarrierRig {
        final EstSimulator sim;
        final Harness h;

        private SinchRig(EstSimulator sim) {
            this(sim, Harness.on(sim));
        }

        private SinchRig(EstSimulator sim, Harness h) {
            super(h.provisioner);
            this.sim = sim;
            this.h = h;
        }

        @Override
        String carrierId() {
            return "sinch";
        }

        @Override
        void reset() {
            sim.reset();
        }

        @Override
        void forgetRequests() {
            h.forgetRequests();
        }

        @Override
        List<String> writeRequests() {
            return h.writeRequests();
        }

        @Override
        List<String> apiRequests() {
            return h.apiRequests();
        }

        @Override
        boolean isEmpty() {
            return sim.counts().isEmpty();
        }

        @Override
        void close() {
            h.close();
            sim.close();
        }
    }

    static final class TwilioRig extends CarrierRig {
        final TwilioSimulator sim;
        final TwilioClient twilio;

        private TwilioRig(TwilioSimulator sim) {
            this(sim, client(sim));
        }

        private TwilioRig(TwilioSimulator sim, TwilioClient twilio) {
            super(TrunkProvisioner.builder(Carrier.twilio(twilio)).clock(new VirtualClock(sim::now))
                    .sleeper(sim::advance).build());
            this.sim = sim;
            this.twilio = twilio;
        }

        static TwilioClient client(TwilioSimulator sim) {
            return TwilioClient.builder().accountSid(sim.accountSid()).authToken(sim.authToken())
                    .trunkingBaseUrl(sim.trunkingBaseUrl()).apiBaseUrl(sim.apiBaseUrl())
                    .clock(new VirtualClock(sim::now)).sleeper(sim::advance).build();
        }

        @Override
        String carrierId() {
            return "twilio";
        }

        @Override
        void reset() {
            sim.reset();
        }

        @Override
        void forgetRequests() {
            sim.wireMock().resetRequests();
        }

        @Override
        List<String> writeRequests() {
            return apiRequests().stream().filter(r -> !r.startsWith("GET ")).toList();
        }

        @Override
        List<String> apiRequests() {
            return requests(sim.wireMock().getAllServeEvents(), "/");
        }

        @Override
        boolean isEmpty() {
            return sim.counts().isEmpty();
        }

        @Override
        void close() {
            twilio.close();
            sim.close();
        }
    }

    /** Reads a simulator's virtual clock. */
    static final class VirtualClock extends Clock {
        private final Supplier<Instant> now;

        VirtualClock(Supplier<Instant> now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }
}
