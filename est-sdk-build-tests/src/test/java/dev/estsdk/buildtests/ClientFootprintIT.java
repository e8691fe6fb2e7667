package dev.estsdk.buildtests;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client's runtime footprint: what a user who adds est-sdk-client gets on the class path. The
 * budget: 12 jars, 3.3 MiB in all. Jackson is about 2.5 MiB of it; our own jars (api, core,
 * client) about 0.35 MiB, grown by the request types every resource now has.
 */
class ClientFootprintIT {

    private static final int MAX_JARS = 12;
    private static final long MAX_BYTES = 3_460_300L; // 3.3 MiB

    @Test
    void clientRuntimeJars_stayWithinTwelveJarsAndThreePointThreeMiB() throws IOException {
        List<Path> jars = BuiltJars.clientRuntimeClasspath();
        long total = 0;
        StringBuilder listing = new StringBuilder();
        for (Path jar : jars) {
            assertThat(jar).isRegularFile();
            long size = Files.size(jar);
            total += size;
            listing.append(String.format("%,10d  %s%n", size, jar.getFileName()));
        }
        listing.append(String.format("%,10d  total in %d jars%n", total, jars.size()));
        System.out.print(listing);

        assertThat(jars).as("the client's runtime jars:%n%s", listing).hasSizeLessThanOrEqualTo(MAX_JARS);
        assertThat(total).as("bytes of the client's runtime jars:%n%s", listing).isLessThanOrEqualTo(MAX_BYTES);
    }

    @Test
    void clientRuntimeJars_holdNoTestOrSimulatorLibrary() throws IOException {
        String names = BuiltJars.clientRuntimeClasspath().stream().map(p -> p.getFileName().toString())
                .collect(Collectors.joining(" "));
        assertThat(names).doesNotContain("wiremock", "junit", "assertj", "est-sdk-testkit", "slf4j-simple",
                "feign-jackson");
    }
}
