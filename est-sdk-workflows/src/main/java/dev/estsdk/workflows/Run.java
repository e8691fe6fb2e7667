package dev.estsdk.workflows;

import dev.estsdk.api.exception.EstException;
import dev.estsdk.api.exception.NotFoundException;
import dev.estsdk.api.model.AccessControlList;
import dev.estsdk.api.model.CreateAccessControlListRequest;
import dev.estsdk.api.model.CreateCredentialListRequest;
import dev.estsdk.api.model.CredentialList;
import dev.estsdk.api.model.PhoneNumber;
import dev.estsdk.api.model.Secret;
import dev.estsdk.api.model.SipEndpoint;
import dev.estsdk.api.model.CreateSipTrunkRequest;
import dev.estsdk.api.model.SipTrunk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The writes of one run (an apply or a {@link ProvisioningSteps} session): each write is logged
 * as a {@link Change}, reported to the listener, timed for the propagation window and, when it
 * created something, remembered so that {@link #rollback()} can remove it in reverse order.
 * Not thread-safe: a run belongs to one thread.
 */
final class Run {

    private static final Logger LOG = LoggerFactory.getLogger(Run.class);

    /** Margin for the difference between the local clock and the server's when matching create times. */
    private static final Duration CLOCK_SKEW = Duration.ofSeconds(5);

    /** A resource that a write whose outcome is unknown may have made, with its server-side creation time. */
    private record Candidate(String id, Instant createTime) {
    }

    /** How to remove one thing this run created. */
    private record Undo(ResourceRef resource, ChangeType type, Runnable action) {
    }

    /** What a rollback removed and what it could not. */
    record RollbackOutcome(List<ResourceRef> removed, List<FailedRemoval> failed) {
    }

    private final Settings settings;
    private final Backend backend;
    private final List<Change> changes = new ArrayList<>();
    private final Deque<Undo> undo = new ArrayDeque<>();
    private final List<FailedRemoval> unknown = new ArrayList<>();
    private int total;
    private Instant lastWrite;
    /**
     * The newest creation or update time, on the server's clock, of something this run wrote: a
     * list created no earlier than that was created by this run.
     */
    private Instant serverFloor;

    Run(Settings settings, int total) {
        this(settings, settings.backend(TwilioOptions.NONE), total);
    }

    Run(Settings settings, Backend backend, int total) {
        this.settings = settings;
        this.backend = backend;
        this.total = total;
    }

    List<Change> changes() {
        return List.copyOf(changes);
    }

    Instant lastWrite() {
        return lastWrite;
    }

    // ---- writes -------------------------------------------------------------------------------

    SipTrunk createTrunk(CreateSipTrunkRequest spec) {
        ResourceRef ref = new ResourceRef(ResourceType.TRUNK, null, spec.hostName());
        try {
            SipTrunk created = backend.createTrunk(spec);
            createdAt(created.createTime());
            String id = created.id();
            remember(ref.withId(id), () -> backend.deleteTrunk(id));
            done(new Change(ChangeType.CREATE, ref.withId(id), "domain " + created.domain()));
            return created;
        } catch (EstException e) {
            if (e.isOutcomeUnknown()) {
                // The read phase found no trunk with this domain, and domains are unique: one now is ours.
                findOrphans(ref, () -> backend.trunkWithDomain(settings.domainOf(spec.hostName()))
                        .map(SipTrunk::id).stream().toList(), id -> () -> backend.deleteTrunk(id));
            }
            throw e;
        }
    }

    SipTrunk updateTrunk(SipTrunk existing, CreateSipTrunkRequest wanted, List<FieldChange> fields) {
        SipTrunk updated = backend.updateTrunk(existing, wanted);
        createdAt(updated.updateTime());
        done(new Change(ChangeType.UPDATE, new ResourceRef(ResourceType.TRUNK, existing.id(), existing.hostName()),
                detail(fields), fields));
        return updated;
    }

    /** Sets the carrier's own trunk options that differ (Twilio options). */
    void updateOptions(String trunkId, String hostName, List<FieldChange> fields) {
        backend.updateOptions(trunkId, fields);
        done(new Change(ChangeType.UPDATE, new ResourceRef(ResourceType.TRUNK, trunkId, hostName), detail(fields),
                fields));
    }

    AccessControlList createAcl(CreateAccessControlListRequest spec) {
        ResourceRef ref = new ResourceRef(ResourceType.ACCESS_CONTROL_LIST, null, spec.name());
        Instant sent = settings.clock().instant();
        Set<String> before = backend.listsKnowTheirTrunks() ? Set.of() : aclIds(spec.name());
        String[] made = new String[1];
        try {
            AccessControlList created = backend.createAcl(spec, id -> {
                made[0] = id;
                remember(ref.withId(id), () -> backend.deleteAcl(id));
            });
            createdAt(created.createTime());
            done(new Change(ChangeType.CREATE, ref.withId(created.id()), Diffs.describe(spec)));
            return created;
        } catch (EstException e) {
            if (made[0] == null && e.isOutcomeUnknown()) {
                if (backend.listsKnowTheirTrunks()) {
                    findOwnOrNamed(ref, sent, () -> backend.aclsNamed(spec.name()).stream()
                            .filter(a -> a.trunks().isEmpty())
                            .map(a -> new Candidate(a.id(), a.createTime())).toList(),
                            id -> () -> backend.deleteAcl(id));
                } else {
                    findOrphans(ref, () -> aclIds(spec.name()).stream().filter(id -> !before.contains(id)).toList(),
                            id -> () -> backend.deleteAcl(id));
                }
            }
            throw e;
        }
    }

    private Set<String> aclIds(String name) {
        return backend.aclsNamed(name).stream().map(AccessControlList::id).collect(Collectors.toSet());
    }

    private Set<String> credentialListIds(String name) {
        return backend.credentialListsNamed(name).stream().map(CredentialList::id).collect(Collectors.toSet());
    }

    AccessControlList updateAcl(AccessControlList existing, CreateAccessControlListRequest wanted,
                                List<FieldChange> fields) {
        AccessControlList updated = backend.updateAcl(existing, wanted);
        done(new Change(ChangeType.UPDATE,
                new ResourceRef(ResourceType.ACCESS_CONTROL_LIST, existing.id(), existing.name()), detail(fields),
                fields));
        return updated;
    }

    CredentialList createCredentialList(CreateCredentialListRequest spec) {
        ResourceRef ref = new ResourceRef(ResourceType.CREDENTIAL_LIST, null, spec.name());
        Instant sent = settings.clock().instant();
        Set<String> before = backend.listsKnowTheirTrunks() ? Set.of() : credentialListIds(spec.name());
        String[] made = new String[1];
        try {
            CredentialList created = backend.createCredentialList(spec, id -> {
                made[0] = id;
                remember(ref.withId(id), () -> backend.deleteCredentialList(id));
            });
            createdAt(created.createTime());
            done(new Change(ChangeType.CREATE, ref.withId(created.id()), spec.credentials().size() + " user(s)"));
            return created;
        } catch (EstException e) {
            if (made[0] == null && e.isOutcomeUnknown()) {
                if (backend.listsKnowTheirTrunks()) {
                    findOwnOrNamed(ref, sent, () -> backend.credentialListsNamed(spec.name()).stream()
                            .filter(l -> !backend.credentialListInUse(l.id()))
                            .map(l -> new Candidate(l.id(), l.createTime())).toList(),
                            id -> () -> backend.deleteCredentialList(id));
                } else {
                    findOrphans(ref, () -> credentialListIds(spec.name()).stream()
                            .filter(id -> !before.contains(id)).toList(), id -> () -> backend.deleteCredentialList(id));
                }
            }
            throw e;
        }
    }

    void addCredential(CredentialList list, String username, Secret password) {
        backend.putCredential(list, username, password);
        done(new Change(ChangeType.UPDATE, new ResourceRef(ResourceType.CREDENTIAL_LIST, list.id(), list.name()),
                "add user " + username));
    }

    /** Links access control lists (one request on Sinch, one per list on Twilio); one change per list. */
    void linkAcls(String trunkId, List<ResourceRef> lists) {
        link(lists, linked -> backend.linkAcls(trunkId, ids(lists), linked),
                id -> () -> backend.unlinkAcl(trunkId, id));
    }

    /** Links credential lists (one request on Sinch, one per list on Twilio); one change per list. */
    void linkCredentialLists(String trunkId, List<ResourceRef> lists) {
        link(lists, linked -> backend.linkCredentialLists(trunkId, ids(lists), linked),
                id -> () -> backend.unlinkCredentialList(trunkId, id));
    }

    /**
     * Each list the backend reports linked is remembered for rollback at once; when a link's
     * outcome is unknown, the lists not reported are remembered too (an unlink of a list that was
     * not linked is a 404, counted as gone).
     */
    private void link(List<ResourceRef> lists, Consumer<Consumer<String>> call, Function<String, Runnable> unlink) {
        Set<String> linked = new HashSet<>();
        try {
            call.accept(id -> {
                linked.add(id);
                ResourceRef list = lists.stream().filter(l -> id.equals(l.id())).findFirst().orElseThrow();
                remember(list, ChangeType.UNLINK, unlink.apply(id));
                done(new Change(ChangeType.LINK, list, ""));
            });
        } catch (EstException e) {
            if (e.isOutcomeUnknown()) {
                lists.stream().filter(l -> !linked.contains(l.id()))
                        .forEach(l -> remember(l, ChangeType.UNLINK, unlink.apply(l.id())));
            }
            throw e;
        }
    }

    SipEndpoint createEndpoint(String trunkId, SipEndpoint spec) {
        ResourceRef ref = new ResourceRef(ResourceType.ENDPOINT, null, spec.name());
        try {
            SipEndpoint created = backend.createEndpoint(trunkId, spec);
            createdAt(created.createTime());
            remember(ref.withId(created.id()), () -> backend.deleteEndpoint(trunkId, created.id()));
            done(new Change(ChangeType.CREATE, ref.withId(created.id()), Diffs.describe(spec)));
            return created;
        } catch (EstException e) {
            if (e.isOutcomeUnknown()) {
                // The read phase found no endpoint of this name on the trunk: one now is ours.
                findOrphans(ref, () -> backend.endpoints(trunkId).stream()
                        .filter(x -> x.name().equals(spec.name())).map(SipEndpoint::id).toList(),
                        id -> () -> backend.deleteEndpoint(trunkId, id));
            }
            throw e;
        }
    }

    SipEndpoint updateEndpoint(String trunkId, SipEndpoint existing, SipEndpoint wanted, List<FieldChange> fields) {
        SipEndpoint updated = backend.updateEndpoint(trunkId, existing, wanted);
        done(new Change(ChangeType.UPDATE, new ResourceRef(ResourceType.ENDPOINT, existing.id(), existing.name()),
                detail(fields), fields));
        return updated;
    }

    PhoneNumber assign(String trunkId, String number) {
        ResourceRef ref = new ResourceRef(ResourceType.PHONE_NUMBER, number, number);
        try {
            PhoneNumber assigned = backend.assign(trunkId, number);
            remember(ref, ChangeType.UNASSIGN, () -> backend.unassign(number));
            done(new Change(ChangeType.ASSIGN, ref, ""));
            return assigned;
        } catch (EstException e) {
            if (e.isOutcomeUnknown()) {
                findOrphans(ref, () -> trunkId.equals(backend.number(number).sipTrunkId())
                        ? List.of(number) : List.of(), n -> () -> backend.unassign(n));
            }
            throw e;
        }
    }

    // ---- rollback -----------------------------------------------------------------------------

    /**
     * Removes what this run created, newest first; a 404 counts as already gone. Never throws: what
     * cannot be removed, for whatever reason, is reported in the outcome.
     */
    RollbackOutcome rollback() {
        List<ResourceRef> removed = new ArrayList<>();
        List<FailedRemoval> failed = new ArrayList<>(unknown);
        int steps = undo.size();
        int number = 0;
        while (!undo.isEmpty()) {
            Undo u = undo.pop();
            try {
                u.action().run();
            } catch (NotFoundException gone) {
                LOG.debug("Rollback: {} was already gone", u.resource());
            } catch (EstException e) {
                failed.add(new FailedRemoval(u.resource(), e.getMessage()));
                continue;
            } catch (RuntimeException e) {
                // e.g. a client closed meanwhile: the rest is still removed and the step's failure still reported
                failed.add(new FailedRemoval(u.resource(), e.getClass().getSimpleName() + ": " + e.getMessage()));
                continue;
            }
            removed.add(u.resource());
            Events.emit(settings.listener(), new StepEvent(StepEvent.Phase.ROLLBACK, ++number, steps,
                    new Change(u.type(), u.resource(), "")));
        }
        unknown.clear();
        return new RollbackOutcome(removed, failed);
    }

    /** Rolls back and wraps the failure of {@code failedStep}. */
    ProvisioningException failed(Change failedStep, RuntimeException cause) {
        RollbackOutcome outcome = rollback();
        List<Change> kept = changes.stream().filter(c -> c.type() == ChangeType.UPDATE).toList();
        return new ProvisioningException(failedStep, outcome.removed(), outcome.failed(), kept, cause);
    }

    // ---- helpers ------------------------------------------------------------------------------

    private void done(Change change) {
        changes.add(change);
        lastWrite = settings.clock().instant();
        total = Math.max(total, changes.size());
        Events.emit(settings.listener(), new StepEvent(StepEvent.Phase.APPLY, changes.size(), total, change));
    }

    private void remember(ResourceRef resource, Runnable action) {
        remember(resource, resource.type() == ResourceType.PHONE_NUMBER ? ChangeType.UNASSIGN : ChangeType.DELETE,
                action);
    }

    private void remember(ResourceRef resource, ChangeType type, Runnable action) {
        undo.push(new Undo(resource, type, action));
    }

    /**
     * After a write whose outcome is unknown, remembers for rollback what it may have made: the
     * trunk with the domain, the endpoint with the name, the number now on the trunk, or a list
     * with the name created since the request was sent (less a margin for clock skew) and linked
     * to no trunk. What cannot be looked up is reported, not guessed.
     */
    private void findOrphans(ResourceRef ref, Supplier<List<String>> candidates, Function<String, Runnable> delete) {
        try {
            candidates.get().forEach(id -> remember(ref.withId(id), delete.apply(id)));
        } catch (EstException lookup) {
            unknown.add(new FailedRemoval(ref, "the write may have reached the server (outcome unknown) and "
                    + "looking for its result failed (" + lookup.getMessage() + "); remove " + ref
                    + " by hand if present"));
        }
    }

    /**
     * After a create of a project-level list whose outcome is unknown: the read phase looked only at
     * the trunk's lists, so an unlinked list of the same name may be ours or may have been there
     * before. It is ours when the server created it no earlier than something else this run created
     * (both times on the server's clock, so no skew applies), or, when this run created nothing
     * before it, no earlier than the request was sent by the local clock less a margin. Any other
     * candidate is not removed but named in the exception, so no orphan goes unreported whatever
     * the skew between the clocks.
     */
    private void findOwnOrNamed(ResourceRef ref, Instant sent, Supplier<List<Candidate>> candidates,
                                Function<String, Runnable> delete) {
        findOrphans(ref, () -> {
            List<String> own = new ArrayList<>();
            for (Candidate c : candidates.get()) {
                if (isOwn(c.createTime(), sent)) {
                    own.add(c.id());
                } else {
                    unknown.add(new FailedRemoval(ref.withId(c.id()), "may have been created by this run: the create's "
                            + "answer was lost and this unlinked list of the same name was created at "
                            + c.createTime() + " (server clock), before anything this run made; delete it if this run "
                            + "made it"));
                }
            }
            return own;
        }, delete);
    }

    private boolean isOwn(Instant created, Instant sent) {
        if (created == null) {
            return false;
        }
        if (serverFloor != null) {
            return !created.isBefore(serverFloor);
        }
        return !created.isBefore(sent.minus(CLOCK_SKEW));
    }

    private void createdAt(Instant serverTime) {
        if (serverTime != null && (serverFloor == null || serverTime.isAfter(serverFloor))) {
            serverFloor = serverTime;
        }
    }

    private static List<String> ids(List<ResourceRef> lists) {
        return lists.stream().map(ResourceRef::id).toList();
    }

    static String detail(List<FieldChange> fields) {
        return String.join(", ", Diffs.words(fields));
    }
}
