package dev.estsdk.api.model;

import org.jspecify.annotations.Nullable;

/**
 * The setters of a trunk's writable fields, shared by the create and update builders.
 * @param <B> the concrete builder, returned by every setter for chaining
 */
abstract class TrunkFieldsBuilder<B extends TrunkFieldsBuilder<B>> {
    @Nullable String name;
    @Nullable String hostName;
    boolean enableCallerName;
    @Nullable String callForwardNumber;
    boolean enableCallForward;

    TrunkFieldsBuilder() {
    }

    abstract B self();

    /**
     * Sets the friendly name.
     * @param name see {@link CreateSipTrunkRequest#name()}
     * @return this builder
     */
    public B name(@Nullable String name) {
        this.name = name;
        return self();
    }

    /**
     * Sets the host name: the label only, never a full domain.
     * @param hostName see {@link CreateSipTrunkRequest#hostName()}
     * @return this builder
     */
    public B hostName(@Nullable String hostName) {
        this.hostName = hostName;
        return self();
    }

    /**
     * Enables or disables the caller-name (CNAM) lookup of inbound calls; default false.
     * @param enableCallerName see {@link CreateSipTrunkRequest#enableCallerName()}
     * @return this builder
     */
    public B enableCallerName(boolean enableCallerName) {
        this.enableCallerName = enableCallerName;
        return self();
    }

    /**
     * Sets the number that receives inbound calls no endpoint can take.
     * @param callForwardNumber see {@link CreateSipTrunkRequest#callForwardNumber()}
     * @return this builder
     */
    public B callForwardNumber(@Nullable String callForwardNumber) {
        this.callForwardNumber = callForwardNumber;
        return self();
    }

    /**
     * Enables or disables call forwarding; default false.
     * @param enableCallForward see {@link CreateSipTrunkRequest#enableCallForward()}
     * @return this builder
     */
    public B enableCallForward(boolean enableCallForward) {
        this.enableCallForward = enableCallForward;
        return self();
    }
}
