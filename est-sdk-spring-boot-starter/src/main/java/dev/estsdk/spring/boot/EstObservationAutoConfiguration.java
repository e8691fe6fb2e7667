package dev.estsdk.spring.boot;

import dev.estsdk.core.CallListener;
import dev.estsdk.micrometer.EstAttemptObservationConvention;
import dev.estsdk.micrometer.EstCallObservationConvention;
import dev.estsdk.micrometer.ObservationCallListener;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * Records every call of the auto-configured clients as Micrometer observations when
 * est-sdk-micrometer is on the class path, the application has an {@link ObservationRegistry}
 * bean (Actuator makes one) and no {@link CallListener} bean of its own, unless
 * {@code est.observations.enabled=false}. An {@link EstCallObservationConvention} or
 * {@link EstAttemptObservationConvention} bean replaces the default convention.
 */
@AutoConfiguration(afterName = "org.springframework.boot.actuate.autoconfigure.observation.ObservationAutoConfiguration")
@ConditionalOnClass({ObservationCallListener.class, ObservationRegistry.class})
@ConditionalOnBean(ObservationRegistry.class)
@ConditionalOnProperty(prefix = "est.observations", name = "enabled", matchIfMissing = true)
public class EstObservationAutoConfiguration {

    /** Creates the auto-configuration; Spring does. */
    public EstObservationAutoConfiguration() {
    }

    /**
     * The listener both clients are given.
     *
     * @param registry           where the observations go
     * @param callConvention     replaces the default call convention when present
     * @param attemptConvention  replaces the default attempt convention when present
     * @return the listener
     */
    @Bean
    @ConditionalOnMissingBean(CallListener.class)
    public ObservationCallListener estObservationCallListener(ObservationRegistry registry,
            ObjectProvider<EstCallObservationConvention> callConvention,
            ObjectProvider<EstAttemptObservationConvention> attemptConvention) {
        return ObservationCallListener.builder(registry)
                .callConvention(callConvention.getIfUnique())
                .attemptConvention(attemptConvention.getIfUnique())
                .build();
    }
}
