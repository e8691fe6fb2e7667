package dev.estsdk.testkit.internal;

import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The JUnit 5 lifecycle of one simulator, for any simulator type: on a {@code static} field the
 * simulator starts once per class (a {@code @Nested} class shares it) and is reset before each
 * test unless state is kept; on an instance field or per test, every test gets a fresh one. Two
 * tests (or two classes) using one instance at once fail with an
 * {@link ExtensionConfigurationException} naming both, instead of sharing or resetting each
 * other's simulator. Extensions delegate their callbacks here.
 *
 * @param <S> the simulator type
 */
public final class SimulatorLifecycle<S extends AutoCloseable> {

    private final String extensionName;
    private final Supplier<S> starter;
    private final Consumer<S> resetter;
    private final boolean perTest;
    private final boolean resetBetweenTests;
    private final Object lock = new Object();
    private S simulator;
    private String ownerClass;
    private int classDepth;
    private String activeTest;

    /**
     * @param extensionName the extension's name, for messages
     * @param starter starts a simulator
     * @param resetter resets one between tests
     * @param perTest whether every test gets a fresh simulator, even on a static field
     * @param resetBetweenTests whether a class-wide simulator is reset before each test
     */
    public SimulatorLifecycle(String extensionName, Supplier<S> starter, Consumer<S> resetter, boolean perTest,
            boolean resetBetweenTests) {
        this.extensionName = extensionName;
        this.starter = starter;
        this.resetter = resetter;
        this.perTest = perTest;
        this.resetBetweenTests = resetBetweenTests;
    }

    /**
     * @param context the JUnit context
     * @throws ExtensionConfigurationException when another test class is using the extension now
     */
    public void beforeAll(ExtensionContext context) {
        synchronized (lock) {
            if (classDepth > 0 && !context.getUniqueId().startsWith(ownerClass)) {
                throw new ExtensionConfigurationException(extensionName + " is used by two test classes at once ("
                        + ownerClass + " and " + context.getUniqueId() + "); it holds one simulator at a time, so "
                        + "give each class its own static field or run these classes one after the other");
            }
            if (classDepth++ == 0) {
                ownerClass = context.getUniqueId();
                if (!perTest) {
                    simulator = starter.get();
                }
            }
        }
    }

    /**
     * @param context the JUnit context
     * @throws ExtensionConfigurationException when another test is using the extension now
     */
    public void beforeEach(ExtensionContext context) {
        synchronized (lock) {
            if (activeTest != null) {
                throw new ExtensionConfigurationException(extensionName + " is used by two tests at once ("
                        + activeTest + " and " + context.getUniqueId() + "); it holds one simulator at a time, so "
                        + "run this class's tests in one thread (@Execution(ExecutionMode.SAME_THREAD)) or "
                        + "register the extension on an instance field");
            }
            activeTest = context.getUniqueId();
            if (classDepth == 0 || perTest) {
                simulator = starter.get();
            } else if (resetBetweenTests) {
                resetter.accept(simulator);
            }
        }
    }

    /** @param context the JUnit context */
    public void afterEach(ExtensionContext context) {
        synchronized (lock) {
            if (!context.getUniqueId().equals(activeTest)) {
                return;
            }
            activeTest = null;
            if (classDepth == 0 || perTest) {
                stop();
            }
        }
    }

    /** @param context the JUnit context */
    public void afterAll(ExtensionContext context) {
        synchronized (lock) {
            if (classDepth == 0 || !context.getUniqueId().startsWith(ownerClass)) {
                return;
            }
            if (--classDepth == 0) {
                ownerClass = null;
                stop();
            }
        }
    }

    private void stop() {
        if (simulator != null) {
            try {
                simulator.close();
            } catch (Exception e) {
                throw new IllegalStateException("the simulator did not stop cleanly", e);
            } finally {
                simulator = null;
            }
        }
    }

    /**
     * @return the running simulator
     * @throws IllegalStateException outside a test's lifecycle
     */
    public S simulator() {
        synchronized (lock) {
            if (simulator == null) {
                throw new IllegalStateException("the simulator is not running: use it inside a test or lifecycle method");
            }
            return simulator;
        }
    }
}
