package dev.estsdk.examples.twilio;

import dev.estsdk.examples.TargetConfigurationException;
import dev.estsdk.testkit.twilio.TwilioSimulator;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * What the Twilio examples need besides credentials: fixed demo values on a simulator; on a real
 * account a unique trunk domain and the values of {@code TWILIO_PHONE_NUMBER} and
 * {@code TWILIO_SIP_PASSWORD}, so nothing printed in source code reaches a real account.
 */
final class TwilioInputs {

    /** The number the inbound example associates on a real account. */
    static final String PHONE_NUMBER = "TWILIO_PHONE_NUMBER";
    /** The SIP password the credentials example uses on a real account. */
    static final String SIP_PASSWORD = "TWILIO_SIP_PASSWORD";
    private static final String SIMULATOR_ONLY_PASSWORD = "Demo-Passw0rd-2026";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TwilioInputs() {
    }

    /** @return {@code label.pstn.twilio.com} on a simulator; with a random suffix on Twilio, where domains are global */
    static String domain(TwilioTarget target, String label) {
        String name = target.isSimulator() ? label : label + "-" + HexFormat.of().formatHex(RANDOM.generateSeed(4));
        return name + ".pstn.twilio.com";
    }

    /** @throws TargetConfigurationException on a real account without {@value #PHONE_NUMBER} */
    static String phoneNumber(TwilioTarget target) {
        return value(target, PHONE_NUMBER, TwilioSimulator.DEFAULT_OWNED_NUMBERS.get(0),
                "an E.164 number of the account, such as +14155550100, to route to the trunk");
    }

    /** @throws TargetConfigurationException on a real account without {@value #SIP_PASSWORD} */
    static String sipPassword(TwilioTarget target) {
        return value(target, SIP_PASSWORD, SIMULATOR_ONLY_PASSWORD,
                "the SIP password (12+ characters with upper case, lower case and a digit)");
    }

    private static String value(TwilioTarget target, String variable, String onSimulator, String what) {
        if (target.isSimulator()) {
            return onSimulator;
        }
        String given = System.getenv(variable);
        if (given == null || given.isBlank()) {
            throw new TargetConfigurationException(variable + " is not set: set it to " + what
                    + " before running this example on a Twilio account");
        }
        return given.strip();
    }
}
