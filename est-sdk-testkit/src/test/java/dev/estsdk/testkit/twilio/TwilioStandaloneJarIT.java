package dev.estsdk.testkit.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs the shaded {@code -standalone} jar with {@code --carrier twilio} as its own process, as
 * other languages use it: it prints the URLs and a {@code Ready} line, serves both APIs on the one
 * port with the given credentials, resets over HTTP and stops.
 */
class TwilioStandaloneJarIT {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    @Test
    void standaloneJar_carrierTwilio_servesBothApis_withTheGivenAccount_andResets() throws Exception {
        String jar = System.getProperty("standalone.jar");
        assertThat(jar).as("system property standalone.jar, set by the build").isNotBlank();
        String account = "AC" + "cd".repeat(16);
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar,
                "--carrier", "twilio", "--port", "0", "--account-sid", account, "--auth-token", "standalone-token",
                "--owned-numbers", "+15005550006");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            List<String> banner = CompletableFuture.supplyAsync(() -> linesUntilReady(out)).get(LIMIT.toSeconds(),
                    TimeUnit.SECONDS);
            String trunkingLine = banner.stream().filter(l -> l.contains("Trunking v1 URL")).findFirst().orElseThrow();
            String base = trunkingLine.substring(trunkingLine.indexOf("http://")).replace("/v1", "").trim();
            assertThat(banner).anyMatch(l -> l.contains(account)).anyMatch(l -> l.contains("+15005550006"));

            String auth = TwilioHttp.basic(account, "standalone-token");
            HttpResponse<String> trunk = TwilioHttp.CLIENT.send(HttpRequest.newBuilder(URI.create(base + "/v1/Trunks"))
                    .header("Authorization", auth).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("DomainName=standalone.pstn.twilio.com"))
                    .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(trunk.statusCode()).isEqualTo(201);
            HttpResponse<String> numbers = TwilioHttp.CLIENT.send(HttpRequest.newBuilder(URI.create(base
                    + "/2010-04-01/Accounts/" + account + "/IncomingPhoneNumbers.json?PhoneNumber=%2B15005550006"))
                    .header("Authorization", auth).timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(numbers.statusCode()).isEqualTo(200);
            assertThat(numbers.body()).contains("+15005550006");
            HttpResponse<String> reset = TwilioHttp.CLIENT.send(HttpRequest.newBuilder(URI.create(base + "/_simulator/reset"))
                    .POST(HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(reset.statusCode()).isEqualTo(204);
            HttpResponse<String> after = TwilioHttp.CLIENT.send(HttpRequest.newBuilder(URI.create(base + "/v1/Trunks"))
                    .header("Authorization", auth).timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(after.body()).contains("\"trunks\":[]");
        } finally {
            process.destroy();
            assertThat(process.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
        }
    }

    private static List<String> linesUntilReady(BufferedReader out) {
        List<String> seen = new ArrayList<>();
        try {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                seen.add(line);
                if (line.startsWith("Ready")) {
                    return seen;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("no Ready line; output was " + seen);
    }
}
