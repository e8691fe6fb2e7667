package dev.estsdk.client.internal.resources;

import dev.estsdk.api.AccessControlLists;
import dev.estsdk.api.CallBlockingRules;
import dev.estsdk.api.Calls;
import dev.estsdk.api.CountryPermissions;
import dev.estsdk.api.CredentialLists;
import dev.estsdk.api.PhoneNumbers;
import dev.estsdk.api.Projects;
import dev.estsdk.api.SipEndpoints;
import dev.estsdk.api.SipTrunks;
import dev.estsdk.client.internal.ApiFactory;
import dev.estsdk.client.internal.CallRunner;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Every EST resource of one project, implemented over Feign proxies from an {@link ApiFactory}
 * and run through a {@link CallRunner}. Built once per client; thread-safe. Each resource, and the
 * Feign proxy under it, is made on first use: building a proxy parses its interface's annotations,
 * and a client that only ever calls one resource should not pay for all nine.
 */
public final class ResourceSet {

    private final Lazy<SipTrunks> sipTrunks;
    private final Lazy<SipEndpoints> sipEndpoints;
    private final Lazy<AccessControlLists> accessControlLists;
    private final Lazy<CredentialLists> credentialLists;
    private final Lazy<PhoneNumbers> phoneNumbers;
    private final Lazy<CountryPermissions> countryPermissions;
    private final Lazy<Calls> calls;
    private final Lazy<CallBlockingRules> callBlockingRules;
    private final Lazy<Projects> projects;

    /**
     * Builds the resources of a project.
     *
     * @param projectId the project every call is made for
     * @param apis      builds the Feign proxies
     * @param runner    runs every call
     * @throws dev.estsdk.api.exception.EstValidationException if the project id could not be one
     *         path segment (blank, {@code .}, {@code ..}, or holding {@code /}, {@code \} or a
     *         control character)
     */
    public ResourceSet(String projectId, ApiFactory apis, CallRunner runner) {
        Objects.requireNonNull(apis, "apis");
        Objects.requireNonNull(runner, "runner");
        String project = PathSegments.encode("projectId", projectId);
        this.sipTrunks = new Lazy<>(() -> new SipTrunksResource(project, apis.target(SipTrunkApi.class), runner));
        this.sipEndpoints = new Lazy<>(() -> new SipEndpointsResource(project, apis.target(SipEndpointApi.class),
                runner));
        this.accessControlLists = new Lazy<>(() -> new AccessControlListsResource(project,
                apis.target(AccessControlListApi.class), runner));
        this.credentialLists = new Lazy<>(() -> new CredentialListsResource(project,
                apis.target(CredentialListApi.class), runner));
        this.phoneNumbers = new Lazy<>(() -> new PhoneNumbersResource(project, apis.target(PhoneNumberApi.class),
                runner));
        this.countryPermissions = new Lazy<>(() -> new CountryPermissionsResource(project,
                apis.target(CountryPermissionApi.class), runner));
        this.calls = new Lazy<>(() -> new CallsResource(project, apis.target(CallApi.class), runner));
        this.callBlockingRules = new Lazy<>(() -> new CallBlockingRulesResource(project,
                apis.target(CallBlockingRuleApi.class), runner));
        this.projects = new Lazy<>(() -> new ProjectsResource(project, apis.target(ProjectApi.class), runner));
    }

    /**
     * SIP trunks and their links to access control lists and credential lists.
     *
     * @return the trunk operations
     */
    public SipTrunks sipTrunks() {
        return sipTrunks.get();
    }

    /**
     * The endpoints of trunks: where inbound calls are delivered.
     *
     * @return the endpoint operations
     */
    public SipEndpoints sipEndpoints() {
        return sipEndpoints.get();
    }

    /**
     * Access control lists and their IP ranges: who may send outbound calls, by source IP.
     *
     * @return the access control list operations
     */
    public AccessControlLists accessControlLists() {
        return accessControlLists.get();
    }

    /**
     * Credential lists: SIP digest users and their passwords.
     *
     * @return the credential list operations
     */
    public CredentialLists credentialLists() {
        return credentialLists.get();
    }

    /**
     * The project's phone numbers and their assignment to trunks.
     *
     * @return the phone number operations
     */
    public PhoneNumbers phoneNumbers() {
        return phoneNumbers.get();
    }

    /**
     * Which countries the project may call.
     *
     * @return the country permission operations
     */
    public CountryPermissions countryPermissions() {
        return countryPermissions.get();
    }

    /**
     * Call detail records, CSV export and packet captures.
     *
     * @return the call record operations
     */
    public Calls calls() {
        return calls.get();
    }

    /**
     * Rules that block calls by direction, country and number prefix.
     *
     * @return the call blocking rule operations
     */
    public CallBlockingRules callBlockingRules() {
        return callBlockingRules.get();
    }

    /**
     * Enabling EST on further projects.
     *
     * @return the project operations
     */
    public Projects projects() {
        return projects.get();
    }

    /** A value made once, on first use, by whichever thread asks first; later reads take no lock. */
    private static final class Lazy<T> implements Supplier<T> {

        private final Supplier<T> factory;
        private volatile T value;

        Lazy(Supplier<T> factory) {
            this.factory = factory;
        }

        @Override
        public T get() {
            T current = value;
            if (current == null) {
                synchronized (this) {
                    current = value;
                    if (current == null) {
                        current = factory.get();
                        value = current;
                    }
                }
            }
            return current;
        }
    }
}
