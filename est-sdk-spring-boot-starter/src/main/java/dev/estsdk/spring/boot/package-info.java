/**
 * Spring Boot auto-configuration for est-sdk: {@code EstClient}, {@code TrunkProvisioner} and
 * {@code TwilioClient} from {@code est.*} properties ({@link dev.estsdk.spring.boot.EstProperties}),
 * customisable with {@link dev.estsdk.spring.boot.EstClientBuilderCustomizer} and
 * {@link dev.estsdk.spring.boot.TwilioClientBuilderCustomizer} beans or replaced by the
 * application's own beans; health indicators and Micrometer observations when the application has
 * Actuator and est-sdk-micrometer.
 */
@NullMarked
package dev.estsdk.spring.boot;

import org.jspecify.annotations.NullMarked;
