package dev.estsdk.client.internal.resources;

import dev.estsdk.api.exception.EstValidationException;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.estsdk.client.internal.resources.Requests.assertSent;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResourceSetTest extends WireMockResourceTest {

    @Test
    void constructor_whenProjectIdCouldLeaveItsSegment_failsNamingIt() {
        TestApiFactory apis = new TestApiFactory(WIRE_MOCK.baseUrl());

        assertThatThrownBy(() -> new ResourceSet("../other", apis, runner))
                .isInstanceOf(EstValidationException.class).hasMessageContaining("projectId");
        assertThatThrownBy(() -> new ResourceSet(" ", apis, runner))
                .isInstanceOf(EstValidationException.class).hasMessageContaining("projectId");
    }

    @Test
    void everyCall_sendsTheProjectIdAsOneEncodedSegment() {
        stub(get(urlEqualTo("/v1/projects/team%20a%2Bb/trunks/t1")), json(200, SipTrunksResourceTest.TRUNK_JSON));
        ResourceSet team = new ResourceSet("team a+b", new TestApiFactory(WIRE_MOCK.baseUrl()), runner);

        team.sipTrunks().get("t1");

        assertSent(onlyRequest(), "GET", "/v1/projects/team%20a%2Bb/trunks/t1");
    }
}
