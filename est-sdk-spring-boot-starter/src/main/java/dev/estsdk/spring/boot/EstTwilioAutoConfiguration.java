package dev.estsdk.spring.boot;

import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.FieldViolation;
import dev.estsdk.core.CallListener;
import dev.estsdk.core.RetryPolicy;
import dev.estsdk.twilio.TwilioClient;
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
import java.util.function.Function;

/**
 * Auto-configures a {@link TwilioClient} from the {@code est.twilio.*} properties when
 * est-sdk-twilio is on the class path, {@code est.twilio.account-sid} is set and the application
 * has no {@code TwilioClient} bean of its own. Timeouts, retry, User-Agent suffix and compression
 * come from the shared {@code est.*} properties.
 */
@AutoConfiguration(after = EstObservationAutoConfiguration.class)
@ConditionalOnClass(TwilioClient.class)
@EnableConfigurationProperties(EstProperties.class)
public class EstTwilioAutoConfiguration {

    private static final Map<String, String> SHARED = Map.of(
            "connectTimeout", "est.connect-timeout",
            "readTimeout", "est.read-timeout",
            "callTimeout", "est.call-timeout",
            "userAgentSuffix", "est.user-agent-suffix",
            "retryPolicy", "est.retry",
            "apiKey.sid", "est.twilio.api-key-sid",
            "apiKey.secret", "est.twilio.api-key-secret");
    private static final Function<String, String> TWILIO_PROPERTY = PropertyNames.prefixed("est.twilio.", SHARED);

    /** Creates the auto-configuration; Spring does. */
    public EstTwilioAutoConfiguration() {
    }

    /**
     * The Twilio client, closed with the context.
     *
     * @param properties  the {@code est.*} properties
     * @param customizers applied in order after the properties
     * @param listener    installed when exactly one exists
     * @return the client
     * @throws EstPropertiesException naming each property that breaks its rule
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "est.twilio", name = "account-sid")
    public TwilioClient twilioClient(EstProperties properties,
                                     ObjectProvider<TwilioClientBuilderCustomizer> customizers,
                                     ObjectProvider<CallListener> listener) {
        EstProperties.Twilio twilio = properties.getTwilio();
        List<FieldViolation> violations = new ArrayList<>();
        TwilioClient.Builder builder = TwilioClient.builder();
        boolean token = !EstAutoConfiguration.blank(twilio.getAuthToken());
        boolean keySid = !EstAutoConfiguration.blank(twilio.getApiKeySid());
        boolean keySecret = !EstAutoConfiguration.blank(twilio.getApiKeySecret());
        if (token && (keySid || keySecret)) {
            violations.add(new FieldViolation("est.twilio.auth-token",
                    "must not be set together with est.twilio.api-key-sid/api-key-secret: choose one"));
        } else if (keySid != keySecret) {
            violations.add(new FieldViolation(keySid ? "est.twilio.api-key-secret" : "est.twilio.api-key-sid",
                    "must be set together with " + (keySid ? "est.twilio.api-key-sid" : "est.twilio.api-key-secret")));
        }
        RetryPolicy retry = EstAutoConfiguration.retryPolicy(properties.getRetry(), violations);
        if (!violations.isEmpty()) {
            throw new EstPropertiesException("TwilioClient", violations);
        }
        try {
            builder.accountSid(twilio.getAccountSid());
            if (token) {
                builder.authToken(twilio.getAuthToken());
            } else if (keySid) {
                builder.apiKey(twilio.getApiKeySid(), twilio.getApiKeySecret());
            }
            if (twilio.getTrunkingBaseUrl() != null) {
                builder.trunkingBaseUrl(twilio.getTrunkingBaseUrl());
            }
            if (twilio.getApiBaseUrl() != null) {
                builder.apiBaseUrl(twilio.getApiBaseUrl());
            }
            if (retry != null) {
                builder.retryPolicy(retry);
            }
            PropertyNames.timeouts(properties, builder::connectTimeout, builder::readTimeout, builder::callTimeout);
            builder.userAgentSuffix(properties.getUserAgentSuffix()).compression(properties.isCompression());
            listener.ifUnique(builder::callListener);
            customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
            return builder.build();
        } catch (EstValidationException e) {
            throw PropertyNames.translate("TwilioClient", e, TWILIO_PROPERTY);
        }
    }
}
