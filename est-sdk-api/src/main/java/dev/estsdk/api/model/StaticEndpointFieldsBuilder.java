package dev.estsdk.api.model;

import org.jspecify.annotations.Nullable;

/**
 * The setters of a static endpoint's own fields (address and port, 5060 unless set), shared by
 * the create and update builders.
 * @param <B> the concrete builder, returned by every setter for chaining
 */
abstract class StaticEndpointFieldsBuilder<B extends StaticEndpointFieldsBuilder<B>> extends EndpointFieldsBuilder<B> {
    @Nullable String address;
    int port = CreateStaticEndpointRequest.DEFAULT_PORT;

    StaticEndpointFieldsBuilder() {
    }

    /**
     * Sets where inbound calls are sent; EST also accepts calls only from this address.
     * @param address see {@link CreateStaticEndpointRequest#address()}
     * @return this builder
     */
    public B address(@Nullable String address) {
        this.address = address;
        return self();
    }

    /**
     * Sets the SIP port; 5060 unless set.
     * @param port see {@link CreateStaticEndpointRequest#port()}
     * @return this builder
     */
    public B port(int port) {
        this.port = port;
        return self();
    }
}
