package dev.estsdk.testkit;

/**
 * How many provisioned resources a simulated project holds, for tests that assert what their code
 * created or that a teardown left nothing behind ({@link #isEmpty()}).
 *
 * @param trunks SIP trunks
 * @param endpoints SIP endpoints over all trunks
 * @param accessControlLists access control lists
 * @param credentialLists credential lists
 * @param assignedNumbers phone numbers assigned to a trunk
 * @param callBlockingRules call blocking rules
 */
public record ResourceCounts(int trunks, int endpoints, int accessControlLists, int credentialLists,
        int assignedNumbers, int callBlockingRules) {

    /**
     * Returns whether every count is zero.
     *
     * @return whether every count is zero
     */
    public boolean isEmpty() {
        return trunks == 0 && endpoints == 0 && accessControlLists == 0 && credentialLists == 0
                && assignedNumbers == 0 && callBlockingRules == 0;
    }
}
