package dev.estsdk.benchmarks.twilio;

import dev.estsdk.twilio.TwilioClient;

/** The est-sdk side of the Twilio rows: {@link TwilioClient} pointed at the stub. */
public final class EstTwilioTarget {

    private EstTwilioTarget() {
    }

    /**
     * @param stubUrl the stub's base URL, serving both Twilio APIs
     * @return a client with Account SID + Auth Token and otherwise default settings
     */
    public static TwilioClient client(String stubUrl) {
        return TwilioClient.builder()
                .accountSid(TwilioPayloads.ACCOUNT_SID)
                .authToken(TwilioPayloads.AUTH_TOKEN)
                .baseUrl(stubUrl)
                .build();
    }
}
