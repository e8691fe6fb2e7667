package dev.estsdk.client.internal.resources;

import dev.estsdk.api.Page;
import dev.estsdk.api.async.AsyncCountryPermissions;
import dev.estsdk.api.async.AsyncPagedIterable;
import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.FieldViolation;
import dev.estsdk.api.model.CountryPermission;
import dev.estsdk.api.model.FieldRules;
import dev.estsdk.api.model.UpdateCountryPermissionRequest;
import dev.estsdk.core.internal.Operation;
import dev.estsdk.client.internal.resources.CountryPermissionApi.Permission;
import dev.estsdk.client.internal.resources.CountryPermissionApi.Permissions;

import java.util.concurrent.CompletableFuture;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/** {@link AsyncCountryPermissions} over {@link CountryPermissionApi}. */
final class CountryPermissionsResource implements AsyncCountryPermissions {

    private static final String PERMISSIONS = "/v1/projects/{projectId}/countryPermissions";
    private static final String PERMISSION = PERMISSIONS + "/{isoCode}";

    static final Operation LIST = new Operation("GetCountryPermissions", "GET", PERMISSIONS);
    static final Operation GET = new Operation("GetCountryPermission", "GET", PERMISSION);
    static final Operation UPDATE = new Operation("UpdateCountryPermission", "PUT", PERMISSION);

    private final String project;
    private final CountryPermissionApi api;
    private final Runner calls;

    CountryPermissionsResource(String encodedProjectId, CountryPermissionApi api, Runner calls) {
        this.project = encodedProjectId;
        this.api = api;
        this.calls = calls;
    }

    @Override
    public AsyncPagedIterable<CountryPermission> list() {
        // One response holds every country: a listing of one page, whatever page size is asked for.
        return AsyncPagedIterable.of((pageNumber, pageSize) -> {
            if (pageNumber > 1) {
                return CompletableFuture.completedFuture(new Page<>(List.of(), pageNumber, pageSize,
                        OptionalLong.empty(), false));
            }
            return Runner.map(calls.execute(LIST, opts -> api.list(project, opts)), all -> {
                List<CountryPermission> items = all == null || all.countryPermissions() == null
                        ? List.<CountryPermission>of()
                        : all.countryPermissions().stream().filter(Objects::nonNull).map(Permission::toModel).toList();
                return new Page<>(items, 1, pageSize, OptionalLong.of(items.size()), false);
            });
        }, Integer.MAX_VALUE, Integer.MAX_VALUE);
    }

    @Override
    public CompletableFuture<CountryPermission> get(String isoCode) {
        String code = isoCode(isoCode);
        return calls.fetch(GET, opts -> api.get(project, code, opts), Permission::toModel);
    }

    @Override
    public CompletableFuture<CountryPermission> update(UpdateCountryPermissionRequest request) {
        String code = PathSegments.encode("isoCode", Objects.requireNonNull(request, "request").isoCode());
        JsonBody body = JsonBody.forReplacement().put("enabled", request.enabled());
        return calls.fetch(UPDATE, opts -> api.update(project, code, body, opts), Permission::toModel);
    }

    private static String isoCode(String isoCode) {
        FieldRules.isoAlpha2(isoCode).ifPresent(rule -> {
            throw new EstValidationException("CountryPermissions", List.of(new FieldViolation("isoCode", rule)));
        });
        return PathSegments.encode("isoCode", isoCode);
    }
}
