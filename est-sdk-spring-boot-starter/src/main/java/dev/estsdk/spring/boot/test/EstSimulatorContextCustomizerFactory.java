package dev.estsdk.spring.boot.test;

import org.jspecify.annotations.Nullable;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.util.ClassUtils;

import java.util.List;

/** Turns {@link AutoConfigureEstSimulator} on a test class into simulators for its context. */
final class EstSimulatorContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public @Nullable ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                     List<ContextConfigurationAttributes> configAttributes) {
        AutoConfigureEstSimulator annotation =
                TestContextAnnotationUtils.findMergedAnnotation(testClass, AutoConfigureEstSimulator.class);
        if (annotation == null) {
            return null;
        }
        if (!ClassUtils.isPresent("dev.estsdk.testkit.EstSimulator", testClass.getClassLoader())) {
            throw new IllegalStateException("@AutoConfigureEstSimulator on " + testClass.getName()
                    + " needs dev.estsdk:est-sdk-testkit on the test class path");
        }
        return new EstSimulatorContextCustomizer(annotation.twilio());
    }
}
