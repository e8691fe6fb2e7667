package dev.estsdk.examples.cli;

/** The decision tree's third question: how Sinch finds your PBX for inbound calls. */
enum EndpointType implements Choice {
    STATIC, REGISTERED;

    @Override
    public String meaning() {
        return this == STATIC ? "at a fixed address and port"
                : "wherever it registers from (SIP REGISTER with a username and password)";
    }
}
