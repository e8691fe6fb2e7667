package dev.estsdk.benchmarks.probe;

import com.fasterxml.jackson.databind.JsonNode;
import dev.estsdk.benchmarks.raw.RawEst;
import dev.estsdk.benchmarks.stub.Payloads;

/**
 * Row 6, second baseline, run in a fresh JVM with the JDK and Jackson: the first call made with
 * {@link dev.estsdk.benchmarks.raw.RawEst} (HTTP client plus Jackson's tree), then
 * {@value ChildJvm#READY}.
 */
public final class RawJacksonColdStart {

    private RawJacksonColdStart() {
    }

    /**
     * @param args the stub's base URL
     */
    public static void main(String[] args) {
        JsonNode trunk = RawEst.basic(args[0], Payloads.PROJECT_ID, Payloads.KEY_ID, Payloads.KEY_SECRET)
                .getTrunk(Payloads.TRUNK_ID);
        System.out.println(ChildJvm.READY + " " + trunk.path("id").asText());
    }
}
