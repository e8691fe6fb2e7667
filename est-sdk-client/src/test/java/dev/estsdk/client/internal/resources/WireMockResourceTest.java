package dev.estsdk.client.internal.resources;

import dev.estsdk.api.Sleeper;
import dev.estsdk.client.EstCredentials;
import dev.estsdk.client.internal.ApiFactory;
import dev.estsdk.client.internal.ClientConfig;
import dev.estsdk.client.internal.ClientRuntime;
import dev.estsdk.core.RetryPolicy;
import org.junit.jupiter.api.AfterEach;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;

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
 * Runs the resources against WireMock on 127.0.0.1 through the client's own runtime with one
 * attempt per call, project {@code proj-1}. Each test stubs the exchange, calls the resource and
 * checks the one request that went out.
 */
abstract class WireMockResourceTest {

    static final String PROJECT = "proj-1";
    static final String BASE = "/v1/projects/" + PROJECT;

    @RegisterExtension
    static final WireMockExtension WIRE_MOCK = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    OperationLog runner;
    ClientRuntime runtime;
    SyncResources resources;

    @BeforeEach
    void startResources() {
        runner = new OperationLog();
        runtime = ClientRuntime.create(new ClientConfig("unused", EstCredentials.basic("test-key", "test-secret-0123"),
                URI.create(WIRE_MOCK.baseUrl()), URI.create(WIRE_MOCK.baseUrl() + "/oauth2/token"),
                Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30), RetryPolicy.none(),
                "est-sdk-test", null, null, runner, false, Clock.systemUTC(), Sleeper.system()));
        resources = resourcesFor(PROJECT, runtime.apis());
    }

    @AfterEach
    void stopRuntime() {
        runtime.close();
    }

    /** The synchronous resources of a project over the given proxies and this test's pipeline. */
    SyncResources resourcesFor(String project, ApiFactory apis) {
        return new SyncResources(new AsyncResources(project, apis, runtime.pipeline()));
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
