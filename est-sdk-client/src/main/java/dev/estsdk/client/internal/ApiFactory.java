package dev.estsdk.client.internal;

/**
 * Builds the asynchronous Feign proxies of the EST wire interfaces: base URL, the shared
 * transport, JSON codec, headers and error decoder, no Feign-level retries. Each proxy is built
 * once per client and shared.
 */
public interface ApiFactory {

    /**
     * The proxy for a Feign interface whose request lines are absolute paths
     * ({@code GET /v1/projects/{projectId}/trunks/{sipTrunkId}}) and whose methods return
     * {@code CompletableFuture}s.
     *
     * @param apiType the Feign interface
     * @param <A>     its type
     * @return a thread-safe proxy
     */
    <A> A target(Class<A> apiType);
}
