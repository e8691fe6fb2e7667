package dev.estsdk.testkit;

import java.util.Objects;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.jspecify.annotations.Nullable;

/**
 * JUnit 5 extension that runs an {@link EstSimulator} for a test class.
 *
 * <p>On a {@code static} field the simulator starts once for the class and is
 * {@linkplain EstSimulator#reset() reset} before each test (unless {@link #keepingStateBetweenTests()});
 * on an instance field, or with {@link #perTest()}, every test gets a fresh simulator. Test and
 * lifecycle methods can also take an {@link EstSimulator} parameter.
 *
 * <p>An extension instance holds one simulator at a time, so the tests sharing it must not run
 * at the same time: on a {@code static} field under JUnit's parallel execution, mark the class
 * {@code @Execution(ExecutionMode.SAME_THREAD)}, or use an instance field (each test instance gets
 * its own extension and simulator). Two tests using one instance at once fail in
 * {@code beforeEach} with an {@link ExtensionConfigurationException} that names both, instead of
 * silently sharing or resetting each other's simulator; so do two test classes sharing one
 * instance at once (a {@code @Nested} class shares its outer class's simulator and is fine).
 *
 * <pre>{@code
 * class ProvisioningTest {
 *     @RegisterExtension
 *     static EstSimulatorExtension est = EstSimulatorExtension.create();
 *
 *     @Test
 *     void createsTrunk() {
 *         EstClient client = EstClient.builder()
 *                 .baseUrl(est.baseUrl()).authUrl(est.authUrl()).projectId(est.projectId())
 *                 .credentials(EstCredentials.oauth(est.keyId(), est.keySecret())).build();
 *         ...
 *         assertEquals(1, est.simulator().counts().trunks());
 *     }
 * }
 * }</pre>
 */
public final class EstSimulatorExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback, ParameterResolver {

    private final Consumer<EstSimulator.Builder> configuration;
    private final boolean perTest;
    private final boolean resetBetweenTests;
    /** Guards the fields below: JUnit may call the callbacks of one instance from several threads. */
    private final Object lock = new Object();
    private @Nullable EstSimulator simulator;
    /** The class that started the class-wide simulator, and how many classes (it and nested ones) are running. */
    private @Nullable String ownerClass;
    private int classDepth;
    /** The test running now, or null. */
    private @Nullable String activeTest;

    private EstSimulatorExtension(Consumer<EstSimulator.Builder> configuration, boolean perTest,
            boolean resetBetweenTests) {
        this.configuration = configuration;
        this.perTest = perTest;
        this.resetBetweenTests = resetBetweenTests;
    }

    /**
     * Returns an extension running a simulator with default settings.
     *
     * @return an extension running a simulator with default settings
     */
    public static EstSimulatorExtension create() {
        return create(builder -> { });
    }

    /**
     * Returns an extension running a simulator so configured.
     *
     * @param configuration adjusts the simulator's builder, e.g. {@code b -> b.tokenTtl(Duration.ofMinutes(5))}
     * @return an extension running a simulator so configured
     */
    public static EstSimulatorExtension create(Consumer<EstSimulator.Builder> configuration) {
        return new EstSimulatorExtension(Objects.requireNonNull(configuration, "configuration"), false, true);
    }

    /**
     * Returns a copy that starts a fresh simulator for every test, even on a static field.
     *
     * @return a copy that starts a fresh simulator for every test, even on a static field
     */
    public EstSimulatorExtension perTest() {
        return new EstSimulatorExtension(configuration, true, resetBetweenTests);
    }

    /**
     * Returns a copy that, on a static field, keeps the state between tests instead of resetting.
     *
     * @return a copy that, on a static field, keeps the state between tests instead of resetting
     */
    public EstSimulatorExtension keepingStateBetweenTests() {
        return new EstSimulatorExtension(configuration, perTest, false);
    }

    private EstSimulator startNew() {
        EstSimulator.Builder builder = EstSimulator.builder();
        configuration.accept(builder);
        return builder.start();
    }

