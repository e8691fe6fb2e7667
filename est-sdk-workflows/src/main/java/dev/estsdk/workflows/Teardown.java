package dev.estsdk.workflows;

import dev.estsdk.api.exception.BadRequestException;
import dev.estsdk.api.exception.EstException;
import dev.estsdk.api.exception.NotFoundException;
import dev.estsdk.api.model.PhoneNumber;
import dev.estsdk.api.model.SipEndpoint;
import dev.estsdk.api.model.SipTrunk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Removes a trunk and what hangs on it, discovered from the server, in the reverse of the
 * creation order: unassign numbers, delete endpoints, unlink lists, delete the trunk, then
 * optionally delete the unlinked lists no other trunk uses. A 404 counts as already gone.
 */
final class Teardown {

    private static final Logger LOG = LoggerFactory.getLogger(Teardown.class);

    /** One removal: what it removes and how. */
    private record Removal(Change change, Runnable action) {
    }

    private final Settings settings;
    private final Backend backend;
    private final String trunkId;
    private final ListCleanup cleanup;
    private final List<Change> done = new ArrayList<>();
    private final List<FailedRemoval> failures = new ArrayList<>();
    private final List<ResourceRef> kept = new ArrayList<>();
    private int total;

    Teardown(Settings settings, String trunkId, ListCleanup cleanup) {
        this.settings = settings;
        this.backend = settings.backend(TwilioOptions.NONE);
        this.trunkId = trunkId;
        this.cleanup = cleanup;
    }

    TeardownResult run() {
        Optional<SipTrunk> trunk = find();
        if (trunk.isEmpty()) {
            return new TeardownResult(trunkId, List.of(), List.of());
        }
        List<PhoneNumber> numbers = backend.numbers(trunkId);
        List<SipEndpoint> endpoints = backend.endpoints(trunkId);
        List<String> acls = backend.linkedAclIds(trunkId);
        List<String> credentialLists = backend.linkedCredentialListIds(trunkId);

        List<Removal> removals = new ArrayList<>();
        numbers.forEach(n -> removals.add(new Removal(new Change(ChangeType.UNASSIGN,
                new ResourceRef(ResourceType.PHONE_NUMBER, n.phoneNumber(), n.phoneNumber()), ""),
                () -> backend.unassign(n.phoneNumber()))));
        endpoints.forEach(e -> removals.add(new Removal(new Change(ChangeType.DELETE,
                new ResourceRef(ResourceType.ENDPOINT, e.id(), e.name()), ""),
                () -> backend.deleteEndpoint(trunkId, e.id()))));
        acls.forEach(id -> removals.add(new Removal(new Change(ChangeType.UNLINK,
                new ResourceRef(ResourceType.ACCESS_CONTROL_LIST_LINK, id, null), ""),
                () -> backend.unlinkAcl(trunkId, id))));
        credentialLists.forEach(id -> removals.add(new Removal(new Change(ChangeType.UNLINK,
                new ResourceRef(ResourceType.CREDENTIAL_LIST_LINK, id, null), ""),
                () -> backend.unlinkCredentialList(trunkId, id))));
        removals.add(new Removal(new Change(ChangeType.DELETE,
                new ResourceRef(ResourceType.TRUNK, trunkId, trunk.get().hostName()), ""),
                () -> backend.deleteTrunk(trunkId)));
        total = removals.size() + (cleanup == ListCleanup.DELETE_UNUSED_LISTS ? acls.size() + credentialLists.size() : 0);
        removals.forEach(this::remove);

        if (cleanup == ListCleanup.DELETE_UNUSED_LISTS) {
            acls.forEach(id -> deleteIfUnused(new ResourceRef(ResourceType.ACCESS_CONTROL_LIST, id, null),
                    () -> !backend.aclInUse(id), () -> backend.deleteAcl(id)));
            credentialLists.forEach(id -> deleteIfUnused(new ResourceRef(ResourceType.CREDENTIAL_LIST, id, null),
                    () -> !backend.credentialListInUse(id), () -> backend.deleteCredentialList(id)));
        } else {
            acls.forEach(id -> kept.add(new ResourceRef(ResourceType.ACCESS_CONTROL_LIST, id, null)));
            credentialLists.forEach(id -> kept.add(new ResourceRef(ResourceType.CREDENTIAL_LIST, id, null)));
        }
        if (!failures.isEmpty()) {
            throw new TeardownException(done, failures);
        }
        return new TeardownResult(trunkId, done, kept);
    }

    private Optional<SipTrunk> find() {
        try {
            return Optional.of(backend.trunk(trunkId));
        } catch (NotFoundException gone) {
            return Optional.empty();
        }
    }

    private void remove(Removal removal) {
        try {
            removal.action().run();
        } catch (NotFoundException alreadyGone) {
            LOG.debug("Teardown: {} was already gone", removal.change().resource());
        } catch (EstException e) {
            failures.add(new FailedRemoval(removal.change().resource(), e.getMessage()));
            return;
        } catch (RuntimeException e) {
            // e.g. a client closed meanwhile: the rest is still attempted and this one named as left behind
            failures.add(new FailedRemoval(removal.change().resource(), unexpected(e)));
            return;
        }
        done.add(removal.change());
        Events.emit(settings.listener(), new StepEvent(StepEvent.Phase.TEARDOWN, done.size(), total,
                removal.change()));
    }

    private void deleteIfUnused(ResourceRef list, BooleanSupplier unused, Runnable delete) {
        try {
            if (!unused.getAsBoolean()) {
                kept.add(list);
                return;
            }
            delete.run();
        } catch (NotFoundException alreadyGone) {
            return;
        } catch (BadRequestException stillReferenced) {
            // e.g. another trunk's endpoint registers with a username of this credential list
            LOG.info("Kept {}: {}", list, stillReferenced.getMessage());
            kept.add(list);
            return;
        } catch (EstException e) {
            failures.add(new FailedRemoval(list, e.getMessage()));
            return;
        } catch (RuntimeException e) {
            failures.add(new FailedRemoval(list, unexpected(e)));
            return;
        }
        Change change = new Change(ChangeType.DELETE, list, "no trunk uses it");
        done.add(change);
        Events.emit(settings.listener(), new StepEvent(StepEvent.Phase.TEARDOWN, done.size(), total, change));
    }

    private static String unexpected(RuntimeException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
