package dev.estsdk.spring.boot;

import dev.estsdk.twilio.TwilioClient;

/**
 * Changes the auto-configured {@link TwilioClient.Builder} after the {@code est.twilio.*}
 * properties are applied and before the client is built. Every such bean is applied, in
 * {@link org.springframework.core.annotation.Order} order.
 */
@FunctionalInterface
public interface TwilioClientBuilderCustomizer {

    /**
     * Changes the builder.
     *
     * @param builder the builder, with the properties already applied
     */
    void customize(TwilioClient.Builder builder);
}
