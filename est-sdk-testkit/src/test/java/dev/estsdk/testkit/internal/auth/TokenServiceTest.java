package dev.estsdk.testkit.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estsdk.testkit.internal.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TokenServiceTest {

    private final VirtualClock clock = new VirtualClock(Instant.parse("2030-01-01T00:00:00Z"), null);
    private final TokenService tokens = new TokenService(clock, Duration.ofMinutes(10));

    @Test
    void issue_dropsExpiredTokens_soMemoryStaysBounded() {
        for (int i = 0; i < 100; i++) {
            tokens.issue("sim-key");
        }
        clock.advance(Duration.ofMinutes(10));

        tokens.issue("sim-key");

        assertThat(tokens.held()).isEqualTo(1);
    }

    @Test
    void check_reportsADroppedToken_asExpired_notUnknown() {
        String old = tokens.issue("sim-key").value();
        clock.advance(Duration.ofMinutes(11));
        tokens.issue("sim-key");

        assertThat(tokens.check(old)).isEqualTo(TokenService.Status.EXPIRED);
    }

    @Test
    void check_refusesTokensThisSimulatorDidNotSign() {
        String issued = tokens.issue("sim-key").value();
        String forged = issued.substring(0, issued.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        String otherSimulators = new TokenService(clock, Duration.ofMinutes(10)).issue("sim-key").value();

        assertThat(tokens.check(issued)).isEqualTo(TokenService.Status.VALID);
        assertThat(tokens.check(forged)).isEqualTo(TokenService.Status.UNKNOWN);
        assertThat(tokens.check(otherSimulators)).isEqualTo(TokenService.Status.UNKNOWN);
        assertThat(tokens.check("not-a-jwt")).isEqualTo(TokenService.Status.UNKNOWN);
    }

    @Test
    void rewind_keepsTheLifetimeEachTokenHadLeft() {
        String token = tokens.issue("sim-key").value();
        clock.advance(Duration.ofMinutes(4));

        tokens.rewind(clock.reset());

        clock.advance(Duration.ofMinutes(5));
        assertThat(tokens.check(token)).isEqualTo(TokenService.Status.VALID);
        clock.advance(Duration.ofMinutes(1));
        assertThat(tokens.check(token)).isEqualTo(TokenService.Status.EXPIRED);
    }
}
