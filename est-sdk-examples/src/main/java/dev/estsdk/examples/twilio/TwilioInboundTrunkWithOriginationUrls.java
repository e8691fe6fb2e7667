package dev.estsdk.examples.twilio;

import dev.estsdk.twilio.TwilioApi;
import dev.estsdk.twilio.model.IncomingPhoneNumber;
import dev.estsdk.twilio.model.Trunk;
import java.io.PrintStream;

/**
 * An inbound (origination) trunk: calls to the account's number go to the primary PBX (lowest
 * priority value wins) and to the backup only when the primary cannot take them; a second pair of
 * URLs with the same priority would share calls by weight.
 *
 * <p>Run: {@code java dev.estsdk.examples.twilio.TwilioInboundTrunkWithOriginationUrls}; on a Twilio
 * account set {@code TWILIO_PHONE_NUMBER} to the number to route.
 */
public final class TwilioInboundTrunkWithOriginationUrls {

    /** Where calls go first. */
    public static final String PRIMARY = "sip:pbx1.example.com";
    /** Where calls go when the primary cannot take them. */
    public static final String BACKUP = "sip:pbx2.example.com";

    private TwilioInboundTrunkWithOriginationUrls() {
    }

    /**
     * Runs the example and exits with its exit code.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        System.exit(TwilioExampleRunner.run(TwilioInboundTrunkWithOriginationUrls::run));
    }

    /**
     * Provisions the trunk, its two origination URLs and the number.
     *
     * @param target where to provision it
     * @param out where to print the steps
     */
    public static void run(TwilioTarget target, PrintStream out) {
        TwilioApi twilio = target.api();
        String e164 = TwilioInputs.phoneNumber(target);
        IncomingPhoneNumber number = twilio.incomingPhoneNumbers().findByPhoneNumber(e164)
                .orElseThrow(() -> new IllegalArgumentException("phone number " + e164 + " is not on the account"));

        Trunk trunk = twilio.trunks().create(t -> t.friendlyName("Acme inbound")
                .domainName(TwilioInputs.domain(target, "acme-inbound")));
        twilio.originationUrls().create(trunk.sid(), o -> o.friendlyName("primary").sipUrl(PRIMARY)
                .priority(10).weight(100).enabled(true));
        twilio.originationUrls().create(trunk.sid(), o -> o.friendlyName("backup").sipUrl(BACKUP)
                .priority(20).weight(100).enabled(true));
        twilio.trunkPhoneNumbers().add(trunk.sid(), number.sid());
        out.println("Created trunk " + trunk.sid() + " with origination URLs " + PRIMARY + " (priority 10) and "
                + BACKUP + " (priority 20)");
        out.println("Calls to " + e164 + " now reach " + PRIMARY);
    }
}
