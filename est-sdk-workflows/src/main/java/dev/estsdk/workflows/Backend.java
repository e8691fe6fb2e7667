package dev.estsdk.workflows;

import dev.estsdk.api.model.AccessControlList;
import dev.estsdk.api.model.CreateAccessControlListRequest;
import dev.estsdk.api.model.CreateCredentialListRequest;
import dev.estsdk.api.model.CreateSipTrunkRequest;
import dev.estsdk.api.model.CredentialList;
import dev.estsdk.api.model.PhoneNumber;
import dev.estsdk.api.model.Secret;
import dev.estsdk.api.model.SipEndpoint;
import dev.estsdk.api.model.SipTrunk;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the carrier-neutral engine (apply, rollback, teardown, propagation, bulk numbers,
 * diagnostics, drift, export) needs of a carrier, in the terms of the API model: a trunk is a
 * {@link SipTrunk}, an inbound target a {@link SipEndpoint} (a Twilio origination URL reads as a
 * static endpoint), a list an {@link AccessControlList} or {@link CredentialList}, a number a
 * {@link PhoneNumber}. One instance serves one run and may cache what it read; not thread-safe
 * unless said so. Not part of the public API.
 */
interface Backend {

    /** The carrier this backend talks to. */
    Carrier carrier();

    /**
     * Refuses, before any request, a plan that asks for what the carrier lacks or breaks one of
     * its rules (password policy, name lengths, IPv6 ranges…).
     *
     * @throws UnsupportedCapabilityException naming each refused field and the carrier
     * @throws dev.estsdk.api.exception.EstValidationException for a carrier rule the plan breaks
     */
    void refuse(ProvisioningPlan plan);

    /**
     * Checks, by reading only, that numbers can be assigned (Twilio: the account owns them).
     *
     * @param field the field to name, e.g. {@code phoneNumbers}; violations read {@code field[i]}
     * @throws dev.estsdk.api.exception.EstValidationException listing every unusable number
     */
    void requireAssignable(List<String> numbers, String field);

    // ---- trunks ---------------------------------------------------------------------------------

    Optional<SipTrunk> trunkWithDomain(String domain);

    /** The trunk; {@code NotFoundException} when it does not exist. */
    SipTrunk trunk(String trunkId);

    SipTrunk createTrunk(CreateSipTrunkRequest spec);

    /** The carrier-neutral trunk fields that differ; empty when none. */
    List<FieldChange> trunkChanges(SipTrunk live, CreateSipTrunkRequest wanted);

    SipTrunk updateTrunk(SipTrunk live, CreateSipTrunkRequest wanted);

    /**
     * The carrier's own trunk options that differ from those asked for (Twilio options); a null
     * trunk means a trunk about to be created. Empty when none are asked for.
     */
    List<FieldChange> optionChanges(@Nullable SipTrunk live);

    /** Writes the options asked for that differ. */
    void updateOptions(String trunkId, List<FieldChange> changes);

    void deleteTrunk(String trunkId);


    // ---- lists ----------------------------------------------------------------------------------

    List<String> linkedAclIds(String trunkId);

    List<String> linkedCredentialListIds(String trunkId);

    AccessControlList acl(String id);

    CredentialList credentialList(String id);

    /** Every list of the account or project with the name. */
    List<AccessControlList> aclsNamed(String name);

    /** Every list of the account or project with the name. */
    List<CredentialList> credentialListsNamed(String name);

    /**
     * Whether a list's own record says which trunks use it (Sinch). When it does not (Twilio), a
     * create whose outcome is unknown is found by the lists of its name that did not exist before.
     */
    boolean listsKnowTheirTrunks();

    /** Creates a list with its ranges; {@code created} hears the id as soon as the list exists. */
    AccessControlList createAcl(CreateAccessControlListRequest spec, Consumer<String> created);

    List<FieldChange> aclChanges(AccessControlList live, CreateAccessControlListRequest wanted);

    AccessControlList updateAcl(AccessControlList live, CreateAccessControlListRequest wanted);

    /** Creates a list with its users; {@code created} hears the id as soon as the list exists. */
    CredentialList createCredentialList(CreateCredentialListRequest spec, Consumer<String> created);

    /** Adds a user to a list (or sets its password). */
    void putCredential(CredentialList list, String username, Secret password);

    void deleteAcl(String id);

    void deleteCredentialList(String id);

    /** Whether a trunk uses the list. */
    boolean aclInUse(String id);

    /** Whether a trunk uses the list. */
    boolean credentialListInUse(String id);

    /** Links lists to the trunk; {@code linked} hears each id once it is linked. */
    void linkAcls(String trunkId, List<String> ids, Consumer<String> linked);

    /** Links lists to the trunk; {@code linked} hears each id once it is linked. */
    void linkCredentialLists(String trunkId, List<String> ids, Consumer<String> linked);

    void unlinkAcl(String trunkId, String id);

    void unlinkCredentialList(String trunkId, String id);

    // ---- endpoints ------------------------------------------------------------------------------

    List<SipEndpoint> endpoints(String trunkId);

    /** The endpoint as this carrier will hold it (Twilio: TLS on a secure trunk). */
    SipEndpoint effective(SipEndpoint wanted);

    /** The fields of a live endpoint that differ from the wanted one, carrier fields included. */
    List<FieldChange> endpointChanges(SipEndpoint live, SipEndpoint wanted);

    SipEndpoint createEndpoint(String trunkId, SipEndpoint spec);

    SipEndpoint updateEndpoint(String trunkId, SipEndpoint live, SipEndpoint wanted);

    void deleteEndpoint(String trunkId, String endpointId);

    /** The weight of a live endpoint's origination URL, or null where endpoints have none. */
    @Nullable Integer weightOf(SipEndpoint live);

    // ---- numbers --------------------------------------------------------------------------------

    List<PhoneNumber> numbers(String trunkId);

    PhoneNumber number(String e164);

    PhoneNumber assign(String trunkId, String e164);

    void unassign(String e164);

    // ---- diagnostics and export -----------------------------------------------------------------

    /**
     * The carrier's finding for a carrier-neutral one (the symptom and fix in its own terms), or
     * empty where it does not apply on this carrier.
     */
    Optional<FindingType> finding(FindingType generic, SipTrunk trunk);

    /** Findings only this carrier has, from what the engine read. */
    List<Finding> carrierFindings(SipTrunk trunk, List<String> aclIds, List<String> credentialListIds,
                                  List<SipEndpoint> endpoints, List<PhoneNumber> numbers);

    /** The options of a live trunk as a plan would ask for them; {@link TwilioOptions#NONE} on Sinch. */
    TwilioOptions liveOptions(SipTrunk trunk, List<SipEndpoint> endpoints);
}
