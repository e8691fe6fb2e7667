package dev.estsdk.benchmarks.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JfrSummaryTest {

    @Test
    void ownerOf_namesTheLibrary_andTheMostSpecificPrefixWins() {
        assertThat(JfrSummary.ownerOf("com.fasterxml.jackson.databind.ObjectMapper")).isEqualTo("Jackson");
        assertThat(JfrSummary.ownerOf("feign.ReflectiveFeign")).isEqualTo("Feign");
        assertThat(JfrSummary.ownerOf("dev.estsdk.client.EstClient")).isEqualTo("est-sdk");
        assertThat(JfrSummary.ownerOf("dev.estsdk.benchmarks.probe.SdkListingProbe")).isEqualTo("the probe itself");
        assertThat(JfrSummary.ownerOf("org.example.widgets.Widget")).isEqualTo("org.example");
    }

    @Test
    void ownerOf_theJdksOwnClasses_haveNoOwner() {
        assertThat(JfrSummary.ownerOf("java.lang.String")).isNull();
        assertThat(JfrSummary.ownerOf("javax.net.ssl.SSLContext")).isNull();
        assertThat(JfrSummary.ownerOf("jdk.internal.net.http.HttpClientImpl")).isNull();
        assertThat(JfrSummary.ownerOf("sun.security.ssl.SSLContextImpl")).isNull();
    }

    @Test
    void toString_showsSharesOfEachBreakdownAndTheGcPauses() {
        JfrSummary summary = new JfrSummary(200, List.of(Map.entry("Jackson", 100L), Map.entry("Feign", 50L)),
                List.of(Map.entry("sun.security.ssl", 40L)), Duration.ofMillis(12));

        assertThat(summary).hasToString("200 execution samples; by the library that asked: Jackson 50 %, Feign 25 %; "
                + "by the code that ran (top frame): sun.security.ssl 20 %; GC pauses 12 ms");
    }
}
