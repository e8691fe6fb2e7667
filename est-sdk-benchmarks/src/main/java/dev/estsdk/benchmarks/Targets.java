package dev.estsdk.benchmarks;

import dev.estsdk.benchmarks.generated.ApiClient;
import dev.estsdk.benchmarks.generated.api.SipTrunksApi;
import dev.estsdk.benchmarks.raw.RawDatabindEst;
import dev.estsdk.benchmarks.raw.RawEst;
import dev.estsdk.client.EstClient;
import dev.estsdk.client.EstCredentials;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Builds the clients the comparisons use against one server: the SDK's {@link EstClient}, the
 * hand-written {@link RawEst} (Jackson tree) and {@link RawDatabindEst} (Jackson databind into
 * records), and the client openapi-generator generates from the published spec. All
 * authenticate with HTTP Basic, so that each logical call is exactly one request on every side,
 * except {@link #sdkWithOAuth}, which fetches a token first as the official Node SDK does.
 */
public final class Targets {

    private Targets() {
    }

    /**
     * @param baseUrl the server
     * @param projectId the project
     * @param keyId the access key id
     * @param keySecret the access key secret
     * @return an SDK client with Basic credentials and otherwise default settings
     */
    public static EstClient sdk(String baseUrl, String projectId, String keyId, String keySecret) {
        return EstClient.builder()
                .projectId(projectId)
                .credentials(EstCredentials.basic(keyId, keySecret))
                .baseUrl(baseUrl)
                .build();
    }

    /**
     * @param baseUrl the server
     * @param projectId the project
     * @param keyId the access key id
     * @param keySecret the access key secret
     * @return the hand-written client
     */
    public static RawEst raw(String baseUrl, String projectId, String keyId, String keySecret) {
        return RawEst.basic(baseUrl, projectId, keyId, keySecret);
    }

    /**
     * @param baseUrl the server
     * @param projectId the project
     * @param keyId the access key id
     * @param keySecret the access key secret
     * @return the hand-written client that decodes into records
     */
    public static RawDatabindEst rawDatabind(String baseUrl, String projectId, String keyId, String keySecret) {
        return RawDatabindEst.basic(baseUrl, projectId, keyId, keySecret);
    }

    /**
     * The openapi-generator client set up as its README shows: the base URI, a request
     * interceptor that adds the {@code Authorization} header (the {@code native} library has no
     * authentication of its own) and a read timeout; its {@link java.net.http.HttpClient} is the
     * generator's default.
     *
     * @param baseUrl the server
     * @param keyId the access key id
     * @param keySecret the access key secret
     * @return the generated trunk API; the project id is a parameter of each of its calls
     */
    public static SipTrunksApi generated(String baseUrl, String keyId, String keySecret) {
        String basic = "Basic " + Base64.getEncoder().encodeToString((keyId + ":" + keySecret).getBytes(StandardCharsets.UTF_8));
        ApiClient api = new ApiClient();
        api.updateBaseUri(baseUrl);
        api.setRequestInterceptor(request -> request.header("Authorization", basic));
        api.setReadTimeout(Duration.ofSeconds(30));
        return new SipTrunksApi(api);
    }

    /**
     * @param baseUrl the server
     * @param authUrl its token endpoint
     * @param projectId the project
     * @param keyId the access key id
     * @param keySecret the access key secret
     * @return an SDK client that authenticates with an OAuth2 client-credentials token
     */
    public static EstClient sdkWithOAuth(String baseUrl, String authUrl, String projectId, String keyId,
            String keySecret) {
        return EstClient.builder()
                .projectId(projectId)
                .credentials(EstCredentials.oauth(keyId, keySecret))
                .baseUrl(baseUrl)
                .authUrl(authUrl)
                .build();
    }
}
