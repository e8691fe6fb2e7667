package dev.estsdk.api.async;

import dev.estsdk.api.model.CountryPermission;
import dev.estsdk.api.model.UpdateCountryPermissionRequest;
import java.util.concurrent.CompletableFuture;

/**
 * The asynchronous form of {@link dev.estsdk.api.CountryPermissions}: the same operations, rules and
 * exceptions, documented there. Each method returns at once; its future completes with the
 * result or fails with the {@link dev.estsdk.api.exception.EstException} the synchronous method
 * would throw, and no thread waits meanwhile. Input that breaks a rule is refused at once, before
 * any request: {@link dev.estsdk.api.exception.EstValidationException}, or
 * {@link NullPointerException} for a null argument. Cancelling a future cancels its call.
 */
public interface AsyncCountryPermissions {

    /**
     * Lists the country permissions.
     *
     * @return the lazy listing; nothing is fetched yet
     */
    AsyncPagedIterable<CountryPermission> list();

    /**
     * Reads one country's permission.
     *
     * @param isoCode see the synchronous method
     * @return the future result
     */
    CompletableFuture<CountryPermission> get(String isoCode);

    /**
     * Replaces one country's permission, a full replacement.
     *
     * @param request see the synchronous method
     * @return the future result
     */
    CompletableFuture<CountryPermission> update(UpdateCountryPermissionRequest request);

    /**
     * Replaces one country's permission with the given {@code enabled}.
     *
     * @param isoCode see the synchronous method
     * @param enabled see the synchronous method
     * @return the future result
     */
    default CompletableFuture<CountryPermission> update(String isoCode, boolean enabled) {
        return update(UpdateCountryPermissionRequest.builder(isoCode).enabled(enabled).build());
    }
}
