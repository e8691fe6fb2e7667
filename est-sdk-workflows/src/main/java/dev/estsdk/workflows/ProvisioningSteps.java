package dev.estsdk.workflows;

import dev.estsdk.api.EstApi;
import dev.estsdk.api.exception.EstException;
import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.FieldViolation;
import dev.estsdk.api.model.AccessControlList;
import dev.estsdk.api.model.CreateAccessControlListRequest;
import dev.estsdk.api.model.CreateCredentialListRequest;
import dev.estsdk.api.model.Credential;
import dev.estsdk.api.model.CredentialList;
import dev.estsdk.api.model.NewCredential;
import dev.estsdk.api.model.PhoneNumber;
import dev.estsdk.api.model.CreateRegisteredEndpointRequest;
import dev.estsdk.api.model.CreateSipEndpointRequest;
import dev.estsdk.api.model.CreateStaticEndpointRequest;
import dev.estsdk.api.model.SipEndpoint;
import dev.estsdk.api.model.CreateSipTrunkRequest;
import dev.estsdk.api.model.SipTrunk;
import dev.estsdk.api.model.FieldRules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Provisioning one step at a time, for code that wants control between steps, with the order
 * still enforced: each step checks its prerequisites first and throws
 * {@link OrderViolationException}, before any request, when one is missing.
 *
 * <ol>
 *   <li>{@link #createTrunk(CreateSipTrunkRequest)} (or {@link #useTrunk(String)} for an existing trunk);</li>
 *   <li>{@link #createAccessControlList(CreateAccessControlListRequest)},
 *       {@link #createCredentialList(CreateCredentialListRequest)};</li>
 *   <li>{@link #linkAccessControlList(String)}, {@link #linkCredentialList(String)};</li>
 *   <li>{@link #createEndpoint(CreateSipEndpointRequest)} (a registered endpoint only once a linked credential
 *       list holds its username);</li>
 *   <li>{@link #assignNumber(String)} (once the trunk has an endpoint or a linked list).</li>
 * </ol>
 *
 * <p>Every write is reported to the provisioner's listener. {@link #rollback()} removes what the
 * session created, in reverse order; {@link #result()} summarises the session. A session is not
 * thread-safe.
 *
 * <pre>{@code
 * ProvisioningSteps steps = provisioner.steps();
 * steps.createTrunk(t -> t.name("Acme").hostName("acme"));
 * CredentialList users = steps.createCredentialList(c -> c.name("Phones").credential("alice", password));
 * steps.linkCredentialList(users.id());
 * steps.createRegisteredEndpoint(e -> e.name("alice-phone").credentialUsername("alice"));
 * steps.assignNumber("+15551234567");
 * steps.result().awaitPropagation();
 * }</pre>
 */
public final class ProvisioningSteps {

    private final EstApi api;
    private final TrunkProvisioner provisioner;
    private final Run run;
    private SipTrunk trunk;
    private final Set<String> linkedAcls = new LinkedHashSet<>();
    private final Set<String> linkedCredentialLists = new LinkedHashSet<>();
    private final Map<String, Set<String>> usernamesByList = new HashMap<>();
    private final List<SipEndpoint> endpoints = new ArrayList<>();
    private final List<String> numbers = new ArrayList<>();
    private boolean serverStateRead;
    private boolean serverHasEndpoint;

    ProvisioningSteps(Settings settings, TrunkProvisioner provisioner) {
        this.api = settings.api();
        this.provisioner = provisioner;
        this.run = new Run(settings, 0);
    }

    /**
     * Step 1: creates the trunk.
     *
     * @param spec the trunk's writable fields
     * @return the created trunk, with its SIP domain
     * @throws OrderViolationException if the session already has a trunk
     * @throws EstException            if the call fails
     */
    public SipTrunk createTrunk(CreateSipTrunkRequest spec) {
        requireNoTrunk();
        trunk = run.createTrunk(Objects.requireNonNull(spec, "spec"));
        serverStateRead = true;
        return trunk;
    }

    /**
     * Step 1: creates the trunk described on a fresh builder.
     *
     * @param spec sets at least the name and host name
     * @return the created trunk
     * @throws EstValidationException  if the trunk breaks a builder rule
     * @throws OrderViolationException if the session already has a trunk
     * @throws EstException            if the call fails
     */
    public SipTrunk createTrunk(Consumer<CreateSipTrunkRequest.Builder> spec) {
        CreateSipTrunkRequest.Builder builder = CreateSipTrunkRequest.builder();
        spec.accept(builder);
        return createTrunk(builder.build());
    }

    /**
     * Step 1, alternatively: continues with an existing trunk. What it already has (links,
     * endpoints) counts as done, read from the server when a later step needs to know.
     *
     * @param trunkId the trunk
     * @return the trunk
     * @throws OrderViolationException if the session already has a trunk
     * @throws EstException            if the call fails (e.g. {@code NotFoundException})
     */
    public SipTrunk useTrunk(String trunkId) {
        requireNoTrunk();
        trunk = api.sipTrunks().get(Objects.requireNonNull(trunkId, "trunkId"));
        return trunk;
    }

    /**
     * Step 2: creates an access control list.
     *
     * @param spec the list; at least one IP range
     * @return the created list
     * @throws OrderViolationException if there is no trunk yet
     * @throws EstException            if the call fails
     */
    public AccessControlList createAccessControlList(CreateAccessControlListRequest spec) {
        requireTrunk("create an access control list");
        return run.createAcl(Objects.requireNonNull(spec, "spec"));
    }

    /**
     * Step 2: creates an access control list described on a fresh builder.
     *
     * @param spec sets the name and IP ranges
     * @return the created list
     * @throws EstValidationException  if the list breaks a rule, such as having no IP range
     * @throws OrderViolationException if there is no trunk yet
     * @throws EstException            if the call fails
     */
    public AccessControlList createAccessControlList(Consumer<CreateAccessControlListRequest.Builder> spec) {
        CreateAccessControlListRequest.Builder builder = CreateAccessControlListRequest.builder();
        spec.accept(builder);
        return createAccessControlList(builder.build());
    }

    /**
     * Step 2: creates a credential list.
     *
     * @param spec the list and its users
     * @return the created list
     * @throws OrderViolationException if there is no trunk yet
     * @throws EstException            if the call fails
     */
    public CredentialList createCredentialList(CreateCredentialListRequest spec) {
        requireTrunk("create a credential list");
        CredentialList created = run.createCredentialList(Objects.requireNonNull(spec, "spec"));
        Set<String> users = new HashSet<>();
        spec.credentials().stream().map(NewCredential::username).forEach(users::add);
        usernamesByList.put(created.id(), users);
        return created;
    }

    /**
     * Step 2: creates a credential list described on a fresh builder.
     *
     * @param spec sets the name and users
     * @return the created list
     * @throws EstValidationException  if the list breaks a builder rule
     * @throws OrderViolationException if there is no trunk yet
     * @throws EstException            if the call fails
     */
    public CredentialList createCredentialList(Consumer<CreateCredentialListRequest.Builder> spec) {
        CreateCredentialListRequest.Builder builder = CreateCredentialListRequest.builder();
        spec.accept(builder);
        return createCredentialList(builder.build());
    }

    /**
     * Step 3: links an access control list (created in this session or existing) to the trunk.
     *
     * @param accessControlListId the list
     * @throws OrderViolationException if there is no trunk yet
     * @throws EstException            if the call fails
     */
    public void linkAccessControlList(String accessControlListId) {
        requireTrunk("link an access control list");
        run.linkAcls(trunk.id(), List.of(new ResourceRef(ResourceType.ACCESS_CONTROL_LIST_LINK,
                Objects.requireNonNull(accessControlListId, "accessControlListId"), null)));
        linkedAcls.add(accessControlListId);
    }

    /**
     * Step 3: links a credential list (created in this session or existing) to the trunk.
     *
     * @param credentialListId the list
     * @throws OrderViolationException if there is no trunk yet
     * @throws EstException            if the call fails
     */
    public void linkCredentialList(String credentialListId) {
        requireTrunk("link a credential list");
        run.linkCredentialLists(trunk.id(), List.of(new ResourceRef(ResourceType.CREDENTIAL_LIST_LINK,
                Objects.requireNonNull(credentialListId, "credentialListId"), null)));
        linkedCredentialLists.add(credentialListId);
    }

    /**
     * Step 4: creates an endpoint. A registered endpoint needs a credential list holding its
     * username linked to the trunk first, or every REGISTER would fail with SIP 401.
     *
     * @param spec a static or registered endpoint's fields, checked when the request was built
     * @return the created endpoint
     * @throws OrderViolationException if there is no trunk yet, or no linked list holds a
     *                                 registered endpoint's username
     * @throws EstException            if a call fails
     */
    public SipEndpoint createEndpoint(CreateSipEndpointRequest spec) {
        requireTrunk("create an endpoint");
        Objects.requireNonNull(spec, "spec");
        if (spec instanceof CreateRegisteredEndpointRequest r && !linkedUsernames().contains(r.credentialUsername())) {
            throw new OrderViolationException("Cannot create registered endpoint \"" + r.name() + "\" yet: no "
                    + "credential list linked to trunk " + trunk.domain() + " holds the username \""
                    + r.credentialUsername() + "\". Create the list and linkCredentialList(id) first, or every "
                    + "REGISTER fails with SIP 401.");
        }
        SipEndpoint created = run.createEndpoint(trunk.id(), WantedEndpoints.of(spec));
        endpoints.add(created);
        return created;
    }

    /**
     * Step 4: creates a static endpoint described on a fresh builder.
     *
     * @param spec sets at least the name and address
     * @return the created endpoint
     * @throws EstValidationException  if the endpoint breaks a builder rule
     * @throws OrderViolationException if there is no trunk yet
     * @throws EstException            if the call fails
     */
    public SipEndpoint createStaticEndpoint(Consumer<CreateStaticEndpointRequest.Builder> spec) {
        CreateStaticEndpointRequest.Builder builder = CreateStaticEndpointRequest.builder();
        spec.accept(builder);
        return createEndpoint(builder.build());
    }

    /**
     * Step 4: creates a registered endpoint described on a fresh builder.
     *
     * @param spec sets at least the name and credential username
     * @return the created endpoint
     * @throws EstValidationException  if the endpoint breaks a builder rule
     * @throws OrderViolationException if there is no trunk yet, or no linked list holds the username
     * @throws EstException            if a call fails
     */
    public SipEndpoint createRegisteredEndpoint(Consumer<CreateRegisteredEndpointRequest.Builder> spec) {
        CreateRegisteredEndpointRequest.Builder builder = CreateRegisteredEndpointRequest.builder();
        spec.accept(builder);
        return createEndpoint(builder.build());
    }

    /**
     * Step 5: assigns a number to the trunk. Needs an endpoint (inbound calls) or a linked list
     * (outbound caller id) first.
     *
     * @param e164 the number
     * @return the number as assigned
     * @throws EstValidationException  if the number is not E.164
     * @throws OrderViolationException if there is no trunk yet, or it has neither an endpoint nor
     *                                 a linked list
     * @throws EstException            if a call fails
     */
    public PhoneNumber assignNumber(String e164) {
        requireTrunk("assign a number");
        FieldRules.e164(e164).ifPresent(rule -> {
            throw new EstValidationException("ProvisioningSteps", List.of(new FieldViolation("phoneNumber", rule)));
        });
        if (!hasEndpointOrLink()) {
            throw new OrderViolationException("Cannot assign " + e164 + " yet: trunk " + trunk.domain()
                    + " has no endpoint and no linked list. Create an endpoint first (inbound calls would "
                    + "otherwise fail with SIP 503) or link an access control list or credential list (outbound).");
        }
        PhoneNumber assigned = run.assign(trunk.id(), e164);
        numbers.add(e164);
        return assigned;
    }

    /**
     * What the session did so far, as a result that can wait for propagation.
     *
     * @return the result (workflow null: a session follows no plan)
     * @throws OrderViolationException if there is no trunk yet
     */
    public ProvisioningResult result() {
        requireTrunk("get a result");
        return new ProvisioningResult(null, trunk, run.changes(), List.copyOf(linkedAcls),
                List.copyOf(linkedCredentialLists), endpoints, numbers, run.lastWrite(), provisioner);
    }

    /**
     * Removes what this session created, newest first (a 404 counts as already gone). Updates
     * and what existed before the session stay.
     *
     * @return what was removed
     * @throws TeardownException if something could not be removed (the rest was)
     */
    public List<ResourceRef> rollback() {
        Run.RollbackOutcome outcome = run.rollback();
        if (!outcome.failed().isEmpty()) {
            throw new TeardownException(outcome.removed().stream().map(r -> new Change(ChangeType.DELETE, r, ""))
                    .toList(), outcome.failed());
        }
        return outcome.removed();
    }

    private void requireNoTrunk() {
        if (trunk != null) {
            throw new OrderViolationException("This session already works on trunk " + trunk.domain()
                    + "; start a new session for another trunk");
        }
    }

    private void requireTrunk(String step) {
        if (trunk == null) {
            throw new OrderViolationException("Cannot " + step + " before the trunk: call createTrunk(...) or "
                    + "useTrunk(id) first (order: trunk, lists, links, endpoints, numbers)");
        }
    }

    /** Usernames of the lists linked to the trunk: this session's, and the server's for an existing trunk. */
    private Set<String> linkedUsernames() {
        readServerState();
        Set<String> users = new HashSet<>();
        for (String id : linkedCredentialLists) {
            users.addAll(usernamesByList.computeIfAbsent(id, this::usernamesOf));
        }
        return users;
    }

    private Set<String> usernamesOf(String credentialListId) {
        Set<String> users = new HashSet<>();
        api.credentialLists().get(credentialListId).credentials().stream().map(Credential::username)
                .forEach(users::add);
        return users;
    }

    private boolean hasEndpointOrLink() {
        readServerState();
        return !endpoints.isEmpty() || serverHasEndpoint || !linkedAcls.isEmpty() || !linkedCredentialLists.isEmpty();
    }

    /** For a trunk this session did not create, learns once what it already has. */
    private void readServerState() {
        if (serverStateRead) {
            return;
        }
        serverStateRead = true;
        api.sipTrunks().listAccessControlLists(trunk.id()).forEach(linkedAcls::add);
        api.sipTrunks().listCredentialLists(trunk.id()).forEach(linkedCredentialLists::add);
        serverHasEndpoint = api.sipEndpoints().list(trunk.id()).stream().findAny().isPresent();
    }
}
