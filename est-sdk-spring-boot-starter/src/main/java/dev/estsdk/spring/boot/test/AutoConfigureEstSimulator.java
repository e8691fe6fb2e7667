package dev.estsdk.spring.boot.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Starts the embedded EST simulator (and, with {@link #twilio()}, the Twilio one) on a free
 * loopback port for a Spring test context, and sets the {@code est.*} properties so that the
 * auto-configured clients use them: project id, key id and secret, base and auth URLs (and
 * {@code est.twilio.*}). The simulators are beans ({@code EstSimulator}, {@code TwilioSimulator})
 * for the test to inject, arm faults on or reset; they stop when the context closes. Properties
 * the test sets itself ({@code @SpringBootTest(properties = ...)}, {@code @TestPropertySource})
 * win, e.g. a wrong {@code est.key-secret} to test failures.
 *
 * <pre>{@code
 * @SpringBootTest
 * @AutoConfigureEstSimulator
 * class ProvisioningTest {
 *     @Autowired TrunkProvisioner provisioner;
 *     @Autowired EstSimulator simulator;
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface AutoConfigureEstSimulator {

    /**
     * Whether to start the Twilio simulator too and configure {@code est.twilio.*}.
     *
     * @return false by default
     */
    boolean twilio() default false;
}
