package dev.estsdk.client.internal.resources;

import dev.estsdk.api.model.CountryPermission;
import feign.Headers;
import feign.Param;
import feign.Request;
import feign.RequestLine;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Country permissions on the wire (operations 39 to 41); not paged. */
interface CountryPermissionApi {

    @RequestLine("GET /v1/projects/{projectId}/countryPermissions")
    CompletableFuture<Permissions> list(@Param(value = "projectId", encoded = true) String projectId, Request.Options options);

    @RequestLine("GET /v1/projects/{projectId}/countryPermissions/{isoCode}")
    CompletableFuture<Permission> get(@Param(value = "projectId", encoded = true) String projectId,
                   @Param(value = "isoCode", encoded = true) String isoCode, Request.Options options);

    @RequestLine("PUT /v1/projects/{projectId}/countryPermissions/{isoCode}")
    @Headers("Content-Type: application/json")
    CompletableFuture<Permission> update(@Param(value = "projectId", encoded = true) String projectId,
                      @Param(value = "isoCode", encoded = true) String isoCode, JsonBody body,
                      Request.Options options);

    /** A country's permission as the server returns it; a missing {@code enabled} reads as the default, true. */
    record Permission(String isoCode, String name, String continent, List<String> countryDialingCodes,
                      Boolean enabled) {

        CountryPermission toModel() {
            return new CountryPermission(isoCode, name, continent, countryDialingCodes,
                    !Boolean.FALSE.equals(enabled));
        }
    }

    /** Every country's permission: {@code {"countryPermissions": [...]}}. */
    record Permissions(List<Permission> countryPermissions) {
    }
}
