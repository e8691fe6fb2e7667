package dev.estsdk.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Tells how much of the machine's CPU other processes used between two readings, from Linux's
 * {@code /proc/stat} (all CPUs) and {@code /proc/self/stat} (this process and its finished child
 * JVMs). On other systems every share is unknown (NaN).
 */
public final class CpuMeter {

    private static final Path SYSTEM = Path.of("/proc/stat");
    private static final Path SELF = Path.of("/proc/self/stat");

    private CpuMeter() {
    }

    /**
     * A reading of CPU time, in clock ticks.
     *
     * @param busy ticks all CPUs spent running anything
     * @param total ticks of all CPUs, idle included
     * @param own ticks this process and its reaped children spent
     */
    public record Reading(long busy, long total, long own) {

        /**
         * @param later a later reading
         * @return the share of the machine's CPU (0 to 1) that other processes used in between,
         *     NaN when unknown
         */
        public double otherShareUntil(Reading later) {
            if (later == null || later.total <= total || total < 0) {
                return Double.NaN;
            }
            double other = (later.busy - busy) - (later.own - own);
            return Math.max(0, other) / (later.total - total);
        }
    }

    /** @return the current reading, or one whose shares are unknown if /proc is not readable */
    public static Reading read() {
        try {
            String[] cpu = Files.readAllLines(SYSTEM).get(0).trim().split("\\s+");
            long user = Long.parseLong(cpu[1]);
            long nice = Long.parseLong(cpu[2]);
            long system = Long.parseLong(cpu[3]);
            long idle = Long.parseLong(cpu[4]);
            long iowait = Long.parseLong(cpu[5]);
            long irq = Long.parseLong(cpu[6]);
            long softirq = Long.parseLong(cpu[7]);
            long steal = cpu.length > 8 ? Long.parseLong(cpu[8]) : 0;
            long busy = user + nice + system + irq + softirq + steal;
            return new Reading(busy, busy + idle + iowait, ownTicks(Files.readString(SELF)));
        } catch (IOException | RuntimeException e) {
            return new Reading(-1, -1, -1);
        }
    }

    /**
     * @param stat the text of {@code /proc/<pid>/stat}
     * @return utime + stime + cutime + cstime
     */
    static long ownTicks(String stat) {
        // The command name (field 2) may hold spaces; fields after it start at "state" (field 3).
        List<String> fields = List.of(stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+"));
        long sum = 0;
        for (int field = 14; field <= 17; field++) {
            sum += Long.parseLong(fields.get(field - 3));
        }
        return sum;
    }
}