    /**
     * Starts the class-wide simulator (static field, not per test); a nested class shares it.
     *
     * @param context the JUnit context
     * @throws ExtensionConfigurationException when another test class is using this extension now
     */
    @Override
    public void beforeAll(ExtensionContext context) {
        synchronized (lock) {
            if (classDepth > 0 && !context.getUniqueId().startsWith(ownerClass)) {
                throw new ExtensionConfigurationException("EstSimulatorExtension is used by two test classes at once ("
                        + ownerClass + " and " + context.getUniqueId() + "); it holds one simulator at a time, so "
                        + "give each class its own static field or run these classes one after the other");
            }
            if (classDepth++ == 0) {
                ownerClass = context.getUniqueId();
                if (!perTest) {
                    simulator = startNew();
                }
            }
        }
    }

    /**
     * Starts a per-test simulator, or resets the class-wide one.
     *
     * @param context the JUnit context
     * @throws ExtensionConfigurationException when another test is using this extension now
     */
    @Override
    public void beforeEach(ExtensionContext context) {
        synchronized (lock) {
            if (activeTest != null) {
                throw new ExtensionConfigurationException("EstSimulatorExtension is used by two tests at once ("
                        + activeTest + " and " + context.getUniqueId() + "); it holds one simulator at a time, so "
                        + "run this class's tests in one thread (@Execution(ExecutionMode.SAME_THREAD)) or "
                        + "register the extension on an instance field");
            }
            activeTest = context.getUniqueId();
            if (classDepth == 0 || perTest) {
                simulator = startNew();
            } else if (resetBetweenTests) {
                Objects.requireNonNull(simulator, "the class-wide simulator").reset();
            }
        }
    }

    /**
     * Stops a per-test simulator.
     *
     * @param context the JUnit context
     */
    @Override
    public void afterEach(ExtensionContext context) {
        synchronized (lock) {
            if (!context.getUniqueId().equals(activeTest)) {
                return; // this test was refused in beforeEach; the running one keeps its simulator
            }
            activeTest = null;
            if (classDepth == 0 || perTest) {
                stop();
            }
        }
    }

    /**
     * Stops the class-wide simulator once the class that started it (and its nested classes) ends.
     *
     * @param context the JUnit context
     */
    @Override
    public void afterAll(ExtensionContext context) {
        synchronized (lock) {
            if (classDepth == 0 || !context.getUniqueId().startsWith(ownerClass)) {
                return; // this class was refused in beforeAll
            }
            if (--classDepth == 0) {
                ownerClass = null;
                stop();
            }
        }
    }

    private void stop() {
        if (simulator != null) {
            simulator.close();
            simulator = null;
        }
    }

    /**
     * @param parameter the parameter
     * @param context the JUnit context
     * @return whether it is an {@link EstSimulator}
     */
    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == EstSimulator.class;
    }

    /**
     * @param parameter the parameter
     * @param context the JUnit context
     * @return the running simulator
     */
    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return simulator();
    }

    /**
     * Returns the running simulator.
     *
     * @return the running simulator
     * @throws IllegalStateException outside a test's lifecycle
     */
    public EstSimulator simulator() {
        synchronized (lock) {
            if (simulator == null) {
                throw new IllegalStateException(
                        "the EST simulator is not running: use it inside a test or lifecycle method");
            }
            return simulator;
        }
    }

    /**
     * Returns the simulator's API base URL.
     *
     * @return the simulator's API base URL
     */
    public String baseUrl() {
        return simulator().baseUrl();
    }

    /**
     * Returns the simulator's OAuth2 token URL.
     *
     * @return the simulator's OAuth2 token URL
     */
    public String authUrl() {
        return simulator().authUrl();
    }

    /**
     * Returns the main project id.
     *
     * @return the main project id
     */
    public String projectId() {
        return simulator().projectId();
    }

    /**
     * Returns the access key id.
     *
     * @return the access key id
     */
    public String keyId() {
        return simulator().keyId();
    }

    /**
     * Returns the access key secret.
     *
     * @return the access key secret
     */
    public String keySecret() {
        return simulator().keySecret();
    }

    /**
     * Returns the HTTP port.
     *
     * @return the HTTP port
     */
    public int port() {
        return simulator().port();
    }
}
