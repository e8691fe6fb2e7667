package dev.estsdk.workflows;

import java.util.Objects;

/**
 * One problem {@link TrunkProvisioner#check(String)} found on a trunk.
 *
 * @param type   the problem, with its SIP symptom, cause and fix
 * @param detail the specifics, e.g. which username or until when
 */
public record Finding(FindingType type, String detail) {

    /**
     * Checks the fields.
     *
     * @param type the problem, with its SIP symptom, cause and fix
     * @param detail the specifics, e.g. which username or until when
     * @throws NullPointerException if type is null
     */
    public Finding {
        Objects.requireNonNull(type, "type");
        detail = detail == null ? "" : detail;
    }

    /**
     * Describes the finding: symptom, cause, specifics and fix.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return type.severity() + " " + type + ": " + type.sipSymptom() + " because " + type.cause()
                + (detail.isEmpty() ? "" : " (" + detail + ")") + ". Fix: " + type.fix();
    }
}
