package dev.estsdk.examples.cli;

/** The decision tree's first question: which way calls go through the trunk. */
enum CallDirection implements Choice {
    OUTBOUND, INBOUND, BOTH;

    @Override
    public String meaning() {
        return switch (this) {
            case OUTBOUND -> "your PBX calls out to the phone network (termination)";
            case INBOUND -> "callers reach your PBX on your Sinch numbers (origination)";
            case BOTH -> "inbound and outbound";
        };
    }

    boolean outbound() {
        return this != INBOUND;
    }

    boolean inbound() {
        return this != OUTBOUND;
    }
}
