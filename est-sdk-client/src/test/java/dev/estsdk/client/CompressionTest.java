package dev.estsdk.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.estsdk.api.model.SipTrunk;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code compression(true)} asks for gzip and inflates it; the JDK client would hand back the raw bytes. */
class CompressionTest {

    private static final String TRUNKS = "/v1/projects/p1/trunks";

    @RegisterExtension
    static final WireMockExtension SERVER = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").gzipDisabled(true)).build();

    private static EstClient client(boolean compression) {
        return EstClient.builder().projectId("p1").credentials(EstCredentials.basic("key", "secret-0123456789"))
                .baseUrl(SERVER.baseUrl()).compression(compression).build();
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    @Test
    void compression_asksForGzip_andReadsTheInflatedPage() throws IOException {
        String page = "{\"trunks\":[{\"id\":\"t1\",\"hostName\":\"acme\"},{\"id\":\"t2\",\"hostName\":\"beta\"}],"
                + "\"totalItems\":2,\"pageNumber\":1,\"pageSize\":500}";
        SERVER.stubFor(get(urlPathEqualTo(TRUNKS)).withHeader("Accept-Encoding", equalTo("gzip"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withHeader("Content-Encoding", "gzip").withBody(gzip(page))));
        try (EstClient est = client(true)) {
            List<SipTrunk> trunks = est.sipTrunks().list().stream().toList();

            assertThat(trunks).extracting(SipTrunk::hostName).containsExactly("acme", "beta");
        }
    }

    @Test
    void withoutCompression_noGzipIsAskedFor() {
        SERVER.stubFor(get(urlPathEqualTo(TRUNKS)).willReturn(okJson("{\"trunks\":[]}")));
        try (EstClient est = client(false)) {
            est.sipTrunks().list().stream().toList();
        }
        SERVER.verify(getRequestedFor(urlPathEqualTo(TRUNKS)).withHeader("Accept-Encoding", absent()));
    }

    @Test
    void compression_ofAnErrorBody_isReadToo() throws IOException {
        SERVER.stubFor(get(urlPathEqualTo(TRUNKS + "/t1")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Encoding", "gzip")
                .withBody(gzip("{\"code\":404,\"status\":\"NOT_FOUND\",\"message\":\"no trunk t1\"}"))));
        try (EstClient est = client(true)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> est.sipTrunks().get("t1"))
                    .hasMessageContaining("no trunk t1");
        }
    }
}
