package dev.estsdk.benchmarks.probe;

import dev.estsdk.api.PagedIterable;
import dev.estsdk.api.model.PhoneNumber;
import dev.estsdk.benchmarks.Targets;
import dev.estsdk.benchmarks.raw.RawEst;
import dev.estsdk.benchmarks.stub.Payloads;
import dev.estsdk.client.EstClient;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Row 3 (memory), run in its own JVM: iterates all {@value Payloads#PHONE_NUMBER_COUNT} numbers
 * of the stub and measures the heap that stays reachable while it does. Before iterating, and
 * every {@value #SAMPLE_EVERY} items on the way (which falls both mid-page and on page
 * boundaries), it runs a full collection and reads the used heap; the largest reading minus the
 * one before iterating is the extra heap the iteration keeps alive.
 *
 * <p>Modes: {@code sdk} (the SDK's {@code PagedIterable}), {@code raw} (the hand-written loop) and
 * {@code sdk-retaining} (the SDK, keeping every item: the control that shows what retention
 * would look like). Prints {@code READY items=.. baseline=.. peak=..} (bytes).
 */
public final class PaginationHeapProbe {

    /** How many items pass between two heap readings. */
    public static final int SAMPLE_EVERY = 1_250;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private long peak;
    private long seen;

    private PaginationHeapProbe() {
    }

    /**
     * @param args the mode ({@code sdk}, {@code raw}, {@code sdk-retaining}) and the stub's base URL
     */
    public static void main(String[] args) {
        String mode = args[0];
        String url = args[1];
        PaginationHeapProbe probe = new PaginationHeapProbe();
        long baseline;
        switch (mode) {
            case "sdk", "sdk-retaining" -> {
                try (EstClient sdk = Targets.sdk(url, Payloads.PROJECT_ID, Payloads.KEY_ID, Payloads.KEY_SECRET)) {
                    PagedIterable<PhoneNumber> numbers = sdk.phoneNumbers().list().withPageSize(Payloads.MAX_PAGE_SIZE);
                    numbers.page(1);
                    baseline = probe.settle();
                    List<PhoneNumber> kept = new ArrayList<>();
                    for (PhoneNumber number : numbers) {
                        if (mode.equals("sdk-retaining")) {
                            kept.add(number);
                        }
                        probe.saw();
                    }
                    probe.settle();
                    probe.report(baseline, kept.size());
                }
            }
            case "raw" -> {
                RawEst raw = Targets.raw(url, Payloads.PROJECT_ID, Payloads.KEY_ID, Payloads.KEY_SECRET);
                raw.phoneNumberPage(1, Payloads.MAX_PAGE_SIZE);
                baseline = probe.settle();
                raw.forEachPhoneNumber(Payloads.MAX_PAGE_SIZE, item -> probe.saw());
                probe.report(baseline, 0);
            }
            default -> throw new IllegalArgumentException("unknown mode " + mode);
        }
    }

    private void saw() {
        if (++seen % SAMPLE_EVERY == 0) {
            settle();
        }
    }

    private long settle() {
        System.gc();
        System.gc();
        long used = memory.getHeapMemoryUsage().getUsed();
        peak = Math.max(peak, used);
        return used;
    }

    private void report(long baseline, int kept) {
        if (seen != Payloads.PHONE_NUMBER_COUNT) {
            throw new IllegalStateException("saw " + seen + " numbers, expected " + Payloads.PHONE_NUMBER_COUNT);
        }
        System.out.println(String.format(Locale.ROOT, "%s items=%d kept=%d baseline=%d peak=%d", ChildJvm.READY, seen,
                kept, baseline, peak));
    }
}
