package dev.estsdk.twilio.model;

import org.jspecify.annotations.Nullable;

/** The rules the writable trunk fields share between create and update. */
final class TrunkFields {

    private TrunkFields() {
    }

    static Violations check(Violations v, @Nullable String friendlyName, @Nullable String domainName,
                            @Nullable String disasterRecoveryUrl, @Nullable HttpMethod disasterRecoveryMethod,
                            @Nullable TransferMode transferMode, @Nullable TransferCallerId transferCallerId) {
        return v.apply("friendlyName", TwilioRules.friendlyNameIfSet(friendlyName, TwilioRules.MAX_SHORT_NAME_LENGTH))
                .ifSet("domainName", domainName, TwilioRules::domainName)
                .ifSet("disasterRecoveryUrl", disasterRecoveryUrl, TwilioRules::httpUrl)
                .known("disasterRecoveryMethod", disasterRecoveryMethod, HttpMethod.knownValues())
                .known("transferMode", transferMode, TransferMode.knownValues())
                .known("transferCallerId", transferCallerId, TransferCallerId.knownValues());
    }
}
