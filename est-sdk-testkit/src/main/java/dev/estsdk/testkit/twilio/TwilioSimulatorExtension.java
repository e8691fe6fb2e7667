package dev.estsdk.testkit.twilio;

import dev.estsdk.testkit.internal.SimulatorLifecycle;
import java.util.Objects;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that runs a {@link TwilioSimulator} for a test class, in the style of the
 * Sinch simulator's {@code EstSimulatorExtension}.
 *
 * <p>On a {@code static} field the simulator starts once for the class and is
 * {@linkplain TwilioSimulator#reset() reset} before each test (unless
 * {@link #keepingStateBetweenTests()}); on an instance field, or with {@link #perTest()}, every
 * test gets a fresh simulator. Test and lifecycle methods can also take a {@link TwilioSimulator}
 * parameter. One instance holds one simulator at a time: tests sharing it must not run at the
 * same time (they fail in {@code beforeEach} naming both).
 *
 * <pre>{@code
 * class TwilioProvisioningTest {
 *     @RegisterExtension
 *     static TwilioSimulatorExtension twilio = TwilioSimulatorExtension.create();
 *
 *     @Test
 *     void createsTrunk() {
 *         // client on twilio.trunkingBaseUrl() / twilio.apiBaseUrl() with twilio.accountSid(), twilio.authToken()
 *         assertEquals(1, twilio.simulator().counts().trunks());
 *     }
 * }
 * }</pre>
 */
public final class TwilioSimulatorExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback, ParameterResolver {

    private final Consumer<TwilioSimulator.Builder> configuration;
    private final boolean perTest;
    private final boolean resetBetweenTests;
    private final SimulatorLifecycle<TwilioSimulator> lifecycle;

    private TwilioSimulatorExtension(Consumer<TwilioSimulator.Builder> configuration, boolean perTest,
            boolean resetBetweenTests) {
        this.configuration = configuration;
        this.perTest = perTest;
        this.resetBetweenTests = resetBetweenTests;
        this.lifecycle = new SimulatorLifecycle<>("TwilioSimulatorExtension", this::startNew, TwilioSimulator::reset,
                perTest, resetBetweenTests);
    }

    /**
     * Returns an extension running a simulator with default settings.
     *
     * @return an extension running a simulator with default settings
     */
    public static TwilioSimulatorExtension create() {
        return create(builder -> { });
    }

    /**
     * Returns an extension running a simulator so configured.
     *
     * @param configuration adjusts the simulator's builder, e.g. {@code b -> b.ownedNumbers("+14155550100")}
     * @return an extension running a simulator so configured
     */
    public static TwilioSimulatorExtension create(Consumer<TwilioSimulator.Builder> configuration) {
        return new TwilioSimulatorExtension(Objects.requireNonNull(configuration, "configuration"), false, true);
    }

    /**
     * Returns a copy that starts a fresh simulator for every test, even on a static field.
     *
     * @return a copy that starts a fresh simulator for every test, even on a static field
     */
    public TwilioSimulatorExtension perTest() {
        return new TwilioSimulatorExtension(configuration, true, resetBetweenTests);
    }

    /**
     * Returns a copy that, on a static field, keeps the state between tests instead of resetting.
     *
     * @return a copy that, on a static field, keeps the state between tests instead of resetting
     */
    public TwilioSimulatorExtension keepingStateBetweenTests() {
        return new TwilioSimulatorExtension(configuration, perTest, false);
    }

    private TwilioSimulator startNew() {
        TwilioSimulator.Builder builder = TwilioSimulator.builder();
        configuration.accept(builder);
        return builder.start();
    }

    /** @param context the JUnit context */
    @Override
    public void beforeAll(ExtensionContext context) {
        lifecycle.beforeAll(context);
    }

    /** @param context the JUnit context */
    @Override
    public void beforeEach(ExtensionContext context) {
        lifecycle.beforeEach(context);
    }

    /** @param context the JUnit context */
    @Override
    public void afterEach(ExtensionContext context) {
        lifecycle.afterEach(context);
    }

    /** @param context the JUnit context */
    @Override
    public void afterAll(ExtensionContext context) {
        lifecycle.afterAll(context);
    }

    /**
     * @param parameter the parameter
     * @param context the JUnit context
     * @return whether it is a {@link TwilioSimulator}
     */
    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TwilioSimulator.class;
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
    public TwilioSimulator simulator() {
        return lifecycle.simulator();
    }

    /**
     * Returns the Trunking v1 base URL.
     *
     * @return the Trunking v1 base URL
     */
    public String trunkingBaseUrl() {
        return simulator().trunkingBaseUrl();
    }

    /**
     * Returns the 2010 API base URL.
     *
     * @return the 2010 API base URL
     */
    public String apiBaseUrl() {
        return simulator().apiBaseUrl();
    }

    /**
     * Returns the Account SID.
     *
     * @return the Account SID
     */
    public String accountSid() {
        return simulator().accountSid();
    }

    /**
     * Returns the Auth Token.
     *
     * @return the Auth Token
     */
    public String authToken() {
        return simulator().authToken();
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
