package dev.estsdk.benchmarks.probe;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Application class-data sharing on JDK 17: one training run of a probe with
 * {@code -XX:ArchiveClassesAtExit} writes a dynamic archive of every class it loaded; later runs
 * with {@code -XX:SharedArchiveFile} map those classes instead of loading, verifying and linking
 * them again. {@code -Xshare:on} makes a run fail rather than silently run without the archive.
 */
public final class AppCds {

    private AppCds() {
    }

    /**
     * Trains an archive with one run of the probe.
     *
     * @param archive where to write it; replaced if present
     * @param classpath the probe's class path, which later runs must use unchanged
     * @param jvmArgs other JVM options of the training run
     * @param mainClass the probe
     * @param args its arguments
     * @param timeout how long the training run may take
     * @return the options a run needs to use the archive
     * @throws IOException if the training run fails or writes no archive
     * @throws InterruptedException if interrupted
     */
    public static List<String> train(Path archive, List<String> classpath, List<String> jvmArgs, String mainClass,
            List<String> args, Duration timeout) throws IOException, InterruptedException {
        Files.deleteIfExists(archive);
        List<String> training = new java.util.ArrayList<>(jvmArgs);
        training.add("-XX:ArchiveClassesAtExit=" + archive);
        ChildJvm.run(classpath, training, mainClass, args, timeout);
        if (!Files.isRegularFile(archive) || Files.size(archive) == 0) {
            throw new IOException("the training run of " + mainClass + " wrote no archive at " + archive);
        }
        return List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:on");
    }
}
