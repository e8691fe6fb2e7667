package dev.estsdk.client.internal.resources;

import dev.estsdk.api.CountryPermissions;
import dev.estsdk.api.model.CountryPermission;
import dev.estsdk.client.internal.CallRunner;
import dev.estsdk.client.internal.Operation;
import dev.estsdk.client.internal.resources.CountryPermissionApi.Permission;
import dev.estsdk.client.internal.resources.CountryPermissionApi.Permissions;

import java.util.List;
import java.util.Objects;

/** {@link CountryPermissions} over {@link CountryPermissionApi}. */
final class CountryPermissionsResource implements CountryPermissions {

    private static final String PERMISSIONS = "/v1/projects/{projectId}/countryPermissions";
    private static final String PERMISSION = PERMISSIONS + "/{isoCode}";

    static final Operation LIST = new Operation("GetCountryPermissions", "GET", PERMISSIONS);
    static final Operation GET = new Operation("GetCountryPermission", "GET", PERMISSION);
    static final Operation UPDATE = new Operation("UpdateCountryPermission", "PUT", PERMISSION);

    private final String project;
    private final CountryPermissionApi api;
    private final CallRunner calls;

    CountryPermissionsResource(String encodedProjectId, CountryPermissionApi api, CallRunner calls) {
        this.project = encodedProjectId;
        this.api = api;
        this.calls = calls;
    }

    @Override
    public List<CountryPermission> list() {
        Permissions all = calls.execute(LIST, opts -> api.list(project, opts));
        return all == null || all.countryPermissions() == null ? List.of()
                : all.countryPermissions().stream().filter(Objects::nonNull).map(Permission::toModel).toList();
    }

    @Override
    public CountryPermission get(String isoCode) {
        String code = isoCode(isoCode);
        return Exchanges.fetch(calls, GET, opts -> api.get(project, code, opts), Permission::toModel);
    }

    @Override
    public CountryPermission update(String isoCode, CountryPermission permission) {
        String code = isoCode(isoCode);
        JsonBody body = JsonBody.forReplacement()
                .put("enabled", Objects.requireNonNull(permission, "permission").enabled());
        return Exchanges.fetch(calls, UPDATE, opts -> api.update(project, code, body, opts), Permission::toModel);
    }

    /** Checks the code with the model's ISO alpha-2 rule, so the message is the builder's. */
    private static String isoCode(String isoCode) {
        return PathSegments.encode("isoCode", CountryPermission.builder().isoCode(isoCode).build().isoCode());
    }
}
