package dev.estsdk.client.internal.resources;

import dev.estsdk.api.async.AsyncAccessControlLists;
import dev.estsdk.api.async.AsyncCallBlockingRules;
import dev.estsdk.api.async.AsyncCalls;
import dev.estsdk.api.async.AsyncCountryPermissions;
import dev.estsdk.api.async.AsyncCredentialLists;
import dev.estsdk.api.async.AsyncPhoneNumbers;
import dev.estsdk.api.async.AsyncProjects;
import dev.estsdk.api.async.AsyncSipEndpoints;
import dev.estsdk.api.async.AsyncSipTrunks;
import dev.estsdk.api.async.EstAsyncApi;
import dev.estsdk.client.internal.ApiFactory;
import dev.estsdk.core.EstResponse;
import dev.estsdk.core.internal.Pipeline;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Every EST resource of one project, implemented over the asynchronous Feign proxies of an
 * {@link ApiFactory} and started on the {@link Pipeline}. Thread-safe; each resource is made on
 * first use (the proxies themselves are shared by the factory).
 */
public final class AsyncResources implements EstAsyncApi {

    private final String projectId;
    private final String project;
    private final ApiFactory apis;
    private final Runner runner;
    private final Lazy<AsyncSipTrunks> sipTrunks;
    private final Lazy<AsyncSipEndpoints> sipEndpoints;
    private final Lazy<AsyncAccessControlLists> accessControlLists;
    private final Lazy<AsyncCredentialLists> credentialLists;
    private final Lazy<AsyncPhoneNumbers> phoneNumbers;
    private final Lazy<AsyncCountryPermissions> countryPermissions;
    private final Lazy<AsyncCalls> calls;
    private final Lazy<AsyncCallBlockingRules> callBlockingRules;
    private final Lazy<AsyncProjects> projects;

    /**
     * The resources of a project.
     *
     * @param projectId the project every call is made for
     * @param apis      the Feign proxies
     * @param pipeline  runs every call
     * @throws dev.estsdk.api.exception.EstValidationException if the project id cannot be one path segment
     */
    public AsyncResources(String projectId, ApiFactory apis, Pipeline pipeline) {
        this(projectId, apis, new Runner(pipeline));
    }

    private AsyncResources(String projectId, ApiFactory apis, Runner runner) {
        this.projectId = projectId;
        this.project = PathSegments.encode("projectId", projectId);
        this.apis = Objects.requireNonNull(apis, "apis");
        this.runner = runner;
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
     * The same resources, also handing every response to a sink.
     *
     * @param responses sees each call's response
     * @return new resources over the same proxies and pipeline
     */
    public AsyncResources capturing(Consumer<EstResponse<?>> responses) {
        return new AsyncResources(projectId, apis, runner.capturing(responses));
    }

    @Override
    public String projectId() {
        return projectId;
    }

    @Override
    public AsyncSipTrunks sipTrunks() {
        return sipTrunks.get();
    }

    @Override
    public AsyncSipEndpoints sipEndpoints() {
        return sipEndpoints.get();
    }

    @Override
    public AsyncAccessControlLists accessControlLists() {
        return accessControlLists.get();
    }

    @Override
    public AsyncCredentialLists credentialLists() {
        return credentialLists.get();
    }

    @Override
    public AsyncPhoneNumbers phoneNumbers() {
        return phoneNumbers.get();
    }

    @Override
    public AsyncCountryPermissions countryPermissions() {
        return countryPermissions.get();
    }

    @Override
    public AsyncCalls calls() {
        return calls.get();
    }

    @Override
    public AsyncCallBlockingRules callBlockingRules() {
        return callBlockingRules.get();
    }

    @Override
    public AsyncProjects projects() {
        return projects.get();
    }
}
