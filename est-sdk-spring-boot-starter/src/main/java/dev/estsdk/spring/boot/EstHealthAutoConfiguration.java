package dev.estsdk.spring.boot;

import dev.estsdk.client.EstClient;
import dev.estsdk.twilio.TwilioClient;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Health indicators {@code est} and {@code estTwilio} for the client beans, when the application
 * has Actuator; {@code management.health.est.enabled=false} switches both off. Each check is one
 * read-only request per health query.
 */
@AutoConfiguration(after = {EstAutoConfiguration.class, EstTwilioAutoConfiguration.class},
        afterName = "org.springframework.boot.actuate.autoconfigure.health.HealthContributorAutoConfiguration")
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnEnabledHealthIndicator("est")
public class EstHealthAutoConfiguration {

    /** Creates the auto-configuration; Spring does. */
    public EstHealthAutoConfiguration() {
    }

    /**
     * The EST indicator.
     *
     * @param client the EST client
     * @return the indicator
     */
    @Bean
    @ConditionalOnBean(EstClient.class)
    @ConditionalOnMissingBean(name = "estHealthIndicator")
    public EstHealthIndicator estHealthIndicator(EstClient client) {
        return new EstHealthIndicator(client);
    }

    /** The Twilio indicator, when est-sdk-twilio is there. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(TwilioClient.class)
    static class Twilio {

        @Bean
        @ConditionalOnBean(TwilioClient.class)
        @ConditionalOnMissingBean(name = "estTwilioHealthIndicator")
        TwilioHealthIndicator estTwilioHealthIndicator(TwilioClient client) {
            return new TwilioHealthIndicator(client);
        }
    }
}
