package dev.estsdk.benchmarks.twilio;

import com.twilio.rest.trunking.v1.Trunk;
import dev.estsdk.benchmarks.probe.ChildJvm;

/** Row 11d, baseline: a fresh JVM that builds twilio-java's client and fetches one trunk. */
public final class TwilioJavaColdStart {

    private TwilioJavaColdStart() {
    }

    /**
     * @param args the stub's base URL
     */
    public static void main(String[] args) {
        Trunk trunk = Trunk.fetcher(TwilioPayloads.TRUNK_SID).fetch(TwilioJavaTarget.client(args[0]));
        System.out.println(ChildJvm.READY + " " + trunk.getSid());
        System.exit(0);
    }
}
