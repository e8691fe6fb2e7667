package dev.estsdk.examples;

/**
 * The SIP password the credential examples use: {@code EST_SIP_PASSWORD} when set, a fixed demo
 * password only on a simulator, so a password printed in source code never protects a real trunk.
 */
final class SipPasswords {

    /** The variable holding the SIP password. */
    static final String VARIABLE = "EST_SIP_PASSWORD";
    private static final String SIMULATOR_ONLY = "Demo-Passw0rd-2026";

    private SipPasswords() {
    }

    /**
     * @throws TargetConfigurationException when the target is not a simulator and the variable is unset
     */
    static String forTarget(Target target) {
        String given = System.getenv(VARIABLE);
        if (given != null && !given.isBlank()) {
            return given;
        }
        if (target.isSimulator()) {
            return SIMULATOR_ONLY;
        }
        throw new TargetConfigurationException(VARIABLE + " is not set: set it to the SIP password (12+ characters"
                + " with upper case, lower case and a digit) before provisioning credentials on a real project");
    }
}
