package dev.estsdk.client.internal;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class CallContextTest {

    @Test
    void newRequestId_isADistinctVersion4Uuid() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = CallContext.newRequestId();
            UUID uuid = UUID.fromString(id);

            assertThat(uuid.version()).isEqualTo(4);
            assertThat(uuid.variant()).isEqualTo(2);
            assertThat(uuid.toString()).isEqualTo(id);
            assertThat(seen.add(id)).as("unique: %s", id).isTrue();
        }
    }
}
