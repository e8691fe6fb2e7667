package dev.estsdk.benchmarks.report;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The machine and JDK a run was made on, as printed at the top of {@code RESULTS.md}.
 *
 * @param cores processors available to the JVM
 * @param cpuModel the CPU model, from {@code /proc/cpuinfo} where readable
 * @param memoryBytes physical memory
 * @param os operating system name, version and architecture
 * @param jdk the JDK's vendor, name and version
 */
public record Machine(int cores, String cpuModel, long memoryBytes, String os, String jdk) {

    /** @return the machine this JVM runs on */
    public static Machine current() {
        long memory = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getTotalMemorySize() : -1;
        return new Machine(Runtime.getRuntime().availableProcessors(), readCpuModel(), memory,
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                System.getProperty("java.vendor") + " " + System.getProperty("java.vm.name") + " "
                        + System.getProperty("java.runtime.version"));
    }

    /** @return e.g. {@code 2 cores, AMD EPYC, 23.5 GiB} */
    public String summary() {
        return cores + " cores, " + cpuModel + ", "
                + (memoryBytes < 0 ? "memory unknown" : String.format(Locale.ROOT, "%.1f GiB", memoryBytes / (1024.0 * 1024 * 1024)));
    }

    private static String readCpuModel() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/cpuinfo"));
            return lines.stream().filter(l -> l.startsWith("model name")).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .orElse(System.getProperty("os.arch"));
        } catch (IOException e) {
            return System.getProperty("os.arch");
        }
    }
}
