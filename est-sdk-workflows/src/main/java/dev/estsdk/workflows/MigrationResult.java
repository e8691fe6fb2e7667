package dev.estsdk.workflows;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link Migration} did.
 *
 * @param exported        the source trunk as exported (its numbers as on the source)
 * @param target          the target trunk as provisioned, with its SIP domain
 * @param targetCheck     the target trunk's check after provisioning (and propagation)
 * @param numbersToPort   source numbers neither mapped nor owned by the target, left out of the
 *                        target trunk: port them to the target carrier, then assign them
 * @param numberMapping   the source numbers that were replaced, with their target numbers
 * @param sourceTeardown  the source teardown, or null when the source was kept
 * @param sourceKeptBecause why the source was kept, or null when it was torn down
 */
public record MigrationResult(PlanDocument exported, ProvisioningResult target, Diagnosis targetCheck,
                              List<String> numbersToPort, Map<String, String> numberMapping,
                              @Nullable TeardownResult sourceTeardown, @Nullable String sourceKeptBecause) {

    /**
     * Copies the collections.
     *
     * @param exported          the export
     * @param target            the target result
     * @param targetCheck       the target check
     * @param numbersToPort     numbers needing a port
     * @param numberMapping     the applied mapping
     * @param sourceTeardown    the teardown, or null
     * @param sourceKeptBecause why the source was kept, or null
     * @throws NullPointerException if a required part is null
     */
    public MigrationResult {
        Objects.requireNonNull(exported, "exported");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(targetCheck, "targetCheck");
        numbersToPort = List.copyOf(numbersToPort);
        numberMapping = Map.copyOf(numberMapping);
    }

    /**
     * The source teardown, if the source was torn down.
     *
     * @return the teardown, or empty
     */
    public Optional<TeardownResult> teardown() {
        return Optional.ofNullable(sourceTeardown);
    }

    /**
     * Whether every source number is on the target trunk (as itself or mapped).
     *
     * @return true when no number needs a port
     */
    public boolean allNumbersMoved() {
        return numbersToPort.isEmpty();
    }
}
