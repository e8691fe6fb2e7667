package dev.estsdk.spring.boot;

import org.jspecify.annotations.Nullable;
import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.FieldViolation;
import dev.estsdk.client.EstClient;
import dev.estsdk.client.EstCredentials;
import dev.estsdk.core.CallListener;
import dev.estsdk.core.RetryPolicy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Auto-configures an {@link EstClient} from the {@code est.*} properties when
 * {@code est.project-id} is set and the application has no {@code EstClient} bean of its own.
 * {@link EstClientBuilderCustomizer} beans change the builder; a single {@link CallListener} bean
 * (e.g. the Micrometer one) is installed on it.
 */
@AutoConfiguration(after = EstObservationAutoConfiguration.class)
@ConditionalOnClass(EstClient.class)
@EnableConfigurationProperties(EstProperties.class)
public class EstAutoConfiguration {

    private static final Function<String, String> EST_PROPERTY = PropertyNames.prefixed("est.", Map.of(
            "credentials", "est.key-id/est.key-secret",
            "keyId", "est.key-id",
            "keySecret", "est.key-secret"));

    /** Creates the auto-configuration; Spring does. */
    public EstAutoConfiguration() {
    }

    /**
     * The client, closed with the context.
     *
     * @param properties  the {@code est.*} properties
     * @param customizers applied in order after the properties
     * @param listener    installed when exactly one exists
     * @return the client
     * @throws EstPropertiesException naming each property that breaks its rule
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "est", name = "project-id")
    public EstClient estClient(EstProperties properties, ObjectProvider<EstClientBuilderCustomizer> customizers,
                               ObjectProvider<CallListener> listener) {
        List<FieldViolation> violations = new ArrayList<>();
        EstClient.Builder builder = EstClient.builder().projectId(properties.getProjectId());
        credentials(properties, violations).ifPresent(builder::credentials);
        RetryPolicy retry = retryPolicy(properties.getRetry(), violations);
        if (!violations.isEmpty()) {
            throw new EstPropertiesException("EstClient", violations);
        }
        if (retry != null) {
            builder.retryPolicy(retry);
        }
        if (properties.getBaseUrl() != null) {
            builder.baseUrl(properties.getBaseUrl());
        }
        if (properties.getAuthUrl() != null) {
            builder.authUrl(properties.getAuthUrl());
        }
        PropertyNames.timeouts(properties, builder::connectTimeout, builder::readTimeout, builder::callTimeout);
        builder.userAgentSuffix(properties.getUserAgentSuffix()).compression(properties.isCompression());
        listener.ifUnique(builder::callListener);
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        try {
            return builder.build();
        } catch (EstValidationException e) {
            throw PropertyNames.translate("EstClient", e, EST_PROPERTY);
        }
    }

    private static Optional<EstCredentials> credentials(EstProperties properties,
                                                                  List<FieldViolation> violations) {
        String keyId = properties.getKeyId();
        String keySecret = properties.getKeySecret();
        if (blank(keyId) && blank(keySecret)) {
            return Optional.empty();
        }
        if (blank(keyId)) {
            violations.add(new FieldViolation("est.key-id", "must be set when est.key-secret is"));
        }
        if (blank(keySecret)) {
            violations.add(new FieldViolation("est.key-secret", "must be set when est.key-id is"));
        }
        if (!violations.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(properties.getAuthScheme() == EstProperties.AuthScheme.BASIC
                    ? EstCredentials.basic(keyId, keySecret) : EstCredentials.oauth(keyId, keySecret));
        } catch (EstValidationException e) {
            violations.addAll(PropertyNames.translate("EstClient", e, EST_PROPERTY).violations());
            return Optional.empty();
        }
    }

    /**
     * The retry policy of the {@code est.retry.*} properties, shared with the Twilio client.
     *
     * @return null when none is set
     */
    static @Nullable RetryPolicy retryPolicy(EstProperties.Retry retry, List<FieldViolation> violations) {
        if (!retry.isSet()) {
            return null;
        }
        RetryPolicy.Builder builder = RetryPolicy.defaults().toBuilder();
        if (retry.getMaxAttempts() != null) {
            builder.maxAttempts(retry.getMaxAttempts());
        }
        if (retry.getBaseDelay() != null) {
            builder.baseDelay(retry.getBaseDelay());
        }
        if (retry.getMaxDelay() != null) {
            builder.maxDelay(retry.getMaxDelay());
        }
        if (retry.getMaxRetryAfter() != null) {
            builder.maxRetryAfter(retry.getMaxRetryAfter());
        }
        try {
            return builder.build();
        } catch (EstValidationException e) {
            violations.addAll(PropertyNames.translate("retry policy", e,
                    PropertyNames.prefixed("est.retry.", Map.of())).violations());
            return null;
        }
    }

    static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
