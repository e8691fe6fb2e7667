package dev.estsdk.api.async;

import dev.estsdk.api.model.CountryPermission;
import dev.estsdk.api.model.UpdateCountryPermissionRequest;
import java.util.concurrent.CompletableFuture;

/**
 * The asynchronous form of {@link dev.estsdk.api.CountryPermissions}, returning futures.
 * Operations, rules and exceptions are documented there; how futures fail, in the package overview.
 */
public interface AsyncCountryPermissions {

    /**
     * {@return every country's permission; see {@link dev.estsdk.api.CountryPermissions#list()}}
     */
    AsyncPagedIterable<CountryPermission> list();

    /**
     * {@return a future of the permission; see
     * {@link dev.estsdk.api.CountryPermissions#get(String)}}
     * @param isoCode ISO 3166-1 alpha-2 in upper case
     */
    CompletableFuture<CountryPermission> get(String isoCode);

    /**
     * {@return a future of the updated permission; see
     * {@link dev.estsdk.api.CountryPermissions#update(UpdateCountryPermissionRequest)}}
     * @param request the country and its wanted {@code enabled}
     */
    CompletableFuture<CountryPermission> update(UpdateCountryPermissionRequest request);

    /**
     * {@return a future of the updated permission; see
     * {@link dev.estsdk.api.CountryPermissions#update(String, boolean)}}
     * @param isoCode ISO 3166-1 alpha-2 in upper case
     * @param enabled true to allow calls
     */
    default CompletableFuture<CountryPermission> update(String isoCode, boolean enabled) {
        return update(UpdateCountryPermissionRequest.builder(isoCode).enabled(enabled).build());
    }
}
