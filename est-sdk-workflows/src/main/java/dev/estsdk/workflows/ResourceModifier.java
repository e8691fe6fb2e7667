package dev.estsdk.workflows;

import dev.estsdk.api.EstApi;
import dev.estsdk.api.exception.EstErrorDetails;
import dev.estsdk.api.exception.EstException;
import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.FieldViolation;
import dev.estsdk.api.exception.NotFoundException;
import dev.estsdk.api.model.AccessControlList;
import dev.estsdk.api.model.UpdateIpRangeRequest;
import dev.estsdk.api.model.UpdateAccessControlListRequest;
import dev.estsdk.api.model.CallBlockingRule;
import dev.estsdk.api.model.CountryPermission;
import dev.estsdk.api.model.CredentialList;
import dev.estsdk.api.model.IpRange;
import dev.estsdk.api.model.RegisteredEndpoint;
import dev.estsdk.api.model.SipEndpoint;
import dev.estsdk.api.model.SipTrunk;
import dev.estsdk.api.model.UpdateCallBlockingRuleRequest;
import dev.estsdk.api.model.UpdateCountryPermissionRequest;
import dev.estsdk.api.model.UpdateCredentialListRequest;
import dev.estsdk.api.model.UpdateSipTrunkRequest;
import dev.estsdk.api.model.StaticEndpoint;
import dev.estsdk.api.model.UpdateRegisteredEndpointRequest;
import dev.estsdk.api.model.UpdateStaticEndpointRequest;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Changes one resource by read-modify-write, so that a full-replacement update never drops a
 * field: GET the resource, start its update request from it ({@code toUpdate()}), apply the
 * change, and PUT the whole object. If the resource changed between the read and the write (its
 * {@code updateTime}, or any field, moved), it is read again and the change re-applied, up to
 * the attempt limit, so a concurrent change is kept rather than overwritten. A change that leaves
 * the resource as it is makes no write. Immutable and thread-safe.
 *
 * <pre>{@code
 * ResourceModifier modify = ResourceModifier.of(est);
 * modify.trunk(trunkId, t -> t.enableCallerName(true));          // name, hostName, ... kept
 * modify.staticEndpoint(trunkId, endpointId, e -> e.priority(2));
 * modify.countryPermission("SE", c -> c.enabled(true));
 * }</pre>
 */
public final class ResourceModifier {

    private final EstApi api;
    private final int maxAttempts;

    private ResourceModifier(EstApi api, int maxAttempts) {
        this.api = Objects.requireNonNull(api, "api");
        this.maxAttempts = checkAttempts(maxAttempts);
    }

    /**
     * A modifier that makes up to {@link TrunkProvisioner#DEFAULT_MAX_MODIFY_ATTEMPTS} attempts.
     *
     * @param api the API
     * @return the modifier
     */
    public static ResourceModifier of(EstApi api) {
        return of(api, TrunkProvisioner.DEFAULT_MAX_MODIFY_ATTEMPTS);
    }

    /**
     * A modifier with an attempt limit.
     *
     * @param api         the API
     * @param maxAttempts read-modify-write attempts, 1 to 10
     * @return the modifier
     * @throws EstValidationException if maxAttempts is out of range
     */
    public static ResourceModifier of(EstApi api, int maxAttempts) {
        return new ResourceModifier(api, maxAttempts);
    }

    static int checkAttempts(int attempts) {
        attemptsRule(attempts).ifPresent(rule -> {
            throw new EstValidationException("ResourceModifier", List.of(new FieldViolation("maxAttempts", rule)));
        });
        return attempts;
    }

    static Optional<String> attemptsRule(int attempts) {
        return attempts < 1 || attempts > 10
                ? Optional.of("must be between 1 and 10 (was " + attempts + ")") : Optional.empty();
    }

