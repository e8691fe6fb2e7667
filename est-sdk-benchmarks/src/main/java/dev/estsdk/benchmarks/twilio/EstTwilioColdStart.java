package dev.estsdk.benchmarks.twilio;

import dev.estsdk.benchmarks.probe.ChildJvm;
import dev.estsdk.twilio.TwilioClient;
import dev.estsdk.twilio.model.Trunk;

/** Row 11d, est-sdk side: a fresh JVM that builds a {@link TwilioClient} and fetches one trunk. */
public final class EstTwilioColdStart {

    private EstTwilioColdStart() {
    }

    /**
     * @param args the stub's base URL
     */
    public static void main(String[] args) {
        try (TwilioClient twilio = EstTwilioTarget.client(args[0])) {
            Trunk trunk = twilio.trunks().get(TwilioPayloads.TRUNK_SID);
            System.out.println(ChildJvm.READY + " " + trunk.sid());
        }
    }
}
