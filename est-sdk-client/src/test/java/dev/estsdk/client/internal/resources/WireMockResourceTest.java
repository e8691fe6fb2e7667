package dev.estsdk.client.internal.resources;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the resources against WireMock on 127.0.0.1 through plain Feign, project {@code proj-1}.
 * Each test stubs the exchange, calls the resource and checks the one request that went out.
 */
abstract class WireMockResourceTest {

    static final String PROJECT = "proj-1";
    static final String BASE = "/v1/projects/" + PROJECT;

    @RegisterExtension
    static final WireMockExtension WIRE_MOCK = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    PassThroughRunner runner;
    ResourceSet resources;

    @BeforeEach
    void startResources() {
        runner = new PassThroughRunner();
        resources = new ResourceSet(PROJECT, new TestApiFactory(WIRE_MOCK.baseUrl()), runner);
    }

    static void stub(MappingBuilder request, ResponseDefinitionBuilder response) {
        WIRE_MOCK.stubFor(request.willReturn(response));
    }

    static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    static ResponseDefinitionBuilder noContent() {
        return aResponse().withStatus(204);
    }

    /** The only request that reached the server. */
    static LoggedRequest onlyRequest() {
        List<LoggedRequest> requests = WIRE_MOCK.findAll(anyRequestedFor(anyUrl()));
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }

    static List<String> urls() {
        return requests().stream().map(LoggedRequest::getUrl).toList();
    }

    static List<LoggedRequest> requests() {
        return WIRE_MOCK.findAll(anyRequestedFor(anyUrl()));
    }
}
