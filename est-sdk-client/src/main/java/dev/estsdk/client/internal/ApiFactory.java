package dev.estsdk.client.internal;

/**
 * Builds Feign proxies configured for EST: base URL, the JDK HTTP transport, the shared JSON
 * codec, authentication and request-id headers, the error decoder, and no Feign-level retries.
 */
public interface ApiFactory {

    /**
     * Builds a proxy for a Feign interface whose request lines are absolute paths
     * ({@code GET /v1/projects/{projectId}/trunks/{sipTrunkId}}).
     *
     * @param apiType the Feign interface
     * @param <A> its type
     * @return a thread-safe proxy
     */
    <A> A target(Class<A> apiType);
}
