package dev.estsdk.examples.cli;

/** The {@code --carrier} of every command: which carrier's API (or embedded simulator) it works on. */
enum CarrierChoice implements Choice {
    SINCH, TWILIO;

    @Override
    public String meaning() {
        return switch (this) {
            case SINCH -> "Sinch Elastic SIP Trunking (EST_* variables, else the embedded EST simulator)";
            case TWILIO -> "Twilio Elastic SIP Trunking (TWILIO_* variables, else the embedded Twilio simulator)";
        };
    }

    /** @return the carrier's name as users know it, e.g. {@code Twilio} */
    String displayName() {
        return this == SINCH ? "Sinch" : "Twilio";
    }

    /** @return the suffix of a trunk's SIP domain, e.g. {@code pstn.twilio.com} */
    String domainSuffix() {
        return this == SINCH ? "pstn.sinch.com" : "pstn.twilio.com";
    }
}
