package dev.estsdk.testkit.internal.calls;

import dev.estsdk.testkit.CallSeed;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A small, varied set of call records placed in the 24 hours before the simulator starts, so a
 * fresh simulator answers {@code GET /calls} with data: both directions, every result, two trunks,
 * a SIP-URI caller and a forwarded call without capture.
 */
public final class SampleCalls {

    /** First sample trunk id (as in Sinch's mocks). */
    public static final String TRUNK_1 = "01W4FFL35P4NC4K35SIPTRUNK1";
    /** Second sample trunk id. */
    public static final String TRUNK_2 = "01W4FFL35P4NC4K35SIPTRUNK2";

    private SampleCalls() {
    }

    /**
     * @param start the simulator's start instant
     * @return the sample seeds
     */
    public static List<CallSeed> around(Instant start) {
        List<CallSeed> out = new ArrayList<>();
        String[] results = {"COMPLETED", "NO_ANSWER", "BUSY", "CANCEL", "FAILED", "COMPLETED"};
        for (int i = 0; i < 12; i++) {
            boolean inbound = i % 2 == 0;
            String sinchNumber = "+1202555010" + (i % 6);
            String other = inbound ? "+1415555" + String.format("%04d", 2000 + i) : "+1646555" + String.format("%04d", 3000 + i);
            out.add(CallSeed.builder()
                    .callId(String.format("SAMPLECALL%02d", i + 1))
                    .trunkId(i < 8 ? TRUNK_1 : TRUNK_2)
                    .trunkName(i < 8 ? "Sample trunk 1" : "Sample trunk 2")
                    .direction(inbound ? "INBOUND" : "OUTBOUND")
                    .from(inbound ? other : sinchNumber)
                    .to(inbound ? sinchNumber : other)
                    .callResult(results[i % results.length])
                    .createTime(start.minus(Duration.ofMinutes(90L * (i + 1))))
                    .durationSeconds(30 + 17 * i)
                    .build());
        }
        out.add(CallSeed.builder()
                .callId("SAMPLECALL13")
                .trunkId(TRUNK_2)
                .direction("INBOUND")
                .from("sip:12015555555@76.184.202.212")
                .to("+12025550105")
                .createTime(start.minus(Duration.ofHours(20)))
                .durationSeconds(4)
                .withPcap(false)
                .relationshipType("forwarded")
                .build());
        return out;
    }
}
