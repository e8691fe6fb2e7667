package dev.estsdk.workflows;

import java.util.List;
import java.util.Objects;

/**
 * What {@link TrunkProvisioner#check(String)} found on a trunk.
 *
 * @param trunkId  the trunk
 * @param findings the problems, most severe first; empty for a healthy trunk
 */
public record Diagnosis(String trunkId, List<Finding> findings) {

    /**
     * Copies the findings.
     *
     * @param trunkId the trunk
     * @param findings the problems, most severe first; empty for a healthy trunk
     * @throws NullPointerException if a field is null
     */
    public Diagnosis {
        Objects.requireNonNull(trunkId, "trunkId");
        findings = List.copyOf(findings);
    }

    /**
     * Whether no finding is an error.
     *
     * @return true when calls and registrations should work (possibly after propagation)
     */
    public boolean isHealthy() {
        return findings.stream().noneMatch(f -> f.type().severity() == FindingType.Severity.ERROR);
    }

    /**
     * Whether a finding of the given type exists.
     *
     * @param type the problem
     * @return true when found
     */
    public boolean has(FindingType type) {
        return findings.stream().anyMatch(f -> f.type() == type);
    }
}
