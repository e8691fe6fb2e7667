package dev.estsdk.api.model;

import dev.estsdk.api.exception.EstValidationException;
import org.jspecify.annotations.Nullable;

import java.util.Objects;

/**
 * A full replacement of one trunk's writable fields ({@code PUT}): every field is sent, so start
 * from the fetched trunk to keep what you do not change:
 * {@code trunks.update(trunks.get(id).toUpdate().name("New name").build())}.
 * @param trunkId           the trunk to change: an id as the API returned it
 * @param name              see {@link CreateSipTrunkRequest#name()}
 * @param hostName          see {@link CreateSipTrunkRequest#hostName()}
 * @param enableCallerName  see {@link CreateSipTrunkRequest#enableCallerName()}
 * @param callForwardNumber see {@link CreateSipTrunkRequest#callForwardNumber()}
 * @param enableCallForward see {@link CreateSipTrunkRequest#enableCallForward()}
 */
public record UpdateSipTrunkRequest(String trunkId, String name, String hostName, boolean enableCallerName,
                                    @Nullable String callForwardNumber, boolean enableCallForward) {

    /**
     * Creates the request; an empty {@code callForwardNumber} becomes null.
     * @param trunkId           see {@link #trunkId()}
     * @param name              see {@link #name()}
     * @param hostName          see {@link #hostName()}
     * @param enableCallerName  see {@link #enableCallerName()}
     * @param callForwardNumber see {@link #callForwardNumber()}
     * @param enableCallForward see {@link #enableCallForward()}
     * @throws EstValidationException listing every broken rule
     */
    public UpdateSipTrunkRequest {
        callForwardNumber = CreateSipTrunkRequest.emptyAsNull(callForwardNumber);
        Check check = Check.of("UpdateSipTrunkRequest");
        check.apply("trunkId", FieldRules.id(trunkId));
        CreateSipTrunkRequest.checkWritable(check, name, hostName, callForwardNumber, enableCallForward);
        check.throwIfInvalid();
    }

    /**
     * {@return a builder with every writable field unset} Prefer {@link #from(SipTrunk)}: the
     * server clears unset fields.
     * @param trunkId the trunk to change
     */
    public static Builder builder(String trunkId) {
        return new Builder(trunkId);
    }

    /**
     * {@return a builder holding a fetched trunk's id and current writable values}
     * @param trunk the trunk as read from the server
     */
    public static Builder from(SipTrunk trunk) {
        Objects.requireNonNull(trunk, "trunk");
        return new Builder(trunk.id()).name(trunk.name()).hostName(trunk.hostName())
                .enableCallerName(trunk.enableCallerName()).callForwardNumber(trunk.callForwardNumber())
                .enableCallForward(trunk.enableCallForward());
    }

    /** Collects the values of an {@link UpdateSipTrunkRequest}. */
    public static final class Builder extends TrunkFieldsBuilder<Builder> {
        private final @Nullable String trunkId;

        private Builder(@Nullable String trunkId) {
            this.trunkId = trunkId;
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * {@return the request}
         * @throws EstValidationException listing every broken rule
         */
        public UpdateSipTrunkRequest build() {
            return new UpdateSipTrunkRequest(trunkId, name, hostName, enableCallerName, callForwardNumber,
                    enableCallForward);
        }
    }
}
