package dev.estsdk.spring.boot;

import dev.estsdk.api.exception.FieldViolation;
import dev.estsdk.client.EstClient;
import dev.estsdk.client.EstCredentials;
import dev.estsdk.core.CallListener;
import dev.estsdk.micrometer.ObservationCallListener;
import dev.estsdk.twilio.TwilioClient;
import dev.estsdk.workflows.TrunkProvisioner;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.annotation.Order;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class EstAutoConfigurationTest {

    static final String SECRET = "key-secret-do-not-print-123";
    static final String TWILIO_TOKEN = "twilio-token-do-not-print-456";
    static final String ACCOUNT = "AC" + "0123456789abcdef".repeat(2);

    static final ApplicationContextRunner RUNNER = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(EstObservationAutoConfiguration.class,
                    EstAutoConfiguration.class, EstTwilioAutoConfiguration.class,
                    EstWorkflowsAutoConfiguration.class, EstHealthAutoConfiguration.class));

    static final String[] EST = {"est.project-id=project-1", "est.key-id=key-1", "est.key-secret=" + SECRET};
    static final String[] TWILIO = {"est.twilio.account-sid=" + ACCOUNT, "est.twilio.auth-token=" + TWILIO_TOKEN};

    @Test
    void withoutProperties_noClientProvisionerOrIndicatorIsCreated() {
        RUNNER.run(context -> assertThat(context).hasNotFailed()
                .doesNotHaveBean(EstClient.class).doesNotHaveBean(TrunkProvisioner.class)
                .doesNotHaveBean(TwilioClient.class).doesNotHaveBean(EstHealthIndicator.class)
                .doesNotHaveBean(TwilioHealthIndicator.class));
    }

    @Test
    void withAProjectAndKey_theEstClientProvisionerAndIndicatorAreCreated_butNoTwilioClient() {
        RUNNER.withPropertyValues(EST).run(context -> {
            assertThat(context).hasSingleBean(EstClient.class).hasSingleBean(TrunkProvisioner.class)
                    .hasSingleBean(EstHealthIndicator.class).doesNotHaveBean(TwilioClient.class);
            assertThat(context.getBean(EstClient.class).projectId()).isEqualTo("project-1");
        });
    }

    @Test
    void withTwilioCredentials_onlyTheTwilioClientAndItsIndicatorAreCreated() {
        RUNNER.withPropertyValues(TWILIO).run(context -> {
            assertThat(context).hasSingleBean(TwilioClient.class).hasSingleBean(TwilioHealthIndicator.class)
                    .doesNotHaveBean(EstClient.class).doesNotHaveBean(TrunkProvisioner.class);
            assertThat(context.getBean(TwilioClient.class).accountSid()).isEqualTo(ACCOUNT);
        });
    }

    @Test
    void theHealthIndicators_canBeSwitchedOff() {
        RUNNER.withPropertyValues(EST).withPropertyValues(TWILIO)
                .withPropertyValues("management.health.est.enabled=false")
                .run(context -> assertThat(context).hasSingleBean(EstClient.class).hasSingleBean(TwilioClient.class)
                        .doesNotHaveBean(EstHealthIndicator.class).doesNotHaveBean(TwilioHealthIndicator.class));
    }

    @Test
    void theApplicationsOwnBeans_win() {
        RUNNER.withPropertyValues(EST).withPropertyValues(TWILIO).withUserConfiguration(OwnBeans.class)
                .run(context -> {
                    assertThat(context).hasSingleBean(EstClient.class).hasSingleBean(TrunkProvisioner.class)
                            .hasSingleBean(TwilioClient.class);
                    assertThat(context.getBean(EstClient.class).projectId()).isEqualTo("own-project");
                    assertThat(context.getBean(TrunkProvisioner.class)).isSameAs(OwnBeans.PROVISIONER);
                    assertThat(context.getBean(TwilioClient.class).accountSid()).isEqualTo(OwnBeans.OWN_ACCOUNT);
                });
    }

    @Test
    void anOwnClientWithoutProperties_getsAProvisionerAndAnIndicator() {
        RUNNER.withUserConfiguration(OwnClientOnly.class).run(context -> assertThat(context)
                .hasSingleBean(TrunkProvisioner.class).hasSingleBean(EstHealthIndicator.class));
    }

    @Test
    void customizers_areAppliedInOrder_afterTheProperties() {
        RUNNER.withPropertyValues(EST).withPropertyValues(TWILIO)
                .withPropertyValues("est.user-agent-suffix=from-properties/1")
                .withUserConfiguration(Customizers.class)
                .run(context -> {
                    assertThat(context.getBean(EstClient.class).userAgent()).endsWith(" second/2");
                    assertThat(context.getBean(TwilioClient.class).userAgent()).endsWith(" twilio-custom/3");
                });
    }

    @Test
    void theSharedProperties_reachBothBuilders() {
        RUNNER.withPropertyValues(EST).withPropertyValues(TWILIO)
                .withPropertyValues("est.user-agent-suffix=ops-tool/4", "est.retry.max-attempts=1",
                        "est.read-timeout=5s", "est.auth-scheme=basic")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(EstClient.class).userAgent()).endsWith(" ops-tool/4");
                    assertThat(context.getBean(TwilioClient.class).userAgent()).endsWith(" ops-tool/4");
                });
    }

    @Test
    void aKeyIdWithoutSecret_failsNamingEstKeySecret() {
        RUNNER.withPropertyValues("est.project-id=project-1", "est.key-id=key-1")
                .run(context -> assertThat(violations(context.getStartupFailure()))
                        .extracting(FieldViolation::field).containsExactly("est.key-secret"));
    }

    @Test
    void aPlainHttpBaseUrlAndABadRetry_failNamingEachProperty_withoutTheSecret() {
        RUNNER.withPropertyValues(EST).withPropertyValues("est.base-url=http://est.example.com",
                        "est.retry.max-attempts=0")
                .run(context -> {
                    assertThat(violations(context.getStartupFailure())).extracting(FieldViolation::field)
                            .containsExactly("est.retry.max-attempts");
                    assertThat(messages(context.getStartupFailure())).doesNotContain(SECRET);
                });
        RUNNER.withPropertyValues(EST).withPropertyValues("est.base-url=http://est.example.com",
                        "est.call-timeout=0s")
                .run(context -> {
                    assertThat(violations(context.getStartupFailure())).extracting(FieldViolation::field)
                            .contains("est.base-url", "est.call-timeout");
                    assertThat(messages(context.getStartupFailure())).contains("est.base-url")
                            .doesNotContain(SECRET);
                });
    }

    @Test
    void twilioWithoutCredentials_orWithBoth_failsNamingTheTwilioProperty() {
        RUNNER.withPropertyValues("est.twilio.account-sid=" + ACCOUNT)
                .run(context -> assertThat(violations(context.getStartupFailure()))
                        .extracting(FieldViolation::field).containsExactly("est.twilio.auth-token"));
        RUNNER.withPropertyValues(TWILIO).withPropertyValues("est.twilio.api-key-sid=SK" + "0".repeat(32),
                        "est.twilio.api-key-secret=other-secret")
                .run(context -> {
                    assertThat(violations(context.getStartupFailure())).extracting(FieldViolation::field)
                            .containsExactly("est.twilio.auth-token");
                    assertThat(messages(context.getStartupFailure())).doesNotContain(TWILIO_TOKEN, "other-secret");
                });
        RUNNER.withPropertyValues("est.twilio.account-sid=AC123", "est.twilio.api-key-sid=SK" + "0".repeat(32))
                .run(context -> assertThat(violations(context.getStartupFailure()))
                        .extracting(FieldViolation::field).containsExactly("est.twilio.api-key-secret"));
        RUNNER.withPropertyValues("est.twilio.account-sid=AC123", "est.twilio.auth-token=" + TWILIO_TOKEN)
                .run(context -> assertThat(violations(context.getStartupFailure()))
                        .extracting(FieldViolation::field).containsExactly("est.twilio.account-sid"));
    }

    @Test
    void withAnObservationRegistry_bothClientsGetTheObservationListener_unlessSwitchedOff() {
        RUNNER.withPropertyValues(EST).withBean(ObservationRegistry.class, ObservationRegistry::create)
                .run(context -> assertThat(context).hasSingleBean(ObservationCallListener.class));
        RUNNER.withPropertyValues(EST).withBean(ObservationRegistry.class, ObservationRegistry::create)
                .withPropertyValues("est.observations.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(CallListener.class));
        RUNNER.withPropertyValues(EST)
                .run(context -> assertThat(context).doesNotHaveBean(CallListener.class));
        RUNNER.withPropertyValues(EST).withBean(ObservationRegistry.class, ObservationRegistry::create)
                .withBean(CallListener.class, () -> CallListener.NONE)
                .run(context -> assertThat(context).doesNotHaveBean(ObservationCallListener.class)
                        .hasSingleBean(CallListener.class));
    }

    static java.util.List<FieldViolation> violations(Throwable failure) {
        Throwable cause = failure;
        while (cause != null && !(cause instanceof EstPropertiesException)) {
            cause = cause.getCause();
        }
        assertThat(cause).as("an EstPropertiesException in %s", failure).isNotNull();
        return ((EstPropertiesException) cause).violations();
    }

    static String messages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            all.append(t).append('\n');
        }
        return all.toString();
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnBeans {
        static final String OWN_ACCOUNT = "AC" + "f".repeat(32);
        static TrunkProvisioner PROVISIONER;

        @Bean
        EstClient ownEstClient() {
            return EstClient.builder().projectId("own-project")
                    .credentials(EstCredentials.oauth("own-key", "own-secret-value")).build();
        }

        @Bean
        TrunkProvisioner ownProvisioner(EstClient client) {
            PROVISIONER = TrunkProvisioner.of(client);
            return PROVISIONER;
        }

        @Bean
        TwilioClient ownTwilioClient() {
            return TwilioClient.builder().accountSid(OWN_ACCOUNT).authToken("own-token-value").build();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnClientOnly {
        @Bean
        EstClient ownEstClient() {
            return EstClient.builder().projectId("own-project")
                    .credentials(EstCredentials.oauth("own-key", "own-secret-value")).build();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Customizers {
        @Bean
        @Order(2)
        EstClientBuilderCustomizer second() {
            return builder -> builder.userAgentSuffix("second/2");
        }

        @Bean
        @Order(1)
        EstClientBuilderCustomizer first() {
            return builder -> builder.userAgentSuffix("first/1");
        }

        @Bean
        TwilioClientBuilderCustomizer twilio() {
            return builder -> builder.userAgentSuffix("twilio-custom/3");
        }
    }
}
