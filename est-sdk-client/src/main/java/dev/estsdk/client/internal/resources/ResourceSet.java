package dev.estsdk.client.internal.resources;

import dev.estsdk.api.AccessControlLists;
import dev.estsdk.api.CredentialLists;
import dev.estsdk.api.SipEndpoints;
import dev.estsdk.api.SipTrunks;
import dev.estsdk.client.internal.ApiFactory;
import dev.estsdk.client.internal.CallRunner;

import java.util.Objects;

/**
 * Every EST resource of one project, implemented over Feign proxies from an {@link ApiFactory}
 * and run through a {@link CallRunner}. Built once per client; immutable and thread-safe.
 */
public final class ResourceSet {

    private final SipTrunks sipTrunks;
    private final SipEndpoints sipEndpoints;
    private final AccessControlLists accessControlLists;
    private final CredentialLists credentialLists;

    /**
     * Builds the resources of a project.
     *
     * @param projectId the project every call is made for
     * @param apis      builds the Feign proxies
     * @param calls     runs every call
     * @throws dev.estsdk.api.exception.EstValidationException if the project id could not be one
     *         path segment (blank, {@code .}, {@code ..}, or holding {@code /}, {@code \} or a
     *         control character)
     */
    public ResourceSet(String projectId, ApiFactory apis, CallRunner calls) {
        Objects.requireNonNull(apis, "apis");
        Objects.requireNonNull(calls, "calls");
        String project = PathSegments.encode("projectId", projectId);
        this.sipTrunks = new SipTrunksResource(project, apis.target(SipTrunkApi.class), calls);
        this.sipEndpoints = new SipEndpointsResource(project, apis.target(SipEndpointApi.class), calls);
        this.accessControlLists = new AccessControlListsResource(project,
                apis.target(AccessControlListApi.class), calls);
        this.credentialLists = new CredentialListsResource(project, apis.target(CredentialListApi.class), calls);
    }

    /**
     * SIP trunks and their links to access control lists and credential lists.
     *
     * @return the trunk operations
     */
    public SipTrunks sipTrunks() {
        return sipTrunks;
    }

    /**
     * The endpoints of trunks: where inbound calls are delivered.
     *
     * @return the endpoint operations
     */
    public SipEndpoints sipEndpoints() {
        return sipEndpoints;
    }

    /**
     * Access control lists and their IP ranges: who may send outbound calls, by source IP.
     *
     * @return the access control list operations
     */
    public AccessControlLists accessControlLists() {
        return accessControlLists;
    }

    /**
     * Credential lists: SIP digest users and their passwords.
     *
     * @return the credential list operations
     */
    public CredentialLists credentialLists() {
        return credentialLists;
    }
}
