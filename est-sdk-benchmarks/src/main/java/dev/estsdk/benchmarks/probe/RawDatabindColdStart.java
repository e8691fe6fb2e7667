package dev.estsdk.benchmarks.probe;

import dev.estsdk.benchmarks.Targets;
import dev.estsdk.benchmarks.raw.RawDatabindEst;
import dev.estsdk.benchmarks.stub.Payloads;

/**
 * Row 6, baseline, run in a fresh JVM with the JDK and Jackson: the first call made with
 * {@link RawDatabindEst} (HTTP client plus Jackson databind into a record), then
 * {@value ChildJvm#READY}.
 */
public final class RawDatabindColdStart {

    private RawDatabindColdStart() {
    }

    /**
     * @param args the stub's base URL
     */
    public static void main(String[] args) {
        RawDatabindEst.Trunk trunk = Targets.rawDatabind(args[0], Payloads.PROJECT_ID, Payloads.KEY_ID, Payloads.KEY_SECRET)
                .getTrunk(Payloads.TRUNK_ID);
        System.out.println(ChildJvm.READY + " " + trunk.id());
    }
}
