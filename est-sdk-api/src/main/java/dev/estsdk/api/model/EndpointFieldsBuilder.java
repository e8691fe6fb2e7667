package dev.estsdk.api.model;

import org.jspecify.annotations.Nullable;

/**
 * The setters of the fields both kinds of endpoint share, with the server's defaults (UDP,
 * priority 1, enabled), for the create and update builders; and the rules of those fields.
 * @param <B> the concrete builder, returned by every setter for chaining
 */
abstract class EndpointFieldsBuilder<B extends EndpointFieldsBuilder<B>> {
    @Nullable String name;
    @Nullable Transport transport = Transport.UDP;
    int priority = 1;
    boolean enabled = true;

    EndpointFieldsBuilder() {
    }

    abstract B self();

    /**
     * Sets the friendly name.
     * @param name see {@link CreateSipEndpointRequest#name()}
     * @return this builder
     */
    public B name(@Nullable String name) {
        this.name = name;
        return self();
    }

    /**
     * Sets the SIP transport; UDP unless set.
     * @param transport see {@link CreateSipEndpointRequest#transport()}
     * @return this builder
     */
    public B transport(@Nullable Transport transport) {
        this.transport = transport;
        return self();
    }

    /**
     * Sets the routing priority: <b>lower wins</b>; equal values share calls round-robin; 1 unless set.
     * @param priority see {@link CreateSipEndpointRequest#priority()}
     * @return this builder
     */
    public B priority(int priority) {
        this.priority = priority;
        return self();
    }

    /**
     * Enables or disables the endpoint; enabled unless set.
     * @param enabled see {@link CreateSipEndpointRequest#enabled()}
     * @return this builder
     */
    public B enabled(boolean enabled) {
        this.enabled = enabled;
        return self();
    }

    static void checkShared(Check check, @Nullable String name, @Nullable Transport transport, int priority) {
        check.notBlank("name", name);
        check.required("transport", transport);
        check.atLeast("priority", priority, 1);
    }

    static void checkStatic(Check check, @Nullable String address, int port) {
        check.ipv4OrHostName("address", address);
        check.between("port", port, 1, 65535);
    }

    static void checkRegistered(Check check, @Nullable String credentialUsername) {
        check.username("credentialUsername", credentialUsername);
    }

    static void checkTarget(Check check, @Nullable String trunkId, @Nullable String endpointId) {
        check.apply("trunkId", FieldRules.id(trunkId));
        check.apply("endpointId", FieldRules.id(endpointId));
    }
}