    /**
     * Changes a trunk (#3 then #4).
     *
     * @param trunkId the trunk
     * @param change  edits an update holding the trunk's current writable values
     * @return the trunk as written (or as read, when the change altered nothing)
     * @throws EstValidationException         if the changed trunk breaks a rule
     * @throws ModificationConflictException  if it kept changing between read and write
     * @throws EstException                   if a call fails (e.g. {@code NotFoundException})
     */
    public SipTrunk trunk(String trunkId, Consumer<UpdateSipTrunkRequest.Builder> change) {
        return modify("trunk " + trunkId, () -> api.sipTrunks().get(trunkId), SipTrunk::toUpdate, change,
                UpdateSipTrunkRequest.Builder::build, api.sipTrunks()::update);
    }

    /**
     * Changes a static endpoint (#15 then #16).
     *
     * @param trunkId    the trunk
     * @param endpointId the endpoint
     * @param change     edits a builder holding every current value
     * @return the endpoint as written (or as read, when the change altered nothing)
     * @throws WorkflowException             if the endpoint is a registered one
     * @throws EstValidationException        if the changed endpoint breaks a builder rule
     * @throws ModificationConflictException if it kept changing between read and write
     * @throws EstException                  if a call fails
     */
    public StaticEndpoint staticEndpoint(String trunkId, String endpointId,
                                         Consumer<UpdateStaticEndpointRequest.Builder> change) {
        return modify("endpoint " + endpointId, () -> endpoint(trunkId, endpointId, StaticEndpoint.class),
                StaticEndpoint::toUpdate, change, UpdateStaticEndpointRequest.Builder::build,
                e -> (StaticEndpoint) api.sipEndpoints().update(e));
    }

    /**
     * Changes a registered endpoint (#15 then #16).
     *
     * @param trunkId    the trunk
     * @param endpointId the endpoint
     * @param change     edits a builder holding every current value
     * @return the endpoint as written (or as read, when the change altered nothing)
     * @throws WorkflowException             if the endpoint is a static one
     * @throws EstValidationException        if the changed endpoint breaks a builder rule
     * @throws ModificationConflictException if it kept changing between read and write
     * @throws EstException                  if a call fails
     */
    public RegisteredEndpoint registeredEndpoint(String trunkId, String endpointId,
                                                 Consumer<UpdateRegisteredEndpointRequest.Builder> change) {
        return modify("endpoint " + endpointId, () -> endpoint(trunkId, endpointId, RegisteredEndpoint.class),
                RegisteredEndpoint::toUpdate, change, UpdateRegisteredEndpointRequest.Builder::build,
                e -> (RegisteredEndpoint) api.sipEndpoints().update(e));
    }

    /**
     * Changes an access control list, its IP ranges included (#20 then #21).
     *
     * @param accessControlListId the list
     * @param change              edits a builder holding every current writable value
     * @return the list as written (or as read, when the change altered nothing)
     * @throws EstValidationException        if the changed list breaks a rule
     * @throws ModificationConflictException if it kept changing between read and write
     * @throws EstException                  if a call fails
     */
    public AccessControlList accessControlList(String accessControlListId,
                                               Consumer<UpdateAccessControlListRequest.Builder> change) {
        return modify("access control list " + accessControlListId,
                () -> api.accessControlLists().get(accessControlListId), AccessControlList::toUpdate, change,
                UpdateAccessControlListRequest.Builder::build, a -> api.accessControlLists().update(a));
    }

    /**
     * Changes one IP range of an access control list (#25 then #26; EST has no GET of one range).
     *
     * @param accessControlListId the list
     * @param ipRangeId           the range
     * @param change              edits a builder holding every current writable value
     * @return the range as written (or as read, when the change altered nothing)
     * @throws NotFoundException             if the list has no such range
     * @throws EstValidationException        if the changed range breaks a rule
     * @throws ModificationConflictException if it kept changing between read and write
     * @throws EstException                  if a call fails
     */
    public IpRange ipRange(String accessControlListId, String ipRangeId,
                           Consumer<UpdateIpRangeRequest.Builder> change) {
        return modify("IP range " + ipRangeId, () -> api.accessControlLists().listIpRanges(accessControlListId)
                        .stream().filter(r -> ipRangeId.equals(r.id())).findFirst()
                        .orElseThrow(() -> notFound("IP range " + ipRangeId + " is not in access control list "
                                + accessControlListId)),
                r -> UpdateIpRangeRequest.builder(accessControlListId, ipRangeId).description(r.description())
                        .ipAddress(r.ipAddress()).range(r.range()),
                change, UpdateIpRangeRequest.Builder::build, r -> api.accessControlLists().updateIpRange(r));
    }

