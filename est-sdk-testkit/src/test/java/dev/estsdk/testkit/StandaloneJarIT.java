package dev.estsdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the shaded {@code -standalone} jar as its own {@code java} process, as users do: it must
 * start, print how to reach it, answer real calls, reject bad flags in one line and stop cleanly.
 */
class StandaloneJarIT {

    private static final Duration PROCESS_LIMIT = Duration.ofSeconds(60);
    private static final String READY = "Ready in ";
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private static Path jar;

    @BeforeAll
    static void findJar() {
        String location = System.getProperty("standalone.jar");
        assertThat(location).as("system property standalone.jar, set by the build").isNotBlank();
        jar = Path.of(location);
        assertThat(jar).as("the shaded jar built by the package phase").isRegularFile();
    }

    @Test
    void standaloneJar_startsOnTheGivenPort_answersBasicAndOAuthCalls_andStops() throws Exception {
        int port = freePort();
        long launched = System.nanoTime();
        Process process = launch("--port", String.valueOf(port));
        try {
            LineReader out = new LineReader(process.getInputStream());
            List<String> banner = out.linesUntil(READY);
            long readyMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - launched);

            String baseUrl = "http://127.0.0.1:" + port;
            assertThat(banner).contains("EST simulator running", "  base URL    " + baseUrl,
                    "  auth URL    " + baseUrl + "/oauth2/token", "  project id  sim-project",
                    "  key id      sim-key", "  key secret  sim-secret-0123456789");

            HttpResponse<String> trunks = send(HttpRequest.newBuilder(URI.create(baseUrl
                    + "/v1/projects/sim-project/trunks")).header("Authorization",
                    EstHttp.basic("sim-key", "sim-secret-0123456789")).GET());
            long answeredMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - launched);
            System.out.printf("standalone jar: '%s'; ready line after %d ms, first answer after %d ms%n",
                    banner.get(banner.size() - 1), readyMillis, answeredMillis);
            assertThat(trunks.statusCode()).isEqualTo(200);
            assertThat(json(trunks).get("totalItems").asInt()).isZero();

            HttpResponse<String> token = send(HttpRequest.newBuilder(URI.create(baseUrl + "/oauth2/token"))
                    .header("Authorization", EstHttp.basic("sim-key", "sim-secret-0123456789"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")));
            assertThat(token.statusCode()).isEqualTo(200);
            JsonNode issued = json(token);
            assertThat(issued.get("token_type").asText()).isEqualTo("bearer");
            assertThat(issued.get("expires_in").asInt()).isEqualTo(3600);

            HttpResponse<String> withBearer = send(HttpRequest.newBuilder(URI.create(baseUrl
                    + "/v1/projects/sim-project/trunks")).header("Authorization", "Bearer "
                    + issued.get("access_token").asText()).GET());
            assertThat(withBearer.statusCode()).isEqualTo(200);

            // SIGTERM through the handle: Process.destroy() would also close the output being read.
            assertThat(process.toHandle().destroy()).isTrue();
            assertThat(process.waitFor(PROCESS_LIMIT.toSeconds(), TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
            assertThat(out.rest()).contains("EST simulator stopped.");
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void help_printsTheUsage_andExitsZero() throws Exception {
        Finished help = run("--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).startsWith("Usage: java -jar est-sdk-testkit-<version>-standalone.jar")
                .contains("--port <n>", "--token-ttl <duration>");
        assertThat(help.err()).isEmpty();
    }

    @Test
    void badFlag_printsOneErrorLine_andExits2() throws Exception {
        Finished bad = run("--no-such-flag");

        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err().lines().toList()).containsExactly("error: unknown option --no-such-flag (see --help)");
        assertThat(bad.out()).isEmpty();
    }

    @Test
    void portInUse_printsOneErrorLine_andExits2() throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Finished clash = run("--port", String.valueOf(busy.getLocalPort()));

            assertThat(clash.exitCode()).isEqualTo(2);
            assertThat(clash.err().lines().toList())
                    .containsExactly("error: port " + busy.getLocalPort() + " on 127.0.0.1 is already in use");
        }
    }

    private static Process launch(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).start();
    }

    /** Runs the jar to completion and collects what it printed. */
    private static Finished run(String... args) throws Exception {
        Process process = launch(args);
        try {
            process.getOutputStream().close();
            byte[] out = process.getInputStream().readAllBytes();
            byte[] err = process.getErrorStream().readAllBytes();
            assertThat(process.waitFor(PROCESS_LIMIT.toSeconds(), TimeUnit.SECONDS)).as("exits by itself").isTrue();
            return new Finished(process.exitValue(), new String(out, StandardCharsets.UTF_8),
                    new String(err, StandardCharsets.UTF_8));
        } finally {
            process.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return CLIENT.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return new ObjectMapper().readTree(response.body());
    }

    /** What a finished process printed. */
    private record Finished(int exitCode, String out, String err) {
    }

    /** Reads a process's output on its own thread, so the test can wait for a line with a limit. */
    private static final class LineReader {
        private static final String END = "\u0000end";
        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

        LineReader(InputStream stream) {
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                    in.lines().forEach(lines::add);
                } catch (IOException | UncheckedIOException e) {
                    lines.add("(output unreadable: " + e + ")");
                } finally {
                    lines.add(END);
                }
            }, "standalone-jar-output");
            reader.setDaemon(true);
            reader.start();
        }

        /** @return the lines up to and including the first that starts with {@code prefix} */
        List<String> linesUntil(String prefix) throws InterruptedException {
            List<String> seen = new ArrayList<>();
            while (true) {
                String line = lines.poll(PROCESS_LIMIT.toSeconds(), TimeUnit.SECONDS);
                if (line == null || line.equals(END)) {
                    throw new AssertionError("no line starting with '" + prefix + "'; output was " + seen);
                }
                seen.add(line);
                if (line.startsWith(prefix)) {
                    return seen;
                }
            }
        }

        /** @return every remaining line, once the output has ended */
        List<String> rest() throws InterruptedException {
            List<String> seen = new ArrayList<>();
            for (String line = lines.poll(PROCESS_LIMIT.toSeconds(), TimeUnit.SECONDS);
                    line != null && !line.equals(END); line = lines.poll(PROCESS_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                seen.add(line);
            }
            return seen;
        }
    }
}
