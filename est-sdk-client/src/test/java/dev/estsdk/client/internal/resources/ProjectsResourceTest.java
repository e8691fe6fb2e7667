package dev.estsdk.client.internal.resources;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.estsdk.api.exception.EstValidationException;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.estsdk.client.internal.resources.Requests.assertJsonBody;
import static dev.estsdk.client.internal.resources.Requests.assertSent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProjectsResourceTest extends WireMockResourceTest {

    @Test
    void add_postsTheIdsAndReturnsThoseAdded() {
        stub(post(urlEqualTo(BASE + "/addProjects")),
                json(200, "{\"addedProjects\":[\"babywolf-howl-over-hill-silverforest\"]}"));

        List<String> added = resources.projects().add(List.of("babywolf-howl-over-hill-silverforest", "already-on"));

        assertThat(added).containsExactly("babywolf-howl-over-hill-silverforest");
        LoggedRequest request = onlyRequest();
        assertSent(request, "POST", BASE + "/addProjects");
        assertJsonBody(request, "{\"projectIds\":[\"babywolf-howl-over-hill-silverforest\",\"already-on\"]}");
        assertThat(runner.names()).containsExactly("AddEstProjects");
    }

    @Test
    void add_whenNothingAdded_returnsEmpty() {
        stub(post(urlEqualTo(BASE + "/addProjects")), json(200, "{}"));

        assertThat(resources.projects().add(List.of("already-on"))).isEmpty();
    }

    @Test
    void add_whenNoIdOrABlankOne_failsBeforeAnyRequest() {
        assertThatThrownBy(() -> resources.projects().add(List.of()))
                .isInstanceOf(EstValidationException.class).hasMessageContaining("projectIds");
        assertThatThrownBy(() -> resources.projects().add(Arrays.asList("p1", null)))
                .isInstanceOf(EstValidationException.class).hasMessageContaining("projectIds[1]");
        assertThat(requests()).isEmpty();
    }
}
