package dev.estsdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ProjectApiTest {

    @RegisterExtension
    static EstSimulatorExtension est = EstSimulatorExtension.create();

    private EstHttp http;

    @BeforeEach
    void setUp() {
        http = new EstHttp(est.simulator());
    }

    @Test
    void addProjects_returnsOnlyNewlyAddedIds_andTheyBecomeUsable() {
        Reply r = http.post("/addProjects", "{'projectIds':['babywolf-howl-over-hill-silverforest','sim-project']}");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("addedProjects").toString()).isEqualTo("[\"babywolf-howl-over-hill-silverforest\"]");
        assertThat(http.get("/v1/projects/babywolf-howl-over-hill-silverforest/trunks").status()).isEqualTo(200);
        assertThat(est.simulator().projects()).contains("babywolf-howl-over-hill-silverforest");
    }

    @Test
    void addProjects_withoutIds_returns400() {
        assertThat(http.post("/addProjects", "{'projectIds':[]}").status()).isEqualTo(400);
        assertThat(http.post("/addProjects", "{}").status()).isEqualTo(400);
    }

    @Test
    void callsToAProjectWithoutEst_return403() {
        Reply r = http.get("/v1/projects/not-an-est-project/trunks");

        assertThat(r.status()).isEqualTo(403);
        assertThat(r.errorStatus()).isEqualTo("PERMISSION_DENIED");
    }

    @Test
    void projectsAreIsolated() {
        http.post("/addProjects", "{'projectIds':['second']}");
        http.trunk("first-project-trunk");

        assertThat(http.get("/v1/projects/second/trunks").json().get("totalItems").asInt()).isZero();
        assertThat(est.simulator().counts("second").isEmpty()).isTrue();
        assertThat(est.simulator().counts().trunks()).isEqualTo(1);
    }
}
