package dev.estsdk.spring.boot;

import dev.estsdk.client.EstClient;

/**
 * Changes the auto-configured {@link EstClient.Builder} after the {@code est.*} properties are
 * applied and before the client is built, e.g. to set a proxy, an {@code HttpClient} with a
 * corporate trust store, or credentials from a secret store. Every such bean is applied, in
 * {@link org.springframework.core.annotation.Order} order.
 */
@FunctionalInterface
public interface EstClientBuilderCustomizer {

    /**
     * Changes the builder.
     *
     * @param builder the builder, with the properties already applied
     */
    void customize(EstClient.Builder builder);
}
