package dev.estsdk.api.model;

import dev.estsdk.api.exception.EstValidationException;

/**
 * What a caller sends to create an endpoint that registers: a SIP user agent REGISTERs at the
 * trunk's {@link SipTrunk#domain() domain} with {@code credentialUsername} and the matching
 * password, and inbound calls go wherever it registered from. The builder starts from the
 * server's defaults: {@link Transport#UDP}, priority 1, enabled.
 *
 * <p><b>Trap:</b> the server only checks that some credential list of the project holds the
 * username (else 404 {@code CREDENTIAL_NOT_FOUND}). That list must <b>also be linked to the
 * trunk</b> ({@code SipTrunks.addCredentialLists}) or every REGISTER fails with SIP 401.
 * @param name               friendly name: not blank, at most {@value FieldRules#MAX_TEXT_LENGTH}
 *                           characters, no control characters
 * @param credentialUsername a username of a credential list linked to the trunk: 1 to
 *                           {@value FieldRules#MAX_USERNAME_LENGTH} characters, no white space or
 *                           control characters
 * @param transport          SIP transport (UDP by default)
 * @param priority           routing priority, at least 1; <b>lower wins</b> (1 = primary)
 * @param enabled            whether the endpoint receives calls (true by default)
 */
public record CreateRegisteredEndpointRequest(String name, String credentialUsername, Transport transport,
                                              int priority, boolean enabled) implements CreateSipEndpointRequest {

    /**
     * Creates the request after checking every rule.
     * @param name               see {@link #name()}
     * @param credentialUsername see {@link #credentialUsername()}
     * @param transport          see {@link #transport()}
     * @param priority           see {@link #priority()}
     * @param enabled            see {@link #enabled()}
     * @throws EstValidationException listing every broken rule of the components above
     */
    public CreateRegisteredEndpointRequest {
        Check check = Check.of("CreateRegisteredEndpointRequest");
        EndpointFieldsBuilder.checkShared(check, name, transport, priority);
        EndpointFieldsBuilder.checkRegistered(check, credentialUsername);
        check.throwIfInvalid();
    }

    /**
     * {@return a builder with the server's defaults; set at least {@code name} and
     * {@code credentialUsername}}
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the values of a {@link CreateRegisteredEndpointRequest}. */
    public static final class Builder extends RegisteredEndpointFieldsBuilder<Builder> {

        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * {@return the request}
         * @throws EstValidationException listing every broken rule
         */
        public CreateRegisteredEndpointRequest build() {
            return new CreateRegisteredEndpointRequest(name, credentialUsername, transport, priority, enabled);
        }
    }
}
