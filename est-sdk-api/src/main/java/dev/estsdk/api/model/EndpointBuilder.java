package dev.estsdk.api.model;

/**
 * The fields both kinds of {@link SipEndpoint} share, with the server's defaults (UDP,
 * priority 1, enabled) so that a full-replacement update always sends explicit values.
 *
 * @param <B> the concrete builder, returned by every setter for chaining
 */
abstract class EndpointBuilder<B extends EndpointBuilder<B>> extends ResourceBuilder<B> {

    String sipTrunkId;
    String name;
    Transport transport = Transport.UDP;
    int priority = 1;
    boolean enabled = true;

    EndpointBuilder() {
    }

    /**
     * Sets the owning trunk. Read-only on the server: the trunk comes from the path.
     *
     * @param sipTrunkId the trunk id
     * @return this builder
     */
    public B sipTrunkId(String sipTrunkId) {
        this.sipTrunkId = sipTrunkId;
        return self();
    }

    /**
     * Sets the friendly name.
     *
     * @param name required, not blank
     * @return this builder
     */
    public B name(String name) {
        this.name = name;
        return self();
    }

    /**
     * Sets the SIP transport.
     *
     * @param transport required; UDP unless set
     * @return this builder
     */
    public B transport(Transport transport) {
        this.transport = transport;
        return self();
    }

    /**
     * Sets the routing priority: <b>lower wins</b>; equal values share calls round-robin.
     *
     * @param priority at least 1; 1 unless set
     * @return this builder
     */
    public B priority(int priority) {
        this.priority = priority;
        return self();
    }

    /**
     * Enables or disables the endpoint.
     *
     * @param enabled true unless set
     * @return this builder
     */
    public B enabled(boolean enabled) {
        this.enabled = enabled;
        return self();
    }

    /** Checks the shared writable fields: name, transport, priority. */
    void checkShared(Check check) {
        check.notBlank("name", name);
        check.required("transport", transport);
        check.atLeast("priority", priority, 1);
    }
}
