package dev.estsdk.workflows;

import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.FieldViolation;
import dev.estsdk.api.model.AccessControlList;
import dev.estsdk.api.model.CreateAccessControlListRequest;
import dev.estsdk.api.model.Credential;
import dev.estsdk.api.model.CredentialList;
import dev.estsdk.api.model.NewCredential;
import dev.estsdk.api.model.PhoneNumber;
import dev.estsdk.api.model.RegisteredEndpoint;
import dev.estsdk.api.model.SipEndpoint;
import dev.estsdk.api.model.CreateSipTrunkRequest;
import dev.estsdk.api.model.SipTrunk;
import dev.estsdk.api.model.StaticEndpoint;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One apply of a {@link ProvisioningPlan}: a read phase that compares the server with the plan
 * and lists the writes needed ({@link #changes()}, the dry run), then {@link #execute()} that
 * makes them in dependency order (trunk, lists, links, endpoints, numbers) and rolls back on
 * failure. Reads are made only for what the plan mentions, and none below a trunk that does not
 * exist yet. Not thread-safe.
 */
final class Apply {

    /** One planned write (links of one kind are one request, hence several changes). */
    private record Step(List<Change> changes, Consumer<Run> action) {
    }

    /** A list of the plan and what the server knows of it. */
    private static final class ListTarget {
        final TrunkAuth auth;
        final String name;
        String id;
        boolean linked;

        ListTarget(TrunkAuth auth, String name, String id) {
            this.auth = auth;
            this.name = name;
            this.id = id;
        }

        ResourceRef linkRef() {
            return new ResourceRef(auth.isCredentialList() ? ResourceType.CREDENTIAL_LIST_LINK
                    : ResourceType.ACCESS_CONTROL_LIST_LINK, id, name);
        }
    }

    private final Settings settings;
    private final Backend backend;
    private final ProvisioningPlan plan;
    private final List<ResourceRef> unmanaged = new ArrayList<>();
    private final List<Step> steps = new ArrayList<>();
    private final List<ListTarget> lists = new ArrayList<>();
    private final Map<String, SipEndpoint> endpoints = new LinkedHashMap<>();
    private SipTrunk trunk;
    private Instant newestServerTime;

    private Apply(Settings settings, ProvisioningPlan plan) {
        this.settings = settings;
        this.backend = settings.backend(plan.twilio());
        this.plan = plan;
    }

    /**
     * Reads the server and plans the writes; makes no write. A plan asking for what the carrier
     * lacks is refused before the first read.
     */
    static Apply read(Settings settings, ProvisioningPlan plan) {
        Apply apply = new Apply(settings, plan);
        apply.backend.refuse(plan);
        apply.readTrunk();
        apply.readLists();
        apply.readEndpoints();
        apply.readNumbers();
        return apply;
    }

    List<Change> changes() {
        return steps.stream().flatMap(s -> s.changes().stream()).toList();
    }

    /**
     * The planned writes and what lives on the trunk without being in the plan: endpoints, linked
     * lists and numbers the plan does not name (read here unless the read phase already did).
     */
    Drift drift() {
        if (trunkExists()) {
            Set<String> planned = lists.stream().map(l -> l.id).filter(Objects::nonNull).collect(Collectors.toSet());
            for (String id : backend.linkedAclIds(trunk.id())) {
                if (!planned.contains(id)) {
                    unmanaged.add(new ResourceRef(ResourceType.ACCESS_CONTROL_LIST_LINK, id, backend.acl(id).name()));
                }
            }
            for (String id : backend.linkedCredentialListIds(trunk.id())) {
                if (!planned.contains(id)) {
                    unmanaged.add(new ResourceRef(ResourceType.CREDENTIAL_LIST_LINK, id,
                            backend.credentialList(id).name()));
                }
            }
            Set<String> names = plan.wantedEndpoints().stream().map(SipEndpoint::name).collect(Collectors.toSet());
            backend.endpoints(trunk.id()).stream().filter(e -> !names.contains(e.name()))
                    .forEach(e -> unmanaged.add(new ResourceRef(ResourceType.ENDPOINT, e.id(), e.name())));
            Set<String> numbers = new HashSet<>(plan.phoneNumbers());
            backend.numbers(trunk.id()).stream().filter(n -> !numbers.contains(n.phoneNumber()))
                    .forEach(n -> unmanaged.add(new ResourceRef(ResourceType.PHONE_NUMBER, n.phoneNumber(),
                            n.phoneNumber())));
        }
        return new Drift(changes(), unmanaged);
    }

    /** Makes the planned writes; on a failure removes what this run created and throws. */
    ProvisioningResult execute(TrunkProvisioner provisioner) {
        Run run = new Run(settings, backend, changes().size());
        for (Step step : steps) {
            try {
                step.action().accept(run);
            } catch (RuntimeException e) {
                Change failed = step.changes().get(0);
                throw run.failed(failed, e);
            }
        }
        Instant lastChange = run.lastWrite() != null ? run.lastWrite() : newestServerTime;
        List<String> aclIds = lists.stream().filter(l -> !l.auth.isCredentialList()).map(l -> l.id).toList();
        List<String> credentialIds = lists.stream().filter(l -> l.auth.isCredentialList()).map(l -> l.id).toList();
        return new ProvisioningResult(plan.workflow(), trunk, run.changes(), aclIds, credentialIds,
                List.copyOf(endpoints.values()), plan.phoneNumbers(), lastChange, provisioner);
    }

    // ---- read phase ---------------------------------------------------------------------------

    private void readTrunk() {
        CreateSipTrunkRequest wanted = plan.trunk();
        Optional<SipTrunk> existing = backend.trunkWithDomain(settings.domainOf(wanted.hostName()));
        if (existing.isEmpty()) {
            ResourceRef ref = new ResourceRef(ResourceType.TRUNK, null, wanted.hostName());
            step(new Change(ChangeType.CREATE, ref, "domain " + settings.domainOf(wanted.hostName()),
                    createdFields(wanted)), run -> trunk = run.createTrunk(wanted));
            planOptions(backend.optionChanges(null), wanted.hostName());
            return;
        }
        trunk = existing.get();
        seen(trunk.createTime(), trunk.updateTime());
        List<FieldChange> diff = backend.trunkChanges(trunk, wanted);
        if (!diff.isEmpty()) {
            SipTrunk before = trunk;
            step(new Change(ChangeType.UPDATE, new ResourceRef(ResourceType.TRUNK, trunk.id(), trunk.hostName()),
                    Run.detail(diff), diff), run -> trunk = run.updateTrunk(before, wanted, diff));
        }
        planOptions(backend.optionChanges(trunk), trunk.hostName());
    }

    /** The carrier's own trunk options (Twilio options) that differ: one update after the trunk exists. */
    private void planOptions(List<FieldChange> options, String hostName) {
        if (options.isEmpty()) {
            return;
        }
        step(new Change(ChangeType.UPDATE, new ResourceRef(ResourceType.TRUNK, trunkExists() ? trunk.id() : null,
                hostName), Run.detail(options), options), run -> run.updateOptions(trunk.id(), hostName, options));
    }

    /** A new endpoint's fields, nothing before; on a carrier with weights, its origination weight too. */
    private List<FieldChange> createdFields(SipEndpoint wanted) {
        List<FieldChange> fields = new ArrayList<>();
        Diffs.field(fields, "kind", null, wanted instanceof RegisteredEndpoint ? "registered" : "static");
        if (wanted instanceof StaticEndpoint s) {
            Diffs.field(fields, "address", null, s.address());
            Diffs.field(fields, "port", null, s.port());
        } else if (wanted instanceof RegisteredEndpoint r) {
            Diffs.field(fields, "credentialUsername", null, r.credentialUsername());
        }
        Diffs.field(fields, "transport", null, wanted.transport());
        Diffs.field(fields, "priority", null, wanted.priority());
        Diffs.field(fields, "enabled", null, wanted.enabled());
        if (settings.carrier().supports(Capability.ORIGINATION_WEIGHT)) {
            Diffs.field(fields, "weight", null, plan.twilio().weightOf(wanted.name()));
        }
        return fields;
    }

    private static List<FieldChange> createdFields(CreateSipTrunkRequest wanted) {
        List<FieldChange> fields = new ArrayList<>();
        Diffs.field(fields, "name", null, wanted.name());
        Diffs.field(fields, "hostName", null, wanted.hostName());
        Diffs.field(fields, "enableCallerName", null, wanted.enableCallerName());
        Diffs.field(fields, "callForwardNumber", null, wanted.callForwardNumber());
        return fields;
    }

    private void readLists() {
        List<TrunkAuth> auths = plan.authLists().stream().distinct().toList();
        if (auths.isEmpty()) {
            return;
        }
        boolean anyAcl = auths.stream().anyMatch(a -> !a.isCredentialList());
        boolean anyCredentials = auths.stream().anyMatch(TrunkAuth::isCredentialList);
        Set<String> linkedAcls = trunkExists() && anyAcl
                ? new LinkedHashSet<>(backend.linkedAclIds(trunk.id())) : Set.of();
        Set<String> linkedCredentials = trunkExists() && anyCredentials
                ? new LinkedHashSet<>(backend.linkedCredentialListIds(trunk.id())) : Set.of();
        List<AccessControlList> linkedAclObjects = auths.stream().anyMatch(TrunkAuth.NewAccessControlList.class::isInstance)
                ? linkedAcls.stream().map(backend::acl).toList() : List.of();
        List<CredentialList> linkedCredentialObjects = auths.stream().anyMatch(TrunkAuth.NewCredentialList.class::isInstance)
                ? linkedCredentials.stream().map(backend::credentialList).toList() : List.of();
        Set<String> usernames = new HashSet<>();
        for (TrunkAuth auth : auths) {
            ListTarget target = readList(auth, linkedAclObjects, linkedCredentialObjects, usernames);
            target.linked = target.id != null
                    && (auth.isCredentialList() ? linkedCredentials : linkedAcls).contains(target.id);
            lists.add(target);
        }
        checkRegisteredUsernames(usernames);
        planLinks(false);
        planLinks(true);
    }

    private ListTarget readList(TrunkAuth auth, List<AccessControlList> linkedAcls,
                                List<CredentialList> linkedCredentials, Set<String> usernames) {
        if (auth instanceof TrunkAuth.NewAccessControlList n) {
            CreateAccessControlListRequest wanted = n.definition();
            Optional<AccessControlList> match = linkedAcls.stream().filter(a -> a.name().equals(wanted.name()))
                    .findFirst();
            ListTarget target = new ListTarget(auth, wanted.name(), match.map(AccessControlList::id).orElse(null));
            if (match.isEmpty()) {
                List<FieldChange> fields = new ArrayList<>();
                Diffs.field(fields, "name", null, wanted.name());
                Diffs.field(fields, "ipRanges", null, Diffs.describe(wanted).substring("ip ranges ".length()));
                step(new Change(ChangeType.CREATE, new ResourceRef(ResourceType.ACCESS_CONTROL_LIST, null,
                        wanted.name()), Diffs.describe(wanted), fields), run -> target.id = run.createAcl(wanted).id());
            } else {
                List<FieldChange> diff = backend.aclChanges(match.get(), wanted);
                if (!diff.isEmpty()) {
                    AccessControlList existing = match.get();
                    step(new Change(ChangeType.UPDATE, new ResourceRef(ResourceType.ACCESS_CONTROL_LIST,
                            existing.id(), existing.name()), Run.detail(diff), diff),
                            run -> run.updateAcl(existing, wanted, diff));
                }
            }
            return target;
        }
        if (auth instanceof TrunkAuth.NewCredentialList n) {
            List<NewCredential> wanted = n.definition().credentials();
            wanted.forEach(c -> usernames.add(c.username()));
            Optional<CredentialList> match = linkedCredentials.stream()
                    .filter(l -> l.name().equals(n.definition().name())).findFirst();
            ListTarget target = new ListTarget(auth, n.definition().name(), match.map(CredentialList::id).orElse(null));
            if (match.isEmpty()) {
                List<FieldChange> fields = new ArrayList<>();
                Diffs.field(fields, "name", null, target.name);
                wanted.forEach(c -> Diffs.field(fields, "credentials[" + c.username() + "].password", null, "***"));
                step(new Change(ChangeType.CREATE, new ResourceRef(ResourceType.CREDENTIAL_LIST, null, target.name),
                        wanted.size() + " user(s)", fields),
                        run -> target.id = run.createCredentialList(n.definition()).id());
            } else {
                planMissingUsers(match.get(), wanted);
            }
            return target;
        }
        if (auth instanceof TrunkAuth.ExistingAccessControlList e) {
            return new ListTarget(auth, backend.acl(e.id()).name(), e.id());
        }
        TrunkAuth.ExistingCredentialList e = (TrunkAuth.ExistingCredentialList) auth;
        CredentialList list = backend.credentialList(e.id());
        list.credentials().stream().map(Credential::username).forEach(usernames::add);
        return new ListTarget(auth, list.name(), e.id());
    }

    /**
     * Users the plan lists but the existing list lacks are added with their password (EST has no
     * separate operation to add a user; the per-user PUT creates a missing one). Passwords of
     * users already present are left alone: the server never returns them, so they cannot be
     * compared.
     */
    private void planMissingUsers(CredentialList existing, List<NewCredential> wanted) {
        Set<String> present = new HashSet<>();
        existing.credentials().forEach(c -> present.add(c.username()));
        for (NewCredential c : wanted) {
            if (!present.contains(c.username())) {
                step(new Change(ChangeType.UPDATE, new ResourceRef(ResourceType.CREDENTIAL_LIST, existing.id(),
                        existing.name()), "add user " + c.username(),
                        List.of(new FieldChange("credentials[" + c.username() + "].password", null, "***"))),
                        run -> run.addCredential(existing, c.username(), c.password()));
            }
        }
    }

    private void checkRegisteredUsernames(Set<String> usernames) {
        List<FieldViolation> violations = new ArrayList<>();
        List<SipEndpoint> wanted = plan.wantedEndpoints();
        for (int i = 0; i < wanted.size(); i++) {
            if (wanted.get(i) instanceof RegisteredEndpoint r && !usernames.contains(r.credentialUsername())) {
                violations.add(new FieldViolation("endpoints[" + i + "].credentialUsername", "no credential list of "
                        + "the plan holds \"" + r.credentialUsername() + "\" (the existing lists were read): add a "
                        + "list holding it; without one linked to the trunk every REGISTER fails with SIP 401"));
            }
        }
        if (!violations.isEmpty()) {
            throw new EstValidationException("ProvisioningPlan", violations);
        }
    }

    private void planLinks(boolean credentials) {
        List<ListTarget> toLink = lists.stream()
                .filter(l -> l.auth.isCredentialList() == credentials && !l.linked).toList();
        if (toLink.isEmpty()) {
            return;
        }
        List<Change> changes = toLink.stream().map(l -> new Change(ChangeType.LINK, l.linkRef(), "")).toList();
        steps.add(new Step(changes, run -> {
            List<ResourceRef> refs = toLink.stream().map(ListTarget::linkRef).toList();
            if (credentials) {
                run.linkCredentialLists(trunk.id(), refs);
            } else {
                run.linkAcls(trunk.id(), refs);
            }
        }));
    }

    private void readEndpoints() {
        if (plan.wantedEndpoints().isEmpty()) {
            return;
        }
        Map<String, SipEndpoint> existing = new LinkedHashMap<>();
        if (trunkExists()) {
            backend.endpoints(trunk.id()).forEach(e -> existing.putIfAbsent(e.name(), e));
        }
        for (SipEndpoint planned : plan.wantedEndpoints()) {
            SipEndpoint wanted = backend.effective(planned);
            SipEndpoint found = existing.get(wanted.name());
            if (found == null) {
                step(new Change(ChangeType.CREATE, new ResourceRef(ResourceType.ENDPOINT, null, wanted.name()),
                        Diffs.describe(wanted), createdFields(wanted)),
                        run -> endpoints.put(wanted.name(), run.createEndpoint(trunk.id(), wanted)));
                continue;
            }
            seen(found.createTime(), found.updateTime());
            endpoints.put(wanted.name(), found);
            List<FieldChange> diff = backend.endpointChanges(found, wanted);
            if (!diff.isEmpty()) {
                step(new Change(ChangeType.UPDATE, new ResourceRef(ResourceType.ENDPOINT, found.id(), found.name()),
                        Run.detail(diff), diff), run -> endpoints.put(wanted.name(), run.updateEndpoint(trunk.id(),
                        found, wanted, diff)));
            }
        }
    }

    private void readNumbers() {
        if (plan.phoneNumbers().isEmpty()) {
            return;
        }
        Set<String> assigned = new HashSet<>();
        if (trunkExists()) {
            for (PhoneNumber n : backend.numbers(trunk.id())) {
                assigned.add(n.phoneNumber());
                seen(n.createTime(), n.updateTime());
            }
        }
        backend.requireAssignable(plan.phoneNumbers(), "phoneNumbers");
        for (String number : plan.phoneNumbers()) {
            if (!assigned.contains(number)) {
                step(new Change(ChangeType.ASSIGN, new ResourceRef(ResourceType.PHONE_NUMBER, number, number), ""),
                        run -> run.assign(trunk.id(), number));
            }
        }
    }

    // ---- helpers ------------------------------------------------------------------------------

    private boolean trunkExists() {
        return trunk != null;
    }

    private void step(Change change, Consumer<Run> action) {
        steps.add(new Step(List.of(change), action));
    }

    /** Server timestamps count at whole seconds: the server's clock is not ours, sub-second is noise. */
    private void seen(Instant... times) {
        Stream.of(times).filter(Objects::nonNull).map(t -> t.truncatedTo(ChronoUnit.SECONDS)).forEach(t -> {
            if (newestServerTime == null || t.isAfter(newestServerTime)) {
                newestServerTime = t;
            }
        });
    }
}
