package dev.estsdk.testkit.twilio.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Everything a Twilio simulator is configured with.
 *
 * @param port the HTTP port, 0 for any free one
 * @param accountSid the account ({@code AC…})
 * @param authToken the account's Auth Token
 * @param apiKeySid an API key ({@code SK…}) accepted as Basic user name
 * @param apiKeySecret its secret
 * @param ownedNumbers the E.164 numbers the account owns
 * @param foreignDomains domain names another account owns (taken for this one)
 * @param initialInstant where the clock starts
 * @param ticker real-time source for a ticking clock, or null for a manual one
 * @param domainRetention how long a deleted trunk's domain name stays reserved
 * @param refuseDeletingAssociatedLists whether deleting an ACL or credential list still associated
 *     with a trunk is refused (false: the associations are removed with it)
 * @param limits the account limits
 */
public record TwilioSettings(int port, String accountSid, String authToken, String apiKeySid, String apiKeySecret,
        List<String> ownedNumbers, List<String> foreignDomains, Instant initialInstant, LongSupplier ticker,
        Duration domainRetention, boolean refuseDeletingAssociatedLists, Limits limits) {

    /**
     * The account limits of Twilio's scale-and-limits page, configurable so tests can reach them.
     *
     * @param trunks trunks per account (100)
     * @param originationUrlsPerTrunk origination URLs per trunk (10)
     * @param ipAccessControlLists IP ACLs per account (1,000)
     * @param ipAddressesPerList entries per IP ACL (100)
     * @param credentialLists credential lists per account (100)
     * @param credentialsPerList credentials per list (1,000)
     */
    public record Limits(int trunks, int originationUrlsPerTrunk, int ipAccessControlLists, int ipAddressesPerList,
            int credentialLists, int credentialsPerList) {

        /** Twilio's documented limits. */
        public static final Limits TWILIO = new Limits(100, 10, 1000, 100, 100, 1000);
    }
}
