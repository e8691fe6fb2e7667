package dev.estsdk.workflows;

import dev.estsdk.api.model.SipEndpoint;
import dev.estsdk.api.model.SipTrunk;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an apply did: the workflow, the trunk and its SIP domain, every resource it created,
 * changed, linked or assigned, and when the last of those writes happened. Immutable and
 * thread-safe.
 *
 * <p>Send SIP traffic to {@link #domain()}, never to the generic {@code trunk.pstn.sinch.com},
 * and only after {@link #awaitPropagation()}.
 */
public final class ProvisioningResult {

    private final @Nullable Workflow workflow;
    private final SipTrunk trunk;
    private final List<Change> changes;
    private final List<String> accessControlListIds;
    private final List<String> credentialListIds;
    private final List<SipEndpoint> endpoints;
    private final List<String> phoneNumbers;
    private final Instant lastChangeAt;
    private final TrunkProvisioner provisioner;

    ProvisioningResult(@Nullable Workflow workflow, SipTrunk trunk, List<Change> changes, List<String> accessControlListIds,
                       List<String> credentialListIds, List<SipEndpoint> endpoints, List<String> phoneNumbers,
                       Instant lastChangeAt, TrunkProvisioner provisioner) {
        this.workflow = workflow;
        this.trunk = Objects.requireNonNull(trunk, "trunk");
        this.changes = List.copyOf(changes);
        this.accessControlListIds = List.copyOf(accessControlListIds);
        this.credentialListIds = List.copyOf(credentialListIds);
        this.endpoints = List.copyOf(endpoints);
        this.phoneNumbers = List.copyOf(phoneNumbers);
        this.lastChangeAt = lastChangeAt;
        this.provisioner = provisioner;
    }

    /**
     * The plan's workflow; null for a result of {@link ProvisioningSteps}, which follows no plan.
     *
     * @return the workflow letter, or null
     */
    public @Nullable Workflow workflow() {
        return workflow;
    }

    /**
     * The trunk as the server last returned it.
     *
     * @return the trunk
     */
    public SipTrunk trunk() {
        return trunk;
    }

    /**
     * The trunk's id.
     *
     * @return the id
     */
    public String trunkId() {
        return trunk.id();
    }

    /**
     * The SIP domain to send INVITEs and REGISTERs to: {@code {hostName}.pstn.sinch.com}.
     *
     * @return the domain
     */
    public String domain() {
        return trunk.domain();
    }

    /**
     * Every write of the run, in order, with the resources' ids. Empty when the trunk already
     * matched the plan.
     *
     * @return the changes, unmodifiable
     */
    public List<Change> changes() {
        return changes;
    }

    /**
     * The resources the run created.
     *
     * @return the resources, unmodifiable
     */
    public List<ResourceRef> created() {
        return changes.stream().filter(c -> c.type() == ChangeType.CREATE).map(Change::resource).toList();
    }

    /**
     * Whether the run wrote nothing: the trunk already matched the plan.
     *
     * @return true when there were no changes
     */
    public boolean isUnchanged() {
        return changes.isEmpty();
    }

    /**
     * The ids of the access control lists of the plan, linked to the trunk.
     *
     * @return the ids, unmodifiable
     */
    public List<String> accessControlListIds() {
        return accessControlListIds;
    }

    /**
     * The ids of the credential lists of the plan, linked to the trunk.
     *
     * @return the ids, unmodifiable
     */
    public List<String> credentialListIds() {
        return credentialListIds;
    }

    /**
     * The plan's endpoints as the server returned them.
     *
     * @return the endpoints, unmodifiable
     */
    public List<SipEndpoint> endpoints() {
        return endpoints;
    }

    /**
     * The plan's numbers, assigned to the trunk.
     *
     * @return the numbers, unmodifiable
     */
    public List<String> phoneNumbers() {
        return phoneNumbers;
    }

    /**
     * When the last change relevant to the SIP edge happened: the last write of the run on the
     * provisioner's clock, or, when the run wrote nothing, the newest server timestamp (at whole
     * seconds) of the trunk and of the endpoints and numbers the plan names. Links carry no
     * timestamp, so a link made by an earlier run is not seen here.
     *
     * @return the instant, empty when nothing is known
     */
    public Optional<Instant> lastChangeAt() {
        return Optional.ofNullable(lastChangeAt);
    }

    /**
     * Verifies with GETs that the links, endpoints and numbers are visible, then waits only the
     * rest of the propagation window counted from {@link #lastChangeAt()}: one wait at most (none
     * when the window has passed), on the provisioner's clock and sleeper.
     *
     * @return what was verified and how long it waited
     * @throws PropagationException if something written is not visible
     * @throws dev.estsdk.api.exception.EstException if a GET fails
     * @throws WorkflowException if the thread is interrupted while waiting (interrupt flag set)
     */
    public PropagationReport awaitPropagation() {
        return provisioner.awaitPropagation(this);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof ProvisioningResult r && workflow == r.workflow && trunk.equals(r.trunk)
                && changes.equals(r.changes) && accessControlListIds.equals(r.accessControlListIds)
                && credentialListIds.equals(r.credentialListIds) && endpoints.equals(r.endpoints)
                && phoneNumbers.equals(r.phoneNumbers) && Objects.equals(lastChangeAt, r.lastChangeAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(workflow, trunk, changes, accessControlListIds, credentialListIds, endpoints, phoneNumbers,
                lastChangeAt);
    }

    /**
     * Describes the result.
     *
     * @return the workflow, domain and changes
     */
    @Override
    public String toString() {
        return "ProvisioningResult[workflow=" + workflow + ", trunkId=" + trunk.id() + ", domain=" + trunk.domain()
                + ", changes=" + changes + "]";
    }
}