    /**
     * Changes a credential list (#30 then #31; EST writes only its name, users are changed with
     * {@code credentialLists().updateCredential}).
     *
     * @param credentialListId the list
     * @param change           edits a builder holding every current value
     * @return the list as written (or as read, when the change altered nothing)
     * @throws EstValidationException        if the changed list breaks a builder rule
     * @throws ModificationConflictException if it kept changing between read and write
     * @throws EstException                  if a call fails
     */
    public CredentialList credentialList(String credentialListId, Consumer<UpdateCredentialListRequest.Builder> change) {
        return modify("credential list " + credentialListId, () -> api.credentialLists().get(credentialListId),
                CredentialList::toUpdate, change, UpdateCredentialListRequest.Builder::build,
                api.credentialLists()::update);
    }

    /**
     * Changes a country's permission (#40 then #41).
     *
     * @param isoCode ISO 3166-1 alpha-2, e.g. {@code SE}
     * @param change  edits a builder holding every current value
     * @return the permission as written (or as read, when the change altered nothing)
     * @throws ModificationConflictException if it kept changing between read and write
     * @throws EstException                  if a call fails
     */
    public CountryPermission countryPermission(String isoCode, Consumer<UpdateCountryPermissionRequest.Builder> change) {
        return modify("country permission " + isoCode, () -> api.countryPermissions().get(isoCode),
                CountryPermission::toUpdate, change, UpdateCountryPermissionRequest.Builder::build,
                api.countryPermissions()::update);
    }

    /**
     * Changes a call blocking rule (#45 then #47; EST has no GET of one rule).
     *
     * @param ruleId the rule
     * @param change edits a builder holding every current value
     * @return the rule as written (or as read, when the change altered nothing)
     * @throws NotFoundException             if no rule has this id
     * @throws EstValidationException        if the changed rule breaks a builder rule
     * @throws ModificationConflictException if it kept changing between read and write
     * @throws EstException                  if a call fails
     */
    public CallBlockingRule callBlockingRule(String ruleId, Consumer<UpdateCallBlockingRuleRequest.Builder> change) {
        return modify("call blocking rule " + ruleId, () -> api.callBlockingRules().list().stream()
                        .filter(r -> ruleId.equals(r.id())).findFirst()
                        .orElseThrow(() -> notFound("no call blocking rule has the id " + ruleId)),
                CallBlockingRule::toUpdate, change, UpdateCallBlockingRuleRequest.Builder::build,
                api.callBlockingRules()::update);
    }

    private <T, B, R> T modify(String what, Supplier<T> read, Function<T, B> toBuilder, Consumer<B> change,
                               Function<B, R> build, Function<R, T> write) {
        Objects.requireNonNull(change, "change");
        T current = read.get();
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            B builder = toBuilder.apply(current);
            change.accept(builder);
            R wanted = build.apply(builder);
            T again = read.get();
            if (!again.equals(current)) {
                current = again;
                continue;
            }
            return wanted.equals(build.apply(toBuilder.apply(current))) ? current : write.apply(wanted);
        }
        throw new ModificationConflictException(what, maxAttempts);
    }

    private <E extends SipEndpoint> E endpoint(String trunkId, String endpointId, Class<E> kind) {
        SipEndpoint endpoint = api.sipEndpoints().get(trunkId, endpointId);
        if (!kind.isInstance(endpoint)) {
            throw new WorkflowException("Endpoint " + endpointId + " is a " + endpoint.getClass().getSimpleName()
                    + ", not a " + kind.getSimpleName() + ": use the matching modify method", null);
        }
        return kind.cast(endpoint);
    }

    private static NotFoundException notFound(String message) {
        return new NotFoundException(EstErrorDetails.builder().status(404).errorCode("NO_RESOURCE_FOUND")
                .serverMessage(message).build());
    }
}
