package dev.estsdk.spring.boot;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.estsdk.testkit.EstSimulator;
import dev.estsdk.testkit.EstSimulatorExtension;
import dev.estsdk.testkit.twilio.TwilioSimulator;
import dev.estsdk.testkit.twilio.TwilioSimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HealthIndicatorSimulatorTest {

    @RegisterExtension
    static EstSimulatorExtension est = EstSimulatorExtension.create();
    @RegisterExtension
    static TwilioSimulatorExtension twilio = TwilioSimulatorExtension.create();

    private static ApplicationContextRunner estOn(EstSimulator sim, String secret) {
        return EstAutoConfigurationTest.RUNNER.withPropertyValues("est.project-id=" + sim.projectId(),
                "est.key-id=" + sim.keyId(), "est.key-secret=" + secret, "est.base-url=" + sim.baseUrl(),
                "est.auth-url=" + sim.authUrl(), "est.retry.max-attempts=1");
    }

    private static ApplicationContextRunner twilioOn(TwilioSimulator sim, String token) {
        return EstAutoConfigurationTest.RUNNER.withPropertyValues("est.twilio.account-sid=" + sim.accountSid(),
                "est.twilio.auth-token=" + token, "est.twilio.trunking-base-url=" + sim.trunkingBaseUrl(),
                "est.twilio.api-base-url=" + sim.apiBaseUrl(), "est.retry.max-attempts=1");
    }

    @Test
    void estHealth_isUpWithTheRightCredentials_andOnlyReads() {
        EstSimulator sim = est.simulator();
        estOn(sim, sim.keySecret()).run(context -> {
            Health health = context.getBean(EstHealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("service", "sinch-est");
        });
        assertThat(apiMethods(sim.wireMock().getAllServeEvents())).isNotEmpty().containsOnly("GET");
        assertThat(sim.counts().trunks()).isZero();
    }

    @Test
    void estHealth_isDownWithAWrongSecret_namingTheStatus_butNotTheSecret() {
        EstSimulator sim = est.simulator();
        String wrong = "wrong-secret-0123456789";
        estOn(sim, wrong).run(context -> {
            Health health = context.getBean(EstHealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails()).containsEntry("status", 401).containsKey("error");
            assertThat(health.toString()).doesNotContain(wrong, sim.keySecret(), sim.projectId());
        });
    }

    @Test
    void twilioHealth_isUpWithTheRightToken_andDownWithAWrongOne() {
        TwilioSimulator sim = twilio.simulator();
        twilioOn(sim, sim.authToken()).run(context ->
                assertThat(context.getBean(TwilioHealthIndicator.class).health().getStatus()).isEqualTo(Status.UP));
        String wrong = "wrong-token-0123456789";
        twilioOn(sim, wrong).run(context -> {
            Health health = context.getBean(TwilioHealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails()).containsEntry("status", 401);
            assertThat(health.toString()).doesNotContain(wrong, sim.authToken(), sim.accountSid());
        });
        assertThat(sim.counts().trunks()).isZero();
    }

    private static List<String> apiMethods(List<ServeEvent> events) {
        return events.stream().map(ServeEvent::getRequest).filter(r -> r.getUrl().startsWith("/v1/"))
                .map(r -> r.getMethod().getName()).toList();
    }
}
