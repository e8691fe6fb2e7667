package dev.estsdk.testkit.internal.api;

import dev.estsdk.testkit.internal.http.ApiResponse;

/** Serves one EST operation. */
@FunctionalInterface
public interface Handler {

    /**
     * @param ctx the request and the locked project
     * @return the response
     * @throws dev.estsdk.testkit.internal.http.ApiException when the request is refused
     */
    ApiResponse handle(OperationContext ctx);
}
