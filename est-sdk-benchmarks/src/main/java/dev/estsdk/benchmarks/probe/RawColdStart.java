package dev.estsdk.benchmarks.probe;

import dev.estsdk.benchmarks.stub.Payloads;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Row 6, baseline, run in a fresh JVM with nothing but the JDK: the same first call as
 * {@link SdkColdStart} with {@link HttpClient} alone (the body is read as text, not parsed), then
 * {@value ChildJvm#READY}.
 */
public final class RawColdStart {

    private RawColdStart() {
    }

    /**
     * @param args the stub's base URL
     * @throws IOException if the call fails
     * @throws InterruptedException if interrupted
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
        String basic = Base64.getEncoder().encodeToString((Payloads.KEY_ID + ":" + Payloads.KEY_SECRET).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(args[0] + "/v1/projects/" + Payloads.PROJECT_ID + "/trunks/" + Payloads.TRUNK_ID))
                .header("Accept", "application/json").header("Authorization", "Basic " + basic)
                .timeout(Duration.ofSeconds(30)).GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode());
        }
        System.out.println(ChildJvm.READY + " " + response.body().length());
    }
}
