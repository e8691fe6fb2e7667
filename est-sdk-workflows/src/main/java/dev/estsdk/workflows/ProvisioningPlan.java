package dev.estsdk.workflows;

import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.FieldViolation;
import dev.estsdk.api.model.CreateRegisteredEndpointRequest;
import dev.estsdk.api.model.CreateSipEndpointRequest;
import dev.estsdk.api.model.CreateStaticEndpointRequest;
import dev.estsdk.api.model.SipEndpoint;
import dev.estsdk.api.model.CreateSipTrunkRequest;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * What one trunk should look like: the trunk, how outbound calls are authorised, which endpoints
 * receive inbound calls and which numbers are assigned. Immutable and thread-safe.
 *
 * <p>{@link Builder#build()} places the plan on the EST decision tree ({@link #workflow()}) and
 * rejects, before any request, a plan that cannot work, saying what to add: outbound calls
 * without an access control list or credential list, inbound calls without an endpoint, a
 * registered endpoint without a credential list holding its username, numbers that are not
 * E.164, names that repeat (apply matches existing resources by name).
 *
 * <p>A plan is carrier-neutral; {@link #twilio()} holds what only Twilio trunks have. Whether the
 * chosen {@link Carrier} offers what the plan asks (registered endpoints and call forwarding on
 * Sinch only, Twilio options on Twilio only) is checked by the {@link TrunkProvisioner} before
 * any request.
 *
 * <pre>{@code
 * ProvisioningPlan plan = ProvisioningPlan.builder()                        // workflow D
 *     .trunk(t -> t.name("Desk phones").hostName("acme-desk"))
 *     .registrationCredentials(TrunkAuth.credentials(c -> c.name("Desk users")
 *             .credential("alice", "Alice-Passw0rd-1")))
 *     .registeredEndpoint(e -> e.name("alice-phone").credentialUsername("alice"))
 *     .phoneNumbers("+15551234567")
 *     .build();
 * }</pre>
 */
public final class ProvisioningPlan {

    private final CreateSipTrunkRequest trunk;
    private final TrafficDirection direction;
    private final Workflow workflow;
    private final List<TrunkAuth> outboundAuth;
    private final List<TrunkAuth> registrationCredentials;
    private final List<CreateSipEndpointRequest> endpoints;
    private final List<SipEndpoint> wantedEndpoints;
    private final List<String> phoneNumbers;
    private final TwilioOptions twilio;

    private ProvisioningPlan(Builder b, TrafficDirection direction, Workflow workflow) {
        this.trunk = b.trunk;
        this.direction = direction;
        this.workflow = workflow;
        this.outboundAuth = List.copyOf(b.outboundAuth);
        this.registrationCredentials = List.copyOf(b.registrationCredentials);
        this.endpoints = List.copyOf(b.endpoints);
        this.wantedEndpoints = endpoints.stream().map(WantedEndpoints::of).toList();
        this.phoneNumbers = List.copyOf(b.phoneNumbers);
        this.twilio = b.twilio == null ? TwilioOptions.NONE : b.twilio;
    }

    /**
     * Starts an empty plan.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a builder holding everything of this plan, to derive a changed plan.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.trunk = trunk;
        b.direction = direction;
        b.outboundAuth.addAll(outboundAuth);
        b.registrationCredentials.addAll(registrationCredentials);
        b.endpoints.addAll(endpoints);
        b.phoneNumbers.addAll(phoneNumbers);
        b.twilio = twilio.isEmpty() ? null : twilio;
        return b;
    }

    /**
     * The trunk's writable fields; its host name identifies it (the trunk is found by its domain).
     *
     * @return the trunk
     */
    public CreateSipTrunkRequest trunk() {
        return trunk;
    }

    /**
     * Which calls the trunk carries, as set or as follows from the plan's content.
     *
     * @return the direction
     */
    public TrafficDirection direction() {
        return direction;
    }

    /**
     * Where the plan sits on the EST decision tree.
     *
     * @return the workflow letter
     */
    public Workflow workflow() {
        return workflow;
    }

    /**
     * The lists that authorise outbound calls.
     *
     * @return the lists, unmodifiable
     */
    public List<TrunkAuth> outboundAuth() {
        return outboundAuth;
    }

    /**
     * The credential lists that authenticate registered endpoints' REGISTERs.
     *
     * @return the lists, unmodifiable
     */
    public List<TrunkAuth> registrationCredentials() {
        return registrationCredentials;
    }

    /**
     * Every list to link to the trunk: outbound auth first, then registration credentials.
     *
     * @return the lists, unmodifiable
     */
    public List<TrunkAuth> authLists() {
        return Stream.concat(outboundAuth.stream(), registrationCredentials.stream()).toList();
    }

    /**
     * The endpoints that receive inbound calls; matched to existing ones by name.
     *
     * @return the endpoints' create requests, unmodifiable
     */
    public List<CreateSipEndpointRequest> endpoints() {
        return endpoints;
    }

    /** The endpoints as values to compare with what a carrier reports (no id, trunk or times). */
    List<SipEndpoint> wantedEndpoints() {
        return wantedEndpoints;
    }

    /**
     * The numbers to assign to the trunk, E.164.
     *
     * @return the numbers, unmodifiable
     */
    public List<String> phoneNumbers() {
        return phoneNumbers;
    }

    /**
     * What the plan asks of a Twilio trunk beyond the carrier-neutral fields; refused on a carrier
     * without the matching {@link Capability}.
     *
     * @return the options, {@link TwilioOptions#NONE} (empty) when none are set
     */
    public TwilioOptions twilio() {
        return twilio;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof ProvisioningPlan p && trunk.equals(p.trunk) && direction == p.direction
                && outboundAuth.equals(p.outboundAuth)
                && registrationCredentials.equals(p.registrationCredentials)
                && endpoints.equals(p.endpoints) && phoneNumbers.equals(p.phoneNumbers) && twilio.equals(p.twilio);
    }

    @Override
    public int hashCode() {
        return Objects.hash(trunk, direction, outboundAuth, registrationCredentials, endpoints, phoneNumbers, twilio);
    }

    /**
     * Describes the plan; passwords are shown as {@code ***}.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "ProvisioningPlan[workflow=" + workflow + ", direction=" + direction + ", trunk=" + trunk.hostName()
                + ", outboundAuth=" + outboundAuth + ", registrationCredentials=" + registrationCredentials
                + ", endpoints=" + endpoints.stream().map(CreateSipEndpointRequest::name).toList()
                + ", phoneNumbers=" + phoneNumbers + (twilio.isEmpty() ? "" : ", twilio=" + twilio) + "]";
    }

    /**
     * Collects a plan; {@link #build()} validates it as a whole. Builder problems of the parts
     * described with a {@link Consumer} are reported by {@code build()} too, under the part's
     * path (e.g. {@code endpoints[1].address}). Not thread-safe.
     */
    public static final class Builder {
        private CreateSipTrunkRequest trunk;
        private TrafficDirection direction;
        private final List<TrunkAuth> outboundAuth = new ArrayList<>();
        private final List<TrunkAuth> registrationCredentials = new ArrayList<>();
        private final List<CreateSipEndpointRequest> endpoints = new ArrayList<>();
        private final List<String> phoneNumbers = new ArrayList<>();
        private @Nullable TwilioOptions twilio;
        private final List<FieldViolation> partViolations = new ArrayList<>();

        private Builder() {
        }

        /**
         * Sets the trunk.
         *
         * @param trunk the trunk's writable fields (name, host name, caller name, call forward)
         * @return this builder
         */
        public Builder trunk(CreateSipTrunkRequest trunk) {
            this.trunk = trunk;
            return this;
        }

        /**
         * Sets the trunk described on a fresh builder.
         *
         * @param trunk sets at least the name and host name
         * @return this builder
         */
        public Builder trunk(Consumer<CreateSipTrunkRequest.Builder> trunk) {
            CreateSipTrunkRequest.Builder builder = CreateSipTrunkRequest.builder();
            trunk.accept(builder);
            this.trunk = part("trunk", builder::build);
            return this;
        }

        /**
         * Sets which calls the trunk carries. Optional: without it the direction follows from the
         * plan (outbound auth means outbound, endpoints mean inbound). Set it to have the plan
         * checked against your intent, e.g. {@code BOTH} with no endpoint is rejected.
         *
         * @param direction the direction, or null to infer it
         * @return this builder
         */
        public Builder direction(@Nullable TrafficDirection direction) {
            this.direction = direction;
            return this;
        }

        /**
         * Adds a list that authorises outbound calls: an access control list (source IP) or a
         * credential list (SIP digest). Repeatable.
         *
         * @param auth the list
         * @return this builder
         */
        public Builder outboundAuth(TrunkAuth auth) {
            outboundAuth.add(Objects.requireNonNull(auth, "auth"));
            return this;
        }

        /**
         * Adds a credential list holding the usernames registered endpoints REGISTER with; it is
         * linked to the trunk like outbound auth. Repeatable. Not needed when an outbound
         * credential list already holds the usernames.
         *
         * @param credentials a credential list (new or existing)
         * @return this builder
         */
        public Builder registrationCredentials(TrunkAuth credentials) {
            registrationCredentials.add(Objects.requireNonNull(credentials, "credentials"));
            return this;
        }

        /**
         * Adds an endpoint that receives inbound calls. Endpoint names must be unique in the plan.
         *
         * @param endpoint a static or registered endpoint's fields, checked when the request was built
         * @return this builder
         */
        public Builder endpoint(CreateSipEndpointRequest endpoint) {
            endpoints.add(Objects.requireNonNull(endpoint, "endpoint"));
            return this;
        }

        /**
         * Adds a static endpoint described on a fresh builder (port 5060, UDP, priority 1, enabled
         * unless set).
         *
         * @param endpoint sets at least the name and address
         * @return this builder
         */
        public Builder staticEndpoint(Consumer<CreateStaticEndpointRequest.Builder> endpoint) {
            CreateStaticEndpointRequest.Builder builder = CreateStaticEndpointRequest.builder();
            endpoint.accept(builder);
            String path = "endpoints[" + endpoints.size() + "]";
            endpoints.add(part(path, builder::build));
            return this;
        }

        /**
         * Adds a registered endpoint described on a fresh builder. A credential list of the plan
         * must hold its username.
         *
         * @param endpoint sets at least the name and credential username
         * @return this builder
         */
        public Builder registeredEndpoint(Consumer<CreateRegisteredEndpointRequest.Builder> endpoint) {
            CreateRegisteredEndpointRequest.Builder builder = CreateRegisteredEndpointRequest.builder();
            endpoint.accept(builder);
            String path = "endpoints[" + endpoints.size() + "]";
            endpoints.add(part(path, builder::build));
            return this;
        }

        /**
         * Adds numbers to assign to the trunk.
         *
         * @param e164 numbers such as {@code +15551234567}
         * @return this builder
         */
        public Builder phoneNumbers(String... e164) {
            return phoneNumbers(Arrays.asList(e164));
        }

        /**
         * Adds numbers to assign to the trunk.
         *
         * @param e164 numbers such as {@code +15551234567}
         * @return this builder
         */
        public Builder phoneNumbers(Collection<String> e164) {
            phoneNumbers.addAll(e164);
            return this;
        }

        /**
         * Sets what the plan asks of a Twilio trunk (secure trunking, recording, disaster-recovery
         * URL, transfer mode, origination weights). A plan with options is refused on Sinch.
         *
         * @param options the options; null or empty for none
         * @return this builder
         */
        public Builder twilio(@Nullable TwilioOptions options) {
            this.twilio = options == null || options.isEmpty() ? null : options;
            return this;
        }

        /**
         * Sets Twilio options described on a fresh builder; their problems are reported by
         * {@link #build()} under {@code twilio.}.
         *
         * @param options sets the options wanted
         * @return this builder
         */
        public Builder twilio(Consumer<TwilioOptions.Builder> options) {
            TwilioOptions.Builder builder = TwilioOptions.builder();
            options.accept(builder);
            return twilio(part("twilio", builder::build));
        }

        /**
         * Validates the plan and names its workflow.
         *
         * @return the plan
         * @throws EstValidationException listing every problem with the field it concerns and
         *                                what to add or change; no request has been made
         */
        public ProvisioningPlan build() {
            PlanValidation validation = new PlanValidation(partViolations);
            List<SipEndpoint> wanted = endpoints.stream().map(e -> e == null ? null : WantedEndpoints.of(e))
                    .collect(java.util.stream.Collectors.toList());
            Optional<TrafficDirection> resolved = validation.check(trunk, direction, outboundAuth,
                    registrationCredentials, wanted, phoneNumbers);
            validation.checkTwilio(twilio, wanted);
            validation.throwIfInvalid();
            TrafficDirection dir = resolved.orElseThrow();
            return new ProvisioningPlan(this, dir, PlanValidation.workflow(dir, outboundAuth, wanted));
        }

        /** Builds a part, keeping its builder problems under the part's path for {@link #build()}. */
        private <T> T part(String path, Supplier<T> build) {
            try {
                return build.get();
            } catch (EstValidationException e) {
                e.violations().forEach(v -> partViolations.add(new FieldViolation(path + "." + v.field(),
                        v.description())));
                return null;
            }
        }
    }
}
