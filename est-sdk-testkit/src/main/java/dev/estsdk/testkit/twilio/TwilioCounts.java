package dev.estsdk.testkit.twilio;

/**
 * How many resources the simulated account holds: handy to assert that a test left nothing behind.
 *
 * @param trunks trunks
 * @param originationUrls origination URLs over all trunks
 * @param ipAccessControlLists account-level IP access control lists
 * @param credentialLists account-level credential lists
 * @param numbersOnTrunks owned numbers associated with a trunk
 * @param ownedNumbers numbers the account owns
 */
public record TwilioCounts(int trunks, int originationUrls, int ipAccessControlLists, int credentialLists,
        int numbersOnTrunks, int ownedNumbers) {

    /**
     * Returns whether no trunk, origination URL or list exists and no number is on a trunk.
     *
     * @return whether no trunk, origination URL or list exists and no number is on a trunk
     */
    public boolean isEmpty() {
        return trunks == 0 && originationUrls == 0 && ipAccessControlLists == 0 && credentialLists == 0
                && numbersOnTrunks == 0;
    }
}
