package dev.estsdk.spring.boot.test;

import dev.estsdk.testkit.EstSimulator;
import dev.estsdk.testkit.twilio.TwilioSimulator;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.support.TestPropertySourceUtils;

import java.util.LinkedHashMap;
import java.util.Map;

/** Starts the simulators, registers them as beans and points the {@code est.*} properties at them. */
final class EstSimulatorContextCustomizer implements ContextCustomizer {

    static final String PROPERTY_SOURCE = "estSimulator";

    private final boolean twilio;

    EstSimulatorContextCustomizer(boolean twilio) {
        this.twilio = twilio;
    }

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
        Map<String, Object> properties = new LinkedHashMap<>();
        EstSimulator est = EstSimulator.start();
        context.getBeanFactory().registerSingleton("estSimulator", est);
        context.addApplicationListener((ContextClosedEvent event) -> est.close());
        properties.put("est.project-id", est.projectId());
        properties.put("est.key-id", est.keyId());
        properties.put("est.key-secret", est.keySecret());
        properties.put("est.base-url", est.baseUrl());
        properties.put("est.auth-url", est.authUrl());
        if (twilio) {
            TwilioSimulator sim = TwilioSimulator.start();
            context.getBeanFactory().registerSingleton("twilioSimulator", sim);
            context.addApplicationListener((ContextClosedEvent event) -> sim.close());
            properties.put("est.twilio.account-sid", sim.accountSid());
            properties.put("est.twilio.auth-token", sim.authToken());
            properties.put("est.twilio.trunking-base-url", sim.trunkingBaseUrl());
            properties.put("est.twilio.api-base-url", sim.apiBaseUrl());
        }
        MutablePropertySources sources = context.getEnvironment().getPropertySources();
        MapPropertySource source = new MapPropertySource(PROPERTY_SOURCE, properties);
        if (sources.contains(TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME)) {
            sources.addAfter(TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME, source);
        } else {
            sources.addFirst(source);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EstSimulatorContextCustomizer that && that.twilio == twilio;
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(twilio);
    }
}
