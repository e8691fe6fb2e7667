package dev.estsdk.benchmarks;

import dev.estsdk.benchmarks.raw.RawEst;
import dev.estsdk.client.EstClient;
import dev.estsdk.client.EstCredentials;

/**
 * Builds the two clients every comparison uses against one server: the SDK's {@link EstClient}
 * and the hand-written {@link RawEst}, both authenticating with HTTP Basic so that each logical
 * call is exactly one request on either side.
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
}
