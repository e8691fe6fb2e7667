package dev.estsdk.benchmarks.probe;

import dev.estsdk.benchmarks.Targets;
import dev.estsdk.benchmarks.raw.RawDatabindEst;
import dev.estsdk.benchmarks.raw.RawEst;
import dev.estsdk.benchmarks.stub.Payloads;
import dev.estsdk.client.EstClient;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;

/**
 * Row 1 (context), run in its own JVM: the heap that is still reachable right after a burst of
 * calls has finished. A client that lets nothing outlive a call keeps this near zero; one that
 * leaves per-call objects queued (say, until a timeout fires) grows with the burst. Reads the
 * used heap after a full collection before and after {@code calls} sequential
 * {@code GET /trunks/{id}} calls, and prints {@code READY calls=.. baseline=.. after=..} (bytes).
 */
public final class CallRetentionProbe {

    private CallRetentionProbe() {
    }

    /**
     * @param args the mode ({@code sdk}, {@code raw} or {@code raw-databind}), the stub's base URL and the
     *     number of calls
     */
    public static void main(String[] args) {
        String mode = args[0];
        String url = args[1];
        int calls = Integer.parseInt(args[2]);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        Runnable call;
        EstClient sdk = null;
        if (mode.equals("sdk")) {
            EstClient client = Targets.sdk(url, Payloads.PROJECT_ID, Payloads.KEY_ID, Payloads.KEY_SECRET);
            sdk = client;
            call = () -> client.sipTrunks().get(Payloads.TRUNK_ID);
        } else if (mode.equals("raw")) {
            RawEst raw = Targets.raw(url, Payloads.PROJECT_ID, Payloads.KEY_ID, Payloads.KEY_SECRET);
            call = () -> raw.getTrunk(Payloads.TRUNK_ID);
        } else if (mode.equals("raw-databind")) {
            RawDatabindEst raw = Targets.rawDatabind(url, Payloads.PROJECT_ID, Payloads.KEY_ID, Payloads.KEY_SECRET);
            call = () -> raw.getTrunk(Payloads.TRUNK_ID);
        } else {
            throw new IllegalArgumentException("unknown mode " + mode);
        }
        for (int i = 0; i < 200; i++) {
            call.run();
        }
        long baseline = settled(memory);
        for (int i = 0; i < calls; i++) {
            call.run();
        }
        long after = settled(memory);
        System.out.println(String.format(Locale.ROOT, "%s calls=%d baseline=%d after=%d", ChildJvm.READY, calls,
                baseline, after));
        if (sdk != null) {
            sdk.close();
        }
    }

    private static long settled(MemoryMXBean memory) {
        System.gc();
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }
}
