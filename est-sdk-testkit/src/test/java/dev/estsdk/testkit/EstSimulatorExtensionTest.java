package dev.estsdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/** The extension's lifecycle, driven directly with JUnit contexts that only know their unique id. */
class EstSimulatorExtensionTest {

    private static final String CLASS = "[engine:junit-jupiter]/[class:a.ProvisioningTest]";

    @Test
    void staticField_sharesOneSimulator_resetBetweenTests_andStopsAfterTheClass() {
        EstSimulatorExtension est = EstSimulatorExtension.create();
        est.beforeAll(context(CLASS));
        EstSimulator shared = est.simulator();

        est.beforeEach(context(CLASS + "/[method:first()]"));
        Instant start = shared.now();
        shared.advance(Duration.ofHours(1));
        est.afterEach(context(CLASS + "/[method:first()]"));
        est.beforeEach(context(CLASS + "/[method:second()]"));

        assertThat(est.simulator()).isSameAs(shared);
        assertThat(shared.now()).as("reset before the second test").isEqualTo(start);
        est.afterEach(context(CLASS + "/[method:second()]"));
        est.afterAll(context(CLASS));
        assertThatThrownBy(est::simulator).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void twoTestsAtOnce_failTheSecondWithAClearMessage_andLeaveTheFirstItsSimulator() {
        EstSimulatorExtension est = EstSimulatorExtension.create().perTest();
        est.beforeAll(context(CLASS));
        ExtensionContext first = context(CLASS + "/[method:first()]");
        ExtensionContext second = context(CLASS + "/[method:second()]");
        est.beforeEach(first);
        EstSimulator firsts = est.simulator();

        assertThatThrownBy(() -> est.beforeEach(second))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageContaining("two tests at once")
                .hasMessageContaining("[method:first()]").hasMessageContaining("[method:second()]")
                .hasMessageContaining("@Execution(ExecutionMode.SAME_THREAD)");
        est.afterEach(second);

        assertThat(est.simulator()).isSameAs(firsts);
        assertThat(new EstHttp(firsts).get("/trunks").status()).as("still running").isEqualTo(200);
        est.afterEach(first);
        est.afterAll(context(CLASS));
    }

    @Test
    void twoClassesAtOnce_failTheSecond_whileANestedClassSharesTheSimulator() {
        EstSimulatorExtension est = EstSimulatorExtension.create();
        est.beforeAll(context(CLASS));
        EstSimulator shared = est.simulator();
        String nested = CLASS + "/[nested-class:WhenLinked]";
        String other = "[engine:junit-jupiter]/[class:a.ProvisioningTestSubclass]";

        est.beforeAll(context(nested));
        assertThatThrownBy(() -> est.beforeAll(context(other)))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageContaining("two test classes at once");
        est.afterAll(context(other));
        est.afterAll(context(nested));

        assertThat(est.simulator()).as("the outer class still runs").isSameAs(shared);
        est.afterAll(context(CLASS));
        assertThatThrownBy(est::simulator).isInstanceOf(IllegalStateException.class);
    }

    /** A JUnit context that answers only {@code getUniqueId()}. */
    private static ExtensionContext context(String uniqueId) {
        return (ExtensionContext) Proxy.newProxyInstance(ExtensionContext.class.getClassLoader(),
                new Class<?>[] {ExtensionContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getUniqueId" -> uniqueId;
                    case "toString" -> uniqueId;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
