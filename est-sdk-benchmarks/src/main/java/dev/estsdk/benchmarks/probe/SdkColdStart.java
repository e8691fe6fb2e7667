package dev.estsdk.benchmarks.probe;

import dev.estsdk.api.model.SipTrunk;
import dev.estsdk.benchmarks.Targets;
import dev.estsdk.benchmarks.stub.Payloads;
import dev.estsdk.client.EstClient;

/**
 * Row 6, SDK side, run in a fresh JVM whose class path is the client's runtime dependencies:
 * builds an {@link EstClient} and reads one trunk, then prints {@value ChildJvm#READY}.
 */
public final class SdkColdStart {

    private SdkColdStart() {
    }

    /**
     * @param args the stub's base URL
     */
    public static void main(String[] args) {
        try (EstClient sdk = Targets.sdk(args[0], Payloads.PROJECT_ID, Payloads.KEY_ID, Payloads.KEY_SECRET)) {
            SipTrunk trunk = sdk.sipTrunks().get(Payloads.TRUNK_ID);
            System.out.println(ChildJvm.READY + " " + trunk.id());
        }
    }
}
