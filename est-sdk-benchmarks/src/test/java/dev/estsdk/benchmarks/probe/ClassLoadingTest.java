package dev.estsdk.benchmarks.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClassLoadingTest {

    @Test
    void parse_tellsClassPathLoadsFromArchiveMappings() {
        ClassLoading counts = ClassLoading.parse(List.of(
                "[0.010s][info][class,load] java.lang.Object source: shared objects file",
                "[0.200s][info][class,load] dev.estsdk.client.EstClient source: shared objects file (top)",
                "[0.210s][info][class,load] feign.Feign source: jar:file:/m2/feign-core-13.13.jar!/",
                "[0.220s][info][class,load] dev.estsdk.benchmarks.probe.SdkColdStart source: file:/work/classes/",
                "[0.230s][info][class,load] jdk.internal.reflect.GeneratedMethodAccessor1 source: __JVM_DefineClass__"));

        assertThat(counts.total()).isEqualTo(5);
        assertThat(counts.fromClasspath()).isEqualTo(2);
        assertThat(counts.fromArchive()).isEqualTo(2);
        assertThat(counts).hasToString("5 (2 from the class path, 2 mapped from a shared archive)");
    }
}
