package dev.estsdk.twilio.model;

import org.jspecify.annotations.Nullable;

/**
 * The setters the origination URL create and update builders share; unset fields are null.
 *
 * @param <B> the concrete builder
 */
abstract class OriginationUrlFieldsBuilder<B extends OriginationUrlFieldsBuilder<B>> {
    @Nullable String friendlyName;
    @Nullable String sipUrl;
    @Nullable Integer priority;
    @Nullable Integer weight;
    @Nullable Boolean enabled;

    OriginationUrlFieldsBuilder() {
    }

    abstract B self();

    /**
     * Sets the friendly name.
     *
     * @param friendlyName up to 64 characters
     * @return this builder
     */
    public B friendlyName(String friendlyName) {
        this.friendlyName = friendlyName;
        return self();
    }

    /**
     * Sets the SIP URL.
     *
     * @param sipUrl a {@code sip:} URL
     * @return this builder
     */
    public B sipUrl(String sipUrl) {
        this.sipUrl = sipUrl;
        return self();
    }

    /**
     * Sets the priority.
     *
     * @param priority 0 to 65535 (a new URL gets 10 unless set)
     * @return this builder
     */
    public B priority(int priority) {
        this.priority = priority;
        return self();
    }

    /**
     * Sets the weight.
     *
     * @param weight 1 to 65535 (a new URL gets 10 unless set)
     * @return this builder
     */
    public B weight(int weight) {
        this.weight = weight;
        return self();
    }

    /**
     * Enables or disables the URL.
     *
     * @param enabled whether calls are routed to it (a new URL is enabled unless set)
     * @return this builder
     */
    public B enabled(boolean enabled) {
        this.enabled = enabled;
        return self();
    }
}
