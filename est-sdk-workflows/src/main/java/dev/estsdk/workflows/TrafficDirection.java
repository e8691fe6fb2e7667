package dev.estsdk.workflows;

/**
 * Which calls a trunk carries: the first branch of the EST decision tree.
 */
public enum TrafficDirection {

    /** Calls from the PSTN to numbers assigned to the trunk, delivered to its endpoints. */
    INBOUND,

    /** Calls from the PBX through the trunk to the PSTN, authorised by IP or SIP digest. */
    OUTBOUND,

    /** Both inbound and outbound calls. */
    BOTH;

    /**
     * Whether outbound calls are carried.
     *
     * @return true for {@link #OUTBOUND} and {@link #BOTH}
     */
    public boolean outbound() {
        return this != INBOUND;
    }

    /**
     * Whether inbound calls are carried.
     *
     * @return true for {@link #INBOUND} and {@link #BOTH}
     */
    public boolean inbound() {
        return this != OUTBOUND;
    }
}
